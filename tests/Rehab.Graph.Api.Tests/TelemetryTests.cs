using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Rehab.Graph.Api.Telemetry;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// OpenTelemetry through the real HTTP pipeline on the real graph: a span per GraphQL operation with a child span per
/// Cypher round trip, named by statement and never by value; exported only when a collector is configured.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class TelemetryTests(ReferralArea area)
{
    [Fact]
    public async Task A_connect_is_one_operation_span_with_a_span_per_round_trip_naming_statements_and_no_personal_data()
    {
        var person = await area.NewPersonAsync();
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Rehab.Graph.", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var response = await area.CreateClient(ReferralArea.OffenderManager).PostAsync(
            "query FindSupport($id: ID!) { connect(input: {personId: $id, first: 5}) { services { service { id } } } }", new { id = person });

        response.AssertNoErrors();
        var operation = Assert.Single(stopped, a => a.DisplayName == "graphql query connect" && Equals(a.GetTagItem("graphql.operation.name"), "FindSupport")
            && stopped.Any(c => c.ParentSpanId == a.SpanId && c.TraceId == a.TraceId));
        var roundTrips = stopped.Where(a => a.TraceId == operation.TraceId && a.ParentSpanId == operation.SpanId && a.Source.Name == "Rehab.Graph.Neo4j").ToList();
        Assert.Equal(response.RoundTrips, roundTrips.Count);
        Assert.Equal(response.RoundTrips, operation.GetTagItem("rehab.cypher.round_trips"));
        Assert.Equal(
            response.Body["extensions"]!["cypher"]!["statements"]!.AsArray().Select(s => s!.GetValue<string>()).Order(StringComparer.Ordinal),
            roundTrips.SelectMany(a => (string[])a.GetTagItem("rehab.cypher.statements")!).Order(StringComparer.Ordinal));
        Assert.All(roundTrips, a => Assert.Equal("ok", a.GetTagItem("rehab.outcome")));
        var values = roundTrips.Append(operation).SelectMany(a => a.TagObjects).SelectMany(t => t.Value is string[] many ? many : [t.Value?.ToString() ?? ""]);
        Assert.DoesNotContain(values, v => v.Contains(person, StringComparison.Ordinal) || v.Contains("prc-devon", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_or_invalid_operation_says_so_by_error_type()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Rehab.Graph.Api",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await area.CreateClient(ReferralArea.OffenderManager).PostAsync("query Refused { fund(personId: \"svc-1\") { id } }");
        await area.CreateClient(ReferralArea.OffenderManager).PostAsync("query Broken { nosuchfield }");

        var refused = Assert.Single(stopped, a => Equals(a.GetTagItem("graphql.operation.name"), "Refused"));
        Assert.Equal(("graphql query fund", "errors"), (refused.DisplayName, refused.GetTagItem("rehab.outcome")));
        Assert.Equal(["InvalidInputException"], (string[])refused.GetTagItem("rehab.graphql.error_types")!);
        Assert.Contains(stopped, a => a.DisplayName == "graphql invalid none" && ((string[])a.GetTagItem("rehab.graphql.error_types")!).Any(t => t.EndsWith("Error", StringComparison.Ordinal)));
    }

    [Fact]
    public void Telemetry_is_exported_only_when_a_collector_is_configured_and_a_bad_address_is_refused()
    {
        static ServiceProvider With(string? endpoint) => new ServiceCollection()
            .AddLogging()
            .AddRehabTelemetry(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = endpoint }).Build())
            .BuildServiceProvider();

        using var on = With("http://127.0.0.1:4318");
        using var off = With(null);

        Assert.NotNull(on.GetService<TracerProvider>());
        Assert.NotNull(on.GetService<MeterProvider>());
        Assert.Null(off.GetService<TracerProvider>());
        Assert.Null(off.GetService<MeterProvider>());
        Assert.Contains("Telemetry:OtlpEndpoint", Assert.Throws<InvalidOperationException>(() => With("collector:4318")).Message, StringComparison.Ordinal);
    }
}
