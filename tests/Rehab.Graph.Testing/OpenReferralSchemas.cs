using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Rehab.Graph.Testing;

/// <summary>The Open Referral UK schemas vendored in schema/openreferral-uk, to check what the hub writes and answers.</summary>
public static class OpenReferralSchemas
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Compiled = new(StringComparer.Ordinal);

    /// <summary>
    /// What is wrong with <paramref name="instance"/> by the compiled schema <paramref name="name"/> ("service",
    /// "service_list"), each problem naming the field at fault ("/service_at_locations/0/id: ..."); none when it is valid.
    /// Formats (uuid, uri, email, date-time) are checked, as Open Referral UK's validator checks them.
    /// </summary>
    public static IReadOnlyList<string> Problems(JsonNode? instance, string name)
    {
        var schema = Compiled.GetOrAdd(name, n => JsonSchema.FromFile(RepositoryPaths.Combine("schema", "openreferral-uk", "schema", "compiled", n + ".json")));
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid ? []
            : [.. result.Details
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({e.Key})"))
                .Distinct()];
    }
}
