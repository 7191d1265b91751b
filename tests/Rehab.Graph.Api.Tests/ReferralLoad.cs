using System.Collections.Concurrent;
using System.Diagnostics;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Offender managers' clients writing through the hub's HTTP API while a fault happens: each refers its people to a
/// placement and withdraws them again, one person after another. A write the hub acknowledged is recorded; a person
/// whose last write got no clear answer (UNAVAILABLE, a broken connection) is not used again, as that write may or may
/// not have committed.
/// </summary>
internal sealed class ReferralLoad : IAsyncDisposable
{
    private readonly HubFactory _hub;
    private readonly Caller _caller;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _clients = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ReferralLoad(HubFactory hub, Caller caller, IReadOnlyList<string> placements, IReadOnlyList<IReadOnlyList<string>> peoplePerClient)
    {
        _hub = hub;
        _caller = caller;
        for (var i = 0; i < peoplePerClient.Count; i++)
        {
            var placement = placements[i % placements.Count];
            var people = peoplePerClient[i];
            _clients.Add(Task.Run(() => RunClientAsync(placement, people)));
        }
    }

    public ConcurrentBag<string> AcknowledgedCreates { get; } = [];

    public ConcurrentBag<string> AcknowledgedWithdrawals { get; } = [];

    /// <summary>Answers other than data, UNAVAILABLE or CONFLICT (or no answer at all): none should ever come, fault or not.</summary>
    public ConcurrentBag<string> UnexpectedAnswers { get; } = [];

    private ConcurrentQueue<TimeSpan> Unavailable { get; } = [];

    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Waits until the load is flowing: some writes acknowledged.</summary>
    public async Task WaitForAcknowledgedCreatesAsync(int count)
    {
        var deadline = Now + TimeSpan.FromSeconds(60);
        while (AcknowledgedCreates.Count < count)
        {
            Assert.True(Now < deadline, $"The load got only {AcknowledgedCreates.Count} referrals acknowledged; unexpected answers: {string.Join(", ", UnexpectedAnswers)}");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the hub has given up on a write: answered UNAVAILABLE at or after <paramref name="since"/>.</summary>
    public async Task WaitForUnavailableAsync(TimeSpan since, TimeSpan within)
    {
        var deadline = Now + within;
        while (!Unavailable.Any(t => t >= since))
        {
            Assert.True(Now < deadline, $"No write answered UNAVAILABLE within {within.TotalSeconds:0} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Stops the clients; a write in flight finishes first.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_clients);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task RunClientAsync(string placement, IReadOnlyList<string> people)
    {
        var client = _hub.CreateGraphQLClient(_caller);
        foreach (var person in people)
        {
            while (!_stop.IsCancellationRequested)
            {
                var (referral, code) = await TryAsync(client, "createReferral",
                    $"mutation {{ createReferral(input: {{personId: \"{person}\", placementId: \"{placement}\", hoursOrdered: 10}}) {{ id }} }}");
                if (referral is null)
                {
                    Record(code);
                    break;
                }

                AcknowledgedCreates.Add(referral);
                if (!await WithdrawAsync(client, referral))
                {
                    break;
                }
            }

            if (_stop.IsCancellationRequested)
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Withdraws until the hub says it did (or that it already had): false when stopped before.</summary>
    private async Task<bool> WithdrawAsync(GraphQLClient client, string referral)
    {
        while (!_stop.IsCancellationRequested)
        {
            var (id, code) = await TryAsync(client, "withdrawReferral", $"mutation {{ withdrawReferral(input: {{referralId: \"{referral}\", reason: \"fault test\"}}) {{ id }} }}");
            if (id is not null)
            {
                AcknowledgedWithdrawals.Add(referral);
                return true;
            }

            if (code == "CONFLICT")
            {
                // An earlier attempt committed without its answer getting through.
                return true;
            }

            Record(code);
            await Task.Delay(100);
        }

        return false;
    }

    private void Record(string? code)
    {
        switch (code)
        {
            case "UNAVAILABLE":
                Unavailable.Enqueue(Now);
                break;
            case "CONFLICT":
                break;
            default:
                UnexpectedAnswers.Add(code ?? "no code");
                break;
        }
    }

    private static async Task<(string? Id, string? Code)> TryAsync(GraphQLClient client, string field, string mutation)
    {
        try
        {
            var response = await client.PostAsync(mutation);
            return response.Errors.Count == 0
                ? (response.Data![field]!["id"]!.GetValue<string>(), null)
                : (null, response.SingleError().Code);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return (null, $"no answer: {e.GetType().Name}");
        }
    }
}
