using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests.Fuzzing;

/// <summary>
/// A hostile client's requests, generated from the schema and sent over HTTP: whatever a request holds, the hub answers
/// within the timeout, below 500, in JSON, every error with an <c>extensions.code</c> (never INTERNAL_SERVER_ERROR for a
/// client's request) and no stack frame or internal type name; and afterwards it still answers a normal query.
/// </summary>
/// <remarks>
/// The run is reproducible: the same seed generates the same requests. Environment variables:
/// <c>REHAB_FUZZ_SEED</c> (a number; default <see cref="DefaultSeed"/>) generates another run,
/// <c>REHAB_FUZZ_CASES</c> how many requests (default <see cref="DefaultCases"/>), and
/// <c>REHAB_FUZZ_REPLAY</c> sends only the request of the case seed a failure printed (then shrinks it again).
/// On failure the message lists each distinct failure with its smallest request, then the shortest request CsCheck
/// found that fails as the first one does.
/// </remarks>
public sealed class GraphQLFuzzTests(FuzzHub fuzz) : IClassFixture<FuzzHub>
{
    public const ulong DefaultSeed = 20_261_110;
    public const int DefaultCases = 1_200;

    /// <summary>Longer than any request the hub should take, by far; a request still running then is a failure.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>How many candidates CsCheck may generate while shrinking (only those smaller than the current failure are sent).</summary>
    private const int ShrinkCandidates = 1_000;

    private readonly HttpClient _http = CreateClient(fuzz.Hub);

    private readonly Dictionary<string, string?> _authorization = FuzzCallers.Headers();

