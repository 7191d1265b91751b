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
        return Problems(schema.Evaluate(instance, options));
    }

    /// <summary>
    /// What is wrong with <paramref name="answer"/>, the answer of <c>GET</c> <paramref name="path"/> ("/services",
    /// "/taxonomy_terms/{id}"), by the ORUK OpenAPI description's schema of its 200 response: for a list, the paged
    /// envelope and each item. Its references to the UK profile's schemas are read from the vendored copies.
    /// </summary>
    public static IReadOnlyList<string> AnswerProblems(JsonNode? answer, string path)
    {
        var schema = Answers.GetOrAdd(path, p =>
        {
            var response = OpenApi.Value["paths"]?[p]?["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"]
                ?? throw new ArgumentException($"The ORUK OpenAPI description has no GET {p}.", nameof(path));
            return JsonSchema.FromText(Resolved(response.DeepClone(), depth: 0).ToJsonString());
        });
        return Problems(schema.Evaluate(answer, Options.Value));
    }

    /// <summary>Each error with the field it is at: "/service_at_locations/0/id: ...".</summary>
    private static IReadOnlyList<string> Problems(EvaluationResults result) =>
        result.IsValid ? []
        : [.. result.Details
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({e.Key})"))
            .Distinct()];

    private const string ProfileSchemas = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";

    private static readonly ConcurrentDictionary<string, JsonSchema> Answers = new(StringComparer.Ordinal);

    private static readonly Lazy<JsonNode> OpenApi = new(() =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("schema", "openreferral-uk", "openapi30.json")))!);

    /// <summary>The schema with every reference replaced by what it names: the description's own components, or a vendored file.</summary>
    private static JsonNode Resolved(JsonNode node, int depth)
    {
        if (depth > 20)
        {
            throw new InvalidOperationException("The ORUK schemas refer to each other more than 20 deep: a cycle?");
        }

        switch (node)
        {
            case JsonObject { Count: > 0 } reference when reference["$ref"]?.GetValue<string>() is { } target:
                var named = target.StartsWith("#/components/schemas/", StringComparison.Ordinal)
                    ? OpenApi.Value["components"]!["schemas"]![target["#/components/schemas/".Length..]]!.DeepClone()
                    : JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, target.StartsWith(ProfileSchemas, StringComparison.Ordinal) ? target[ProfileSchemas.Length..] : target)))!;
                return Resolved(named, depth + 1);
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is not null)
                    {
                        obj[key] = Resolved(value.DeepClone(), depth);
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        array[i] = Resolved(item.DeepClone(), depth);
                    }
                }

                return array;
            default:
                return node;
        }
    }

    private static JsonSchema Load(string file) => JsonSchema.FromFile(file);
}
