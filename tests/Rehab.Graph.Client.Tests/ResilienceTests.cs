using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Rehab.Graph.Client.Tests;

/// <summary>
/// Retries, cancellation and the bearer token, over a scripted hub (an HttpMessageHandler answering in turn): the cases a
/// real hub gives only by chance.
/// </summary>
public sealed class ResilienceTests
{
    private const string Data = """{"data":{"needs":[],"services":{"totalCount":0,"nodes":[],"pageInfo":{"hasNextPage":false,"endCursor":null}}}}""";

    [Fact]
    public async Task A_query_is_retried_after_transient_failures()
    {
        await using var hub = new ScriptedHub(Status(HttpStatusCode.ServiceUnavailable), Status(HttpStatusCode.BadGateway), Answer(Data));

        var result = await hub.Client.DirectoryPageAsync(new(), TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Services.TotalCount);
        Assert.Equal(3, hub.Requests.Count);
    }

    [Fact]
    public async Task A_network_error_is_retried_and_after_the_last_attempt_is_unavailable()
    {
        await using var hub = new ScriptedHub(_ => throw new HttpRequestException("Connection refused"));

        var error = await Assert.ThrowsAsync<RehabGraphUnavailableException>(() => hub.Client.DirectoryPageAsync(new(), TestContext.Current.CancellationToken));

        Assert.Equal(4, hub.Requests.Count);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        await using var hub = new ScriptedHub(Answer("""{"errors":[{"message":"Bad","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", HttpStatusCode.BadRequest));

        await Assert.ThrowsAsync<RehabGraphException>(() => hub.Client.DirectoryPageAsync(new(), TestContext.Current.CancellationToken));

        Assert.Single(hub.Requests);
    }

    [Fact]
    public async Task A_mutation_is_retried_under_one_idempotency_key()
    {
        await using var hub = new ScriptedHub(Status(HttpStatusCode.ServiceUnavailable), Answer("""{"data":{"ok":true}}"""));

        await hub.Raw.MutateAsync("mutation Pause { ok }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, hub.Requests.Count);
        var keys = hub.Requests.Select(r => r.IdempotencyKey).Distinct().ToList();
        Assert.Matches("^\"[0-9a-f-]{36}\"$", Assert.Single(keys));
    }

    [Fact]
    public async Task Each_mutation_call_has_its_own_key()
    {
        await using var hub = new ScriptedHub(Answer("""{"data":{"ok":true}}"""), Answer("""{"data":{"ok":true}}"""));

        await hub.Raw.MutateAsync("mutation Pause { ok }", cancellationToken: TestContext.Current.CancellationToken);
        await hub.Raw.MutateAsync("mutation Pause { ok }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, hub.Requests.Select(r => r.IdempotencyKey).Distinct().Count());
    }

    [Fact]
    public async Task A_keyed_mutation_still_running_on_the_hub_is_waited_for()
    {
        var inUse = Answer("""{"errors":[{"message":"In use","extensions":{"code":"IDEMPOTENCY_KEY_IN_USE"}}]}""", HttpStatusCode.Conflict);
        await using var hub = new ScriptedHub(_ => { var r = inUse(_); r.Headers.RetryAfter = new(TimeSpan.Zero); return r; }, Answer("""{"data":{"ok":true}}"""));

        await hub.Raw.MutateAsync("mutation Pause { ok }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, hub.Requests.Count);
    }

    [Fact]
    public async Task A_mutation_without_an_idempotency_key_is_never_retried()
    {
        await using var hub = new ScriptedHub(o => o.SendIdempotencyKeys = false, Status(HttpStatusCode.ServiceUnavailable), Answer("""{"data":{"ok":true}}"""));

        await Assert.ThrowsAsync<RehabGraphUnavailableException>(() => hub.Raw.MutateAsync("mutation Pause { ok }", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Null(Assert.Single(hub.Requests).IdempotencyKey);
    }

    [Fact]
    public async Task A_query_carries_no_idempotency_key()
    {
        await using var hub = new ScriptedHub(Answer(Data));

        await hub.Client.DirectoryPageAsync(new(), TestContext.Current.CancellationToken);

        Assert.Null(Assert.Single(hub.Requests).IdempotencyKey);
    }

    [Fact]
    public async Task Cancellation_stops_the_call_at_once_and_is_not_retried()
    {
        await using var hub = new ScriptedHub(_ => throw new InvalidOperationException("unreachable"));
        hub.Hang = true;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var call = hub.Client.DirectoryPageAsync(new(), cancellation.Token);
        // Cancelled once the request is at the hub: a fixed 200 ms ran out before it got there on a loaded CI machine.
        await hub.FirstRequest.WaitAsync(TestContext.Current.CancellationToken);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(hub.Requests);
    }

    [Fact]
    public async Task A_hub_that_never_answers_is_unavailable_once_the_time_allowed_is_up()
    {
        await using var hub = new ScriptedHub(resilience: o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(100);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromMilliseconds(500);
        });
        hub.Hang = true;

        var error = await Assert.ThrowsAsync<RehabGraphUnavailableException>(() => hub.Client.DirectoryPageAsync(new(), TestContext.Current.CancellationToken));

        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(error.InnerException);
        Assert.InRange(hub.Requests.Count, 2, 4);
    }

    [Fact]
    public async Task The_bearer_token_comes_from_the_provider_on_every_call_and_there_is_none_without_one()
    {
        var tokens = new FixedToken("token-1");
        await using var signedIn = new ScriptedHub(tokens, Answer(Data), Answer(Data));
        await using var anonymous = new ScriptedHub(Answer(Data));

        await signedIn.Client.DirectoryPageAsync(new(), TestContext.Current.CancellationToken);
        await signedIn.Client.DirectoryPageAsync(new(), TestContext.Current.CancellationToken);
        await anonymous.Client.DirectoryPageAsync(new(), TestContext.Current.CancellationToken);

        Assert.Equal(["Bearer token-1", "Bearer token-1"], signedIn.Requests.Select(r => r.Authorization));
        Assert.Equal(2, tokens.Calls);
        Assert.Null(Assert.Single(anonymous.Requests).Authorization);
    }

    [Fact]
    public async Task The_request_is_a_graphql_post_of_query_operation_name_and_variables_without_nulls()
    {
        await using var hub = new ScriptedHub(Answer(Data));

        await hub.Client.DirectoryPageAsync(new() { First = 5 }, TestContext.Current.CancellationToken);

        var request = Assert.Single(hub.Requests);
        Assert.Equal(("POST", "http://hub.test/graphql"), (request.Method, request.Uri));
        Assert.Equal(
            "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(RehabGraphOperations.DirectoryPage.Document) + ""","operationName":"DirectoryPage","variables":{"first":5}}""",
            request.Body);
    }

    private static Func<HttpRequestMessage, HttpResponseMessage> Status(HttpStatusCode status) => _ => new HttpResponseMessage(status);

    private static Func<HttpRequestMessage, HttpResponseMessage> Answer(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        _ => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/graphql-response+json") };

    private sealed record Seen(string Method, string Uri, string? Authorization, string? IdempotencyKey, string Body);

    /// <summary>A client built with AddRehabGraphClient whose hub is a script of answers, one per request in turn.</summary>
    private sealed class ScriptedHub : HttpMessageHandler, IAsyncDisposable
    {
        private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> script;
        private readonly ServiceProvider services;
        private readonly TaskCompletionSource firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Func<HttpRequestMessage, HttpResponseMessage> last = _ => throw new InvalidOperationException("No answer scripted.");

        public ScriptedHub(params Func<HttpRequestMessage, HttpResponseMessage>[] answers)
            : this(null, null, answers)
        {
        }

        public ScriptedHub(Action<HttpStandardResilienceOptions> resilience)
            : this(null, null, [], resilience)
        {
        }

        public ScriptedHub(Action<RehabGraphClientOptions> configure, params Func<HttpRequestMessage, HttpResponseMessage>[] answers)
            : this(configure, null, answers)
        {
        }

        public ScriptedHub(IRehabGraphAccessTokenProvider tokens, params Func<HttpRequestMessage, HttpResponseMessage>[] answers)
            : this(null, tokens, answers)
        {
        }

        private ScriptedHub(
            Action<RehabGraphClientOptions>? configure,
            IRehabGraphAccessTokenProvider? tokens,
            Func<HttpRequestMessage, HttpResponseMessage>[] answers,
            Action<HttpStandardResilienceOptions>? resilience = null)
        {
            script = new(answers);
            var collection = new ServiceCollection();
            var builder = collection.AddRehabGraphClient(o =>
            {
                o.BaseAddress = new Uri("http://hub.test");
                configure?.Invoke(o);
            });
            builder.ConfigurePrimaryHttpMessageHandler(() => this);
            // No waiting between attempts, so that the tests take no time; the retry policy itself is the client's.
            collection.Configure<HttpStandardResilienceOptions>($"{builder.Name}-standard", o =>
            {
                o.Retry.Delay = TimeSpan.Zero;
                resilience?.Invoke(o);
            });
            if (tokens is not null)
            {
                collection.AddSingleton(tokens);
            }

            services = collection.BuildServiceProvider();
            Client = services.GetRequiredService<IRehabGraphClient>();
            Raw = new RawClient(
                services.GetRequiredService<IHttpClientFactory>().CreateClient(builder.Name),
                services.GetRequiredService<IOptions<RehabGraphClientOptions>>(),
                tokens);
        }

        public IRehabGraphClient Client { get; }

        public RawClient Raw { get; }

        public ConcurrentQueue<Seen> Requests { get; } = new();

        /// <summary>Never answer: wait until the request is cancelled.</summary>
        public bool Hang { get; set; }

        /// <summary>Done when the first request has reached the hub.</summary>
        public Task FirstRequest => firstRequest.Task;

        public async ValueTask DisposeAsync() => await services.DisposeAsync();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Enqueue(new Seen(
                request.Method.Method,
                request.RequestUri!.AbsoluteUri,
                request.Headers.Authorization?.ToString(),
                request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null,
                body));
            firstRequest.TrySetResult();
            if (Hang)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            // Once the script has run out, its last answer is given again.
            if (script.TryDequeue(out var next))
            {
                last = next;
            }

            return last(request);
        }
    }
}
