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
        "rehab.neo4j.round_trips", description: "Cypher round trips to Neo4j, by outcome, and by cause when Neo4j was unavailable.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "rehab.neo4j.round_trip.duration", unit: "s", description: "How long a Cypher round trip took, by outcome.");

    /// <summary>
    /// The gauge <c>rehab.neo4j.available</c> for one hub: 1 while its graph is ready and Neo4j answered its last round
    /// trip, 0 otherwise. Read from state the round trips leave, so a scrape sends Neo4j nothing; a hub always has some
    /// (its outbox polls every few seconds), and <c>/readyz</c> asks Neo4j afresh.
    /// </summary>
    public static void ObserveAvailability(IMeterFactory meters, Neo4jConnection connection) =>
        meters.Create(Name).CreateObservableGauge(
            "rehab.neo4j.available",
            () => connection.IsReady && connection.IsAnswering ? 1 : 0,
            description: "1 when the graph is ready and Neo4j answered this hub's last round trip; 0 when it is starting, unreachable or silent.");

    private static string Cause(Neo4jOutage cause) => cause switch
    {
        Neo4jOutage.Unreachable => "unreachable",
        Neo4jOutage.NoAnswer => "no_answer",
        Neo4jOutage.ServerUnavailable => "server_unavailable",
        Neo4jOutage.TransactionEnded => "transaction_ended",
        Neo4jOutage.KeptFailing => "kept_failing",
        _ => "starting",
    };

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

        var tags = new TagList { { "outcome", outcome } };
        if (failure is Neo4jUnavailableException unavailable)
        {
            tags.Add("cause", Cause(unavailable.Cause));
        }

        RoundTrips.Add(1, tags);
        Duration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, tags);
    }
}
