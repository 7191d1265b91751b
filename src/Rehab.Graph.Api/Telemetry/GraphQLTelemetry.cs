using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQLParser.AST;

namespace Rehab.Graph.Api.Telemetry;

/// <summary>
/// A span and a latency measurement per GraphQL operation. Both name the operation by its type and its first root field
/// (a schema field, so the names are few), and a span also by the operation's own name in the document; never a
/// variable's value.
/// </summary>
internal static class GraphQLTelemetry
{
    public const string Name = "Rehab.Graph.Api";

    private static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "rehab.graphql.operation.duration", unit: "s", description: "How long a GraphQL operation took, by its type and first root field.");

    private const int MaxOperationNameLength = 100;

    public static Activity? Start() => Source.StartActivity("graphql");

    /// <summary>Names the span after what ran and records its latency; a request that never executed is "invalid". The caller disposes the span, also when execution throws.</summary>
    public static void Stop(Activity? activity, long startedAt, ExecutionResult result, int roundTrips)
    {
        var (type, field) = result is { Executed: true, Operation: { } operation }
            ? (operation.Operation.ToString().ToLowerInvariant(), operation.SelectionSet.Selections.OfType<GraphQLField>().FirstOrDefault()?.Name.StringValue ?? "none")
            : ("invalid", "none");
        var outcome = result.Errors is { Count: > 0 } ? "errors" : "ok";
        if (activity is not null)
        {
            activity.DisplayName = $"graphql {type} {field}";
            activity.SetTag("graphql.operation.type", type);
            if (result is { Executed: true, Operation.Name: { } name })
            {
                activity.SetTag("graphql.operation.name", name.StringValue.Length > MaxOperationNameLength ? name.StringValue[..MaxOperationNameLength] : name.StringValue);
            }

            activity.SetTag("rehab.graphql.root_field", field);
            activity.SetTag("rehab.cypher.round_trips", roundTrips);
            activity.SetTag("rehab.outcome", outcome);
            if (result.Errors is { Count: > 0 } errors)
            {
                // By type, as the error formatter decides the public code and words only when the response is written.
                activity.SetTag("rehab.graphql.error_types", errors.Select(e => (e.InnerException ?? e).GetType().Name).Distinct().Order(StringComparer.Ordinal).ToArray());
            }
        }

        Duration.Record(
            Stopwatch.GetElapsedTime(startedAt).TotalSeconds,
            new KeyValuePair<string, object?>("graphql.operation.type", type),
            new KeyValuePair<string, object?>("rehab.graphql.root_field", field),
            new KeyValuePair<string, object?>("outcome", outcome));
    }
}
