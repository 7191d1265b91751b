using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Rehab.Graph.Testing;

/// <summary>The Open Referral UK schemas vendored in schema/openreferral-uk, to check what the hub writes and answers.</summary>
public static class OpenReferralSchemas
{
    private static readonly string Folder = RepositoryPaths.Combine("schema", "openreferral-uk", "schema");

    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    private static readonly Lazy<EvaluationOptions> Options = new(() =>
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        // The entity schemas refer to each other by file name ("taxonomy_term.json"), resolved beside the one referring.
        foreach (var file in Directory.GetFiles(Folder, "*.json"))
        {
            options.SchemaRegistry.Register(Load(file));
        }

        return options;
    });

    /// <summary>
    /// What is wrong with <paramref name="instance"/> by schema <paramref name="name"/>, a path under
    /// schema/openreferral-uk/schema without ".json" ("compiled/service", "taxonomy_term"), each problem naming the field
    /// at fault ("/service_at_locations/0/id: ..."); none when it is valid. Formats (uuid, uri, email, date-time) are
    /// checked, as Open Referral UK's validator checks them.
    /// </summary>
    public static IReadOnlyList<string> Problems(JsonNode? instance, string name)
    {
        var options = Options.Value;
        var schema = Schemas.GetOrAdd(name, n => Load(Path.Combine(Folder, n + ".json")));
        var result = schema.Evaluate(instance, options);
        return result.IsValid ? []
            : [.. result.Details
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({e.Key})"))
                .Distinct()];
    }

    private static JsonSchema Load(string file) => JsonSchema.FromFile(file);
}
