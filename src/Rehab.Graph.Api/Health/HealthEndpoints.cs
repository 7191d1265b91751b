using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Api.Health;

internal static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c> (liveness): whether this hub can serve, now or once it has recovered by itself; it fails when only
    /// a restart (of the hub, or of what it depends on) can help: start-up failed, or the hub cannot restart the local
    /// Neo4j it runs. A Neo4j of your own being down does not fail it: restarting the hub would not bring that back.
    /// <c>/readyz</c> (readiness): whether it can serve right now: Neo4j answers and the migrations are applied.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (Neo4jConnection connection) => (connection.Failure ?? connection.RecoveryFailure) is { } failure
            ? Results.Json(new { status = "failing", neo4j = failure }, statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Json(new { status = "alive" }));
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
