using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Rehab.Graph.Api.GraphQL;

namespace Rehab.Graph.Api.Idempotency;

/// <summary>
/// What a keyed request is, for the key: a POST body that is a GraphQL mutation gets a fingerprint, the SHA-256 of its
/// query, operation name and variables in a canonical form (variables' key order and whitespace do not count), so that
/// a retry is told apart from a different request sent under the same key. Anything else gets none.
/// </summary>
internal static class MutationFingerprint
{
    /// <summary>
    /// The fingerprint of the request's body when it is a mutation, else null: a query, or a body the GraphQL endpoint
    /// refuses by itself (too large, not JSON, not a GraphQL request, not a parseable document). The body stays
    /// readable from the start for the endpoint.
    /// </summary>
    public static async Task<string?> OfAsync(HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes
            || !MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        request.EnableBuffering();
        var body = await BoundedBody.ReadAsync(request, maxBytes);
        request.Body.Position = 0;
        if (body is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String
                || !TryOptional(root, "operationName", JsonValueKind.String, out var operationName)
                || !TryOptional(root, "variables", JsonValueKind.Object, out var variables))
            {
                return null;
            }

            var text = query.GetString()!;
            var name = operationName?.GetString();
            return OperationKind.IsMutation(text, name) ? Hash(text, name, variables) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A member that may be absent or null, or else must be of <paramref name="kind"/>.</summary>
    private static bool TryOptional(JsonElement root, string name, JsonValueKind kind, out JsonElement? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var member) || member.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        value = member;
        return member.ValueKind == kind;
    }

    private static string Hash(string query, string? operationName, JsonElement? variables)
    {
        using var canonical = new MemoryStream();
        using (var writer = new Utf8JsonWriter(canonical))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(query);
            writer.WriteStringValue(operationName);
            if (variables is { } v)
            {
                WriteCanonical(writer, v);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(canonical.ToArray()));
    }

    /// <summary>The value with object members in ordinal order of their names; numbers as sent.</summary>
    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in value.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(member.Name);
                    WriteCanonical(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }
}
