using System.Diagnostics.Metrics;

namespace Rehab.Graph.Api.Telemetry;

/// <summary>The hub's own measurements beside an operation's latency: what it refused to protect itself.</summary>
internal static class HubMetrics
{
    private static readonly Meter Meter = new(GraphQLTelemetry.Name);

    private static readonly Counter<long> RateLimitRefusals = Meter.CreateCounter<long>(
        "rehab.rate_limit.refusals", description: "Anonymous connects refused for being over a client's allowance (429), counted per hub.");

    public static void RefusedOverAllowance() => RateLimitRefusals.Add(1);
}
