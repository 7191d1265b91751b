using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>
/// A span and measurements per Cypher round trip, for OpenTelemetry when the host listens. They name the statements sent
/// (their file names), never a parameter's value, and a failure by its exception type alone: Neo4j's messages may quote
/// the values of a refused write, which can be personal data.
/// </summary>
public static class Neo4jTelemetry
{
    public const string Name = "Rehab.Graph.Neo4j";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> RoundTrips = Meter.CreateCounter<long>(
        "rehab.neo4j.round_trips", description: "Cypher round trips to Neo4j, by outcome.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "rehab.neo4j.round_trip.duration", unit: "s", description: "How long a Cypher round trip took, by outcome.");

    /// <summary>Starts the round trip's span; null when nothing listens.</summary>
    internal static Activity? Start(IReadOnlyList<CypherStatement> statements)
    {
        var activity = Source.StartActivity("neo4j round trip", ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("db.system.name", "neo4j");
            activity.SetTag("db.operation.batch.size", statements.Count);
            activity.SetTag("rehab.cypher.statements", statements.Select(s => s.Name).ToArray());
        }

        return activity;
    }

    /// <summary>Ends the span and counts the round trip: <paramref name="failure"/> is null for one Neo4j answered without error.</summary>
    internal static void Stop(Activity? activity, long startedAt, Exception? failure)
    {
        var outcome = failure switch
        {
            null => "ok",
            Neo4jUnavailableException => "unavailable",
            OperationCanceledException => "cancelled",
            _ => "error",
        };
        if (activity is not null)
        {
            activity.SetTag("rehab.outcome", outcome);
            if (failure is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
            }

            activity.Dispose();
        }

        var tags = new KeyValuePair<string, object?>("outcome", outcome);
        RoundTrips.Add(1, tags);
        Duration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, tags);
    }
}
