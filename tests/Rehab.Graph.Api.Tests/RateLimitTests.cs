using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Anonymous <c>connect</c> is limited per client address; signed-in callers and directory reads are not.
/// Each test runs a hub of its own (over the run's Neo4j) so that its allowance is not shared.
/// </summary>
public sealed class RateLimitTests(RehabGraphApplication app)
{
    private const string Connect = "{ connect(input: {profile: {home: {latitude: 53.7446, longitude: -0.3352}, gender: FEMALE, needs: [\"ACCOMMODATION\"]}}) { services { score } } }";

    [Fact]
    public async Task Past_its_allowance_an_anonymous_client_gets_429_with_Retry_After_and_RATE_LIMITED()
    {
        await using var hub = await StartHubAsync(connectsPerMinute: 3);
        var anonymous = hub.CreateGraphQLClient().Http;
        var refusals = 0L;
        using var meter = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "rehab.rate_limit.refusals")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meter.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref refusals, value));
        meter.Start();

        for (var i = 0; i < 3; i++)
        {
            var (allowed, _, _) = await PostAsync(anonymous, Connect);
            Assert.Equal(HttpStatusCode.OK, allowed);
        }

        var (status, retryAfter, body) = await PostAsync(anonymous, Connect);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        // Three a minute refill one every 20 seconds.
        Assert.InRange(retryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20));
        Assert.Null(body["data"]);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("RATE_LIMITED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains($"try again in {(int)retryAfter.Value.TotalSeconds} seconds", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        // Other tests' hubs in this process may refuse too, at the same time: at least this one's is counted.
        Assert.True(Interlocked.Read(ref refusals) >= 1, "The refusal was not counted in rehab.rate_limit.refusals.");
    }

    [Fact]
    public async Task Signed_in_callers_and_directory_reads_are_not_limited_while_anonymous_connects_are()
    {
        await using var hub = await StartHubAsync(connectsPerMinute: 1);
        var anonymous = hub.CreateGraphQLClient();
        var offenderManager = hub.CreateGraphQLClient(new Caller(CallerRole.OffenderManager, "prc-07", null));
        (await anonymous.PostAsync(Connect)).AssertNoErrors();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.PostAsync(Connect)).Status);

        for (var i = 0; i < 3; i++)
        {
            (await offenderManager.PostAsync(Connect)).AssertNoErrors();
            (await anonymous.PostAsync("{ needs { code } }")).AssertNoErrors();
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.PostAsync(Connect)).Status);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_allowance()
    {
        // The tests reach the hub from loopback: here that is the proxy.
        await using var hub = await StartHubAsync(connectsPerMinute: 1, new Dictionary<string, string?> { ["Hub:KnownProxies:0"] = "127.0.0.1" });
        var proxy = hub.CreateGraphQLClient().Http;

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(proxy, Connect, forwardedFor: "203.0.113.1")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(proxy, Connect, forwardedFor: "203.0.113.1")).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(proxy, Connect, forwardedFor: "203.0.113.2")).Status);
    }

    [Fact]
    public async Task From_an_address_that_is_not_a_configured_proxy_X_Forwarded_For_is_ignored()
    {
        await using var hub = await StartHubAsync(connectsPerMinute: 1, new Dictionary<string, string?> { ["Hub:KnownNetworks:0"] = "10.0.0.0/8" });
        var client = hub.CreateGraphQLClient().Http;

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, Connect, forwardedFor: "203.0.113.1")).Status);
        // A made-up address buys no new allowance: the caller is still the socket's address.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(client, Connect, forwardedFor: "203.0.113.2")).Status);
    }

    [Fact]
    public void A_proxy_that_is_not_an_address_stops_the_hub_at_start()
    {
        var settings = new Dictionary<string, string?> { ["Hub:KnownNetworks:0"] = "10.0.0.0" };
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddRehabLimits()
            .BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ProxyOptions>>().Value);
        Assert.Contains("Hub:KnownNetworks holds '10.0.0.0'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_limit_that_would_switch_limiting_off_stops_the_hub_at_start()
    {
        var settings = new Dictionary<string, string?> { [ConnectsPerMinute] = "0" };
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: settings);
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddRehabLimits()
            .BuildServiceProvider();

        // The host may report the failed start as the validation error or, when its hosted services were
        // already starting, as the disposed provider it leaves behind; either way the hub does not start.
        await Assert.ThrowsAnyAsync<Exception>(hub.StartAsync);
        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LimitOptions>>().Value);
        Assert.Contains(nameof(LimitOptions.AnonymousConnectsPerMinute), failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "unknown")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void Clients_are_told_apart_by_IPv4_address_or_IPv6_slash_64(string? address, string key)
    {
        Assert.Equal(key, AnonymousConnectLimiter.ClientKey(address is null ? null : IPAddress.Parse(address)));
    }

    private static string ConnectsPerMinute => $"{LimitOptions.Section}:{nameof(LimitOptions.AnonymousConnectsPerMinute)}";

    private async Task<HubFactory> StartHubAsync(int connectsPerMinute, Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings[ConnectsPerMinute] = connectsPerMinute.ToString(CultureInfo.InvariantCulture);
        var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: settings);
        await hub.StartAsync();
        return hub;
    }

    private static async Task<(HttpStatusCode Status, TimeSpan? RetryAfter, JsonObject Body)> PostAsync(HttpClient http, string query, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request);
        return (response.StatusCode, response.Headers.RetryAfter?.Delta, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
