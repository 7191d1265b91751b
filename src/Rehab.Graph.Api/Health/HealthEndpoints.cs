using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Api.Health;

internal static class HealthEndpoints
{
    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: Neo4j answers and the migrations are applied.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Json(new { status = "alive" }));
        endpoints.MapGet("/readyz", async (Neo4jConnection connection, CypherClient cypher, CancellationToken cancellationToken) =>
        {
            if (!connection.IsReady)
            {
                return Results.Json(new { status = "starting", neo4j = connection.Failure ?? "not ready yet" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            try
            {
                await cypher.QueryAsync(ListingQueries.Ping, cancellationToken);
                return Results.Json(new { status = "ready", neo4j = connection.Endpoint!.Version, dialect = connection.Endpoint.Dialect.ToString() });
            }
            catch (Neo4jUnavailableException e)
            {
                return Results.Json(new { status = "unavailable", neo4j = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
