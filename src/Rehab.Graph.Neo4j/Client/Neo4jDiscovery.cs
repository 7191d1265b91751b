using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>Finds out which Neo4j answers at a URI, and so which dialect and paths to use.</summary>
public static class Neo4jDiscovery
{
    public static async Task<Neo4jEndpoint> DiscoverAsync(HttpClient http, Uri uri, Neo4jOptions options, CancellationToken cancellationToken)
    {
        var baseUri = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        var authorization = options.User is null
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));

        // Neo4j 4 and 5 name their version in the discovery document at "/"; 3.x only under /db/data/.
        var root = await GetJsonAsync(http, baseUri, authorization, cancellationToken);
        if (root.TryGetProperty("neo4j_version", out var modern))
        {
            return new Neo4jEndpoint(baseUri, CypherDialect.Neo4j5, modern.GetString() ?? "5", options.Database, authorization);
        }

        var data = await GetJsonAsync(http, new Uri(baseUri, "db/data/"), authorization, cancellationToken);
        var version = data.TryGetProperty("neo4j_version", out var legacy) ? legacy.GetString() ?? "3" : "3";
        return new Neo4jEndpoint(baseUri, CypherDialect.Neo4j3, version, options.Database, authorization);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient http, Uri uri, AuthenticationHeaderValue? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = authorization;
        request.Headers.Accept.ParseAdd("application/json");
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new Neo4jUnavailableException($"{uri} answered HTTP {(int)response.StatusCode}; is this a Neo4j server, and are Neo4j:User and Neo4j:Password right?", Neo4jOutage.ServerUnavailable);
            }

            return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException($"Neo4j at {uri} could not be reached: {e.Message}", Neo4jOutage.Unreachable, e);
        }
    }
}