    [Fact]
    public async Task Generated_requests_are_answered_without_a_crash_a_leak_or_a_hang_and_the_hub_keeps_answering()
    {
        var requests = RequestGen.Requests(new DocumentGen(SchemaModel.Rehab));
        var seed = Setting("REHAB_FUZZ_SEED", ulong.Parse, DefaultSeed);
        var cases = Generate(requests, seed, Setting("REHAB_FUZZ_CASES", int.Parse, DefaultCases));
        var results = new ConcurrentBag<(string Seed, FuzzRequest Request, HubAnswer Answer, TimeSpan Took)>();

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken }, async (c, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await SendAsync(c.Request);
            results.Add((c.Seed, c.Request, answer, Stopwatch.GetElapsedTime(started)));
        });
        var sent = clock.Elapsed;

        var afterwards = await SendAsync(new FuzzRequest("health", FuzzCallers.Anonymous, "POST", "/graphql", null, "application/json", Encoding.UTF8.GetBytes("{\"query\":\"{ needs { code } }\"}")));
        Report(results, sent);

        var failures = results.Select(r => (r.Seed, r.Request, r.Answer, Broken: r.Answer.Breaks())).Where(r => r.Broken is not null).ToList();
        var problems = new StringBuilder();
        if (failures.Count > 0)
        {
            problems.Append(CultureInfo.InvariantCulture, $"{failures.Count} of {cases.Count} generated requests broke the property (REHAB_FUZZ_SEED={seed} generates this run again).\n");
            problems.Append("\nDistinct failures, each with its smallest request:\n");
            var groups = failures.GroupBy(f => Signature(f.Request, f.Broken!)).OrderByDescending(g => g.Count()).ToList();
            foreach (var group in groups)
            {
                var smallest = group.MinBy(f => f.Request.Length);
                problems.Append(CultureInfo.InvariantCulture, $"\n[{group.Count()}x] {smallest.Broken}\n  {smallest.Request}\n  (REHAB_FUZZ_REPLAY={smallest.Seed})\n");
            }

            problems.Append("\nThe first failure, shrunk by CsCheck (REHAB_FUZZ_REPLAY=<its seed> sends it again):\n")
                .Append(await ShrinkAsync(requests, groups[0].MinBy(f => f.Request.Length).Seed, groups[0].Key)).Append('\n');
        }

        if (!(afterwards.Status == 200 && JsonNode.Parse(afterwards.Body)?["data"]?["needs"] is JsonArray { Count: > 0 }))
        {
            problems.Append(CultureInfo.InvariantCulture, $"\nAfter the run, {{ needs {{ code }} }} got {afterwards.Status}: {afterwards.Body}\n");
        }

        // A fuzzer whose documents no longer fit the schema would pass while testing nothing but the parser and validation.
        var executed = results.Count(r => r.Answer.Executed);
        if (cases.Count >= 100 && executed < cases.Count / 6)
        {
            problems.Append(CultureInfo.InvariantCulture, $"\nOnly {executed} of {cases.Count} requests reached execution: the generators no longer fit the schema.\n");
        }

        Assert.True(problems.Length == 0, problems.ToString());
    }

    private static List<(string Seed, FuzzRequest Request)> Generate(Gen<FuzzRequest> requests, ulong seed, int count)
    {
        if (Environment.GetEnvironmentVariable("REHAB_FUZZ_REPLAY") is { Length: > 0 } replay)
        {
            return [(replay, requests.Generate(PCG.Parse(replay), null, out Size _))];
        }

        // Each case has a seed of its own, drawn from the run's: CsCheck replays and shrinks from it.
        var run = new PCG(1, seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var pcg = new PCG(1, run.Next64());
            var state = pcg.State;
            var request = requests.Generate(pcg, null, out Size _);
            return (pcg.ToString(state), request);
        })];
    }

    /// <summary>
    /// CsCheck's shrinking: from the failing case's seed, it tries shorter requests and keeps the shortest that fails
    /// the same way (with the same <paramref name="signature"/>), so that it does not wander off to another bug.
    /// </summary>
    private async Task<string> ShrinkAsync(Gen<FuzzRequest> requests, string seed, string signature)
    {
        try
        {
            await requests.SampleAsync(
                async request =>
                {
                    if ((await SendAsync(request)).Breaks() is { } broken && Signature(request, broken) == signature)
                    {
                        throw new InvalidOperationException(broken.ToString());
                    }
                },
                seed: seed,
                iter: ShrinkCandidates,
                threads: 4,
                print: request => request.ToString());
            return "(it no longer failed)";
        }
        catch (CsCheckException e)
        {
            return e.Message + "\n" + e.InnerException?.Message;
        }
    }

    private async Task<HubAnswer> SendAsync(FuzzRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Target, UriKind.Relative));
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        if (request.Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        }

        if (_authorization[request.Caller] is { } authorization)
        {
            message.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            using var response = await _http.SendAsync(message, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return new HubAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, TimedOut: false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new HubAnswer(0, null, "", TimedOut: true);
        }
    }

    private static HttpClient CreateClient(HubFactory hub)
    {
        var http = hub.CreateClient();
        http.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        http.DefaultRequestHeaders.Accept.Clear();
        return http;
    }

    /// <summary>What makes two failures the same bug: their signature, and when the answer says nothing of the cause, the kind of request too.</summary>
    private static string Signature(FuzzRequest request, Broken broken) => broken.Opaque ? $"{broken.Signature} ({request.Kind.Split(',')[0]})" : broken.Signature;

    private static T Setting<T>(string name, Func<string, IFormatProvider, T> parse, T fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>What the run covered, in the test's output: how each kind of request ended, and the slowest.</summary>
    private static void Report(IEnumerable<(string Seed, FuzzRequest Request, HubAnswer Answer, TimeSpan Took)> results, TimeSpan took)
    {
        var all = results.ToList();
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{all.Count} requests in {took.TotalSeconds:0.0} s");
        foreach (var outcome in all.GroupBy(r => r.Answer.Outcome()).OrderByDescending(g => g.Count()))
        {
            output?.WriteLine($"{outcome.Count(),6}  {outcome.Key}");
        }

        foreach (var kind in all.GroupBy(r => r.Request.Kind).OrderByDescending(g => g.Count()))
        {
            output?.WriteLine($"{kind.Count(),6}  {kind.Key}: {kind.Count(r => r.Answer.Executed)} executed, {kind.Sum(r => r.Took.TotalSeconds):0.0} s in all, at most {kind.Max(r => r.Took.TotalSeconds):0.00} s");
        }

        foreach (var slow in all.OrderByDescending(r => r.Took).Take(5))
        {
            output?.WriteLine($"{slow.Took.TotalMilliseconds,8:0} ms  {slow.Request.Kind} {slow.Answer.Outcome()}  (REHAB_FUZZ_REPLAY={slow.Seed})");
        }

        foreach (var large in all.OrderByDescending(r => r.Answer.Body.Length).Take(3))
        {
            output?.WriteLine($"{large.Answer.Body.Length,8:N0} characters  {large.Request.Kind} {large.Answer.Outcome()}  (REHAB_FUZZ_REPLAY={large.Seed})");
        }
    }
}
