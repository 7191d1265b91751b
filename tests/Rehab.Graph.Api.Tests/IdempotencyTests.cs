using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Api.Idempotency;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Idempotency;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// <c>Idempotency-Key</c> on mutations: a retry under the same key gets the first answer and writes nothing, even when
/// the first write committed after the hub had given up on it. Partners create services here, counted in the graph by
/// their unique names.
/// </summary>
public sealed class IdempotencyTests(IdempotencyTests.Area area) : IClassFixture<IdempotencyTests.Area>
{
    private const string Upsert = "mutation($input: ServiceInput!) { upsertService(input: $input) { id version name } }";

    /// <summary>A fragment of the claim statement only, which the proxy looks for in a commit.</summary>
    private const string ClaimText = "CREATE (claim:IdempotencyKey";

    private const string ClaimStatement = "Idempotency/claim-key.cypher";

    private static readonly Caller Partner = new(CallerRole.Partner, null, Area.Org, "partner-user-1");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string[]> MalformedKeys => new()
    {
        new[] { "" },
        new[] { new string('k', IdempotencyKeyHeader.MaxLength + 1) },
        new[] { "two words" },
        new[] { "\"unterminated" },
        new[] { "\"bad \\escape\"" },
        new[] { "\"key\";with=parameter" },
        new[] { "\"tab\there\"" },
        new[] { "first", "second" },
    };

    [Fact]
    public async Task A_retry_with_the_same_key_gets_the_first_answer_and_writes_nothing()
    {
        var input = NewService();
        var key = Guid.NewGuid().ToString();

        var first = await SendAsync(area.Hub, Partner, input, key);
        var retry = await SendAsync(area.Hub, Partner, input, key);
        var quoted = await SendAsync(area.Hub, Partner, Reordered(input), $"\"{key}\"");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.NotNull(first.ServiceId);
        Assert.False(first.Replayed);
        Assert.Equal((HttpStatusCode.OK, true, first.Text), (retry.Status, retry.Replayed, retry.Text));
        Assert.Equal((HttpStatusCode.OK, true, first.Text), (quoted.Status, quoted.Replayed, quoted.Text));
        Assert.Equal(1, await area.CountServicesAsync(input));
    }

    [Fact]
    public async Task The_key_rides_in_the_write_s_own_commit_so_the_request_makes_no_more_round_trips_to_run()
    {
        var plain = await SendAsync(area.Hub, Partner, NewService());
        var keyed = await SendAsync(area.Hub, Partner, NewService(), Guid.NewGuid().ToString());

        Assert.Equal(Cypher(plain)!["roundTrips"]!.GetValue<int>(), Cypher(keyed)!["roundTrips"]!.GetValue<int>());
        Assert.DoesNotContain(ClaimStatement, Statements(plain));
        Assert.Single(Statements(keyed), ClaimStatement);
    }

    [Fact]
    public async Task Two_writes_in_one_request_claim_its_key_once_and_a_retry_writes_neither()
    {
        const string Both = """
            mutation($a: ServiceInput!, $b: ServiceInput!) { a: upsertService(input: $a) { id } b: upsertService(input: $b) { id } }
            """;
        var (a, b) = (NewService(), NewService());
        var key = Guid.NewGuid().ToString();
        var http = area.Hub.CreateGraphQLClient(Partner).Http;

        var first = await SendAsync(http, new { query = Both, variables = new { a, b } }, [key]);
        var retry = await SendAsync(http, new { query = Both, variables = new { a, b } }, [key]);

        Assert.Equal((HttpStatusCode.OK, null), (first.Status, first.Code));
        Assert.Single(Statements(first), ClaimStatement);
        Assert.Equal((true, first.Text), (retry.Replayed, retry.Text));
        Assert.Equal((1, 1), (await area.CountServicesAsync(a), await area.CountServicesAsync(b)));
    }

    [Fact]
    public async Task The_same_key_with_a_different_request_is_refused_and_writes_nothing()
    {
        var input = NewService();
        var key = Guid.NewGuid().ToString();
        var first = await SendAsync(area.Hub, Partner, input, key);
        var other = input.DeepClone().AsObject();
        other["name"] = Unique("Another service");

        var reused = await SendAsync(area.Hub, Partner, other, key);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED", false), (reused.Status, reused.Code, reused.Replayed));
        Assert.Equal(0, await area.CountServicesAsync(other));
    }

    [Fact]
    public async Task Keys_belong_to_their_caller()
    {
        var input = NewService();
        var otherOrganisation = NewService("org-0002");
        var key = Guid.NewGuid().ToString();

        var mine = await SendAsync(area.Hub, Partner, input, key);
        var colleague = await SendAsync(area.Hub, Partner with { Subject = "partner-user-2" }, input, key);
        var stranger = await SendAsync(area.Hub, new Caller(CallerRole.Partner, null, "org-0002", "partner-user-1"), otherOrganisation, key);

        Assert.All([mine, colleague, stranger], answer => Assert.Equal((HttpStatusCode.OK, false, null), (answer.Status, answer.Replayed, answer.Code)));
        Assert.Equal(2, await area.CountServicesAsync(input));
        Assert.Equal(1, await area.CountServicesAsync(otherOrganisation));
    }

    [Fact]
    public async Task Concurrent_requests_under_one_key_write_once()
    {
        var input = NewService();
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SendAsync(area.Hub, Partner, input, key)));

        Assert.Equal(1, await area.CountServicesAsync(input));
        var first = Assert.Single(answers, a => !a.Replayed && a.Status == HttpStatusCode.OK);
        Assert.NotNull(first.ServiceId);
        Assert.All(answers.Where(a => a != first), answer =>
        {
            if (answer.Replayed)
            {
                Assert.Equal(first.Text, answer.Text);
            }
            else
            {
                Assert.Equal((HttpStatusCode.Conflict, "IDEMPOTENCY_KEY_IN_USE"), (answer.Status, answer.Code));
            }
        });
    }

    [Fact]
    public async Task A_write_committed_after_the_hub_gave_up_is_not_written_again_by_a_retry()
    {
        var input = NewService();
        var key = Guid.NewGuid().ToString();
        area.Proxy.LoseAnswerTo(ClaimText, thenGoDark: true);

        var unavailable = await SendAsync(area.CutOffHub, Partner, input, key);
        area.Proxy.Heal();
        var committed = await area.CountServicesAsync(input);
        var soon = await SendAsync(area.Hub, Partner, input, key);
        await Task.Delay(TimeSpan.FromSeconds(Area.CutOffHubInFlightSeconds + 0.5), Cancel);
        var later = await SendAsync(area.CutOffHub, Partner, input, key);

        Assert.Equal((HttpStatusCode.OK, "UNAVAILABLE"), (unavailable.Status, unavailable.Code));
        Assert.Equal(1, committed);
        Assert.Equal((HttpStatusCode.Conflict, "IDEMPOTENCY_KEY_IN_USE", TimeSpan.FromSeconds(1)), (soon.Status, soon.Code, soon.RetryAfter));
        Assert.Equal((HttpStatusCode.Conflict, "ALREADY_COMMITTED"), (later.Status, later.Code));
        Assert.Equal(1, await area.CountServicesAsync(input));
    }

    [Fact]
    public async Task A_write_whose_answer_was_cut_off_is_answered_as_committed_and_so_is_its_retry()
    {
        var input = NewService();
        var key = Guid.NewGuid().ToString();
        var lostBefore = area.Proxy.AnswersLost;
        area.Proxy.LoseAnswerTo(ClaimText);

        var cutOff = await SendAsync(area.CutOffHub, Partner, input, key);
        var retry = await SendAsync(area.Hub, Partner, input, key);

        Assert.Equal(lostBefore + 1, area.Proxy.AnswersLost);
        Assert.Equal((HttpStatusCode.Conflict, "ALREADY_COMMITTED", false), (cutOff.Status, cutOff.Code, cutOff.Replayed));
        Assert.Equal((cutOff.Status, true, cutOff.Text), (retry.Status, retry.Replayed, retry.Text));
        Assert.Equal(1, await area.CountServicesAsync(input));
    }

    [Fact]
    public async Task A_caller_that_hangs_up_after_its_write_committed_gets_told_so_on_retry_straight_away()
    {
        var input = NewService();
        var key = Guid.NewGuid().ToString();
        var held = area.Proxy.HoldAnswerTo(ClaimText);
        using var hangUp = CancellationTokenSource.CreateLinkedTokenSource(Cancel);

        var sending = SendAsync(area.CutOffHub.CreateGraphQLClient(Partner).Http, new { query = Upsert, variables = new { input } }, [key], hangUp.Token);
        await held.WaitAsync(TimeSpan.FromMinutes(1), Cancel);
        await hangUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        area.Proxy.Heal();

        // The hub keeps the answer after the caller has gone, a moment later; well within the 60 s a retry would otherwise wait.
        var retry = await SendAsync(area.Hub, Partner, input, key);
        for (var tries = 0; retry.Code == "IDEMPOTENCY_KEY_IN_USE" && tries < 50; tries++)
        {
            await Task.Delay(200, Cancel);
            retry = await SendAsync(area.Hub, Partner, input, key);
        }

        Assert.Equal((HttpStatusCode.Conflict, "ALREADY_COMMITTED", true), (retry.Status, retry.Code, retry.Replayed));
        Assert.Equal(1, await area.CountServicesAsync(input));
    }

    [Fact]
    public async Task A_key_claimed_but_not_answered_is_in_use_for_a_while_then_taken_as_committed()
    {
        var input = NewService();
        var key = Guid.NewGuid().ToString();
        var first = await SendAsync(area.Hub, Partner, input, key);
        await area.ForgetAnswerAsync(first.ServiceId!, startedAgo: TimeSpan.Zero);

        var inFlight = await SendAsync(area.Hub, Partner, input, key);
        await area.ForgetAnswerAsync(first.ServiceId!, startedAgo: TimeSpan.FromMinutes(5));
        var lost = await SendAsync(area.Hub, Partner, input, key);

        Assert.Equal((HttpStatusCode.Conflict, "IDEMPOTENCY_KEY_IN_USE", TimeSpan.FromSeconds(1)), (inFlight.Status, inFlight.Code, inFlight.RetryAfter));
        Assert.Equal((HttpStatusCode.Conflict, "ALREADY_COMMITTED", false), (lost.Status, lost.Code, lost.Replayed));
        Assert.Equal(1, await area.CountServicesAsync(input));
    }

    [Fact]
    public async Task A_request_that_wrote_nothing_leaves_its_key_free_for_the_corrected_request()
    {
        var input = NewService();
        input["capacity"] = -1;
        var key = Guid.NewGuid().ToString();

        var refused = await SendAsync(area.Hub, Partner, input, key);
        input["capacity"] = 10;
        var corrected = await SendAsync(area.Hub, Partner, input, key);
        var retry = await SendAsync(area.Hub, Partner, input, key);

        Assert.Equal((HttpStatusCode.OK, "BAD_USER_INPUT"), (refused.Status, refused.Code));
        Assert.Equal((HttpStatusCode.OK, false, null), (corrected.Status, corrected.Replayed, corrected.Code));
        Assert.Equal((true, corrected.Text), (retry.Replayed, retry.Text));
        Assert.Equal(1, await area.CountServicesAsync(input));
    }

    [Theory]
    [MemberData(nameof(MalformedKeys))]
    public async Task A_malformed_key_is_refused_and_nothing_is_written(string[] key)
    {
        var input = NewService();

        var refused = await SendAsync(area.Hub, Partner, input, key);

        Assert.Equal((HttpStatusCode.BadRequest, "IDEMPOTENCY_KEY_INVALID"), (refused.Status, refused.Code));
        Assert.Contains("Idempotency-Key", refused.Body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await area.CountServicesAsync(input));
    }

    [Fact]
    public async Task Queries_ignore_the_key()
    {
        var http = area.Hub.CreateGraphQLClient(Partner).Http;

        var answers = new List<Answer>();
        foreach (var key in new[] { "same", "same", "not a valid key" })
        {
            answers.Add(await SendAsync(http, new { query = "{ needs { code } }" }, [key]));
        }

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.OK, false, null), (answer.Status, answer.Replayed, answer.Code)));
        Assert.NotEmpty(answers[0].Body["data"]!["needs"]!.AsArray());
    }

    [Fact]
    public async Task An_expired_key_is_pruned_and_free_again()
    {
        var input = NewService();
        var key = Guid.NewGuid().ToString();
        var first = await SendAsync(area.Hub, Partner, input, key);
        var retention = area.Hub.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdempotencyOptions>>().Value.Retention;
        var pruner = ActivatorUtilities.CreateInstance<IdempotencyKeyPruner>(area.Hub.Services, new TestClock(DateTimeOffset.UtcNow + retention + TimeSpan.FromMinutes(1)));

        var pruned = await pruner.PruneAsync(Cancel);
        var again = await SendAsync(area.Hub, Partner, input, key);

        Assert.True(pruned >= 1, $"Pruned {pruned}.");
        Assert.Equal((HttpStatusCode.OK, false), (again.Status, again.Replayed));
        Assert.NotEqual(first.ServiceId, again.ServiceId);
        Assert.Equal(2, await area.CountServicesAsync(input));
    }

    [Fact]
    public async Task A_claim_rides_with_the_first_commit_of_its_request_and_fails_a_second_write_under_the_key()
    {
        var id = $"test-{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        var store = new IdempotencyStore(area.Cypher);

        var claim = WriteClaim.Begin(IdempotencyStore.Claim(id, "hash", "attempt-1", now, now + TimeSpan.FromHours(24)));
        await area.MarkAsync(id, "first");
        await area.MarkAsync(id, "second");
        var secondAttempt = await Record.ExceptionAsync(async () =>
        {
            WriteClaim.Begin(IdempotencyStore.Claim(id, "hash", "attempt-2", now, now + TimeSpan.FromHours(24)));
            await area.MarkAsync(id, "third");
        });

        Assert.True(claim.IsCommitted);
        Assert.IsType<Neo4jConflictException>(secondAttempt);
        Assert.Equal(["first", "second"], await area.MarksAsync(id));
        Assert.Equal("attempt-1", (await store.FindAsync(id, now, Cancel))!.Attempt);
        Assert.Null(await store.FindAsync(id, now + TimeSpan.FromHours(24), Cancel));
        Assert.Null(await store.FindAsync(id, now, Cancel));
    }

    private static JsonObject NewService(string organisationId = Area.Org) => new()
    {
        ["organisationId"] = organisationId,
        ["name"] = Unique("Idempotent drop-in"),
        ["needs"] = new JsonArray("ALCOHOL"),
        ["location"] = new JsonObject { ["latitude"] = 51.5, ["longitude"] = -3.0 },
        ["capacity"] = 10,
    };

    /// <summary>What a request cost in Cypher, as the hub reports it in Development.</summary>
    private static JsonNode? Cypher(Answer answer) => answer.Body["extensions"]?["cypher"];

    private static IReadOnlyList<string> Statements(Answer answer) => [.. Cypher(answer)!["statements"]!.AsArray().Select(s => s!.GetValue<string>())];

    /// <summary>The same input, its members in another order, as another client library might send it.</summary>
    private static JsonObject Reordered(JsonObject input) => new(input.Reverse().Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())));

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}";

    private static Task<Answer> SendAsync(HubFactory hub, Caller caller, JsonObject input, params string[] key) =>
        SendAsync(hub.CreateGraphQLClient(caller).Http, new { query = Upsert, variables = new { input } }, key);

    private static async Task<Answer> SendAsync(HttpClient http, object body, string[] key, CancellationToken cancellationToken = default)
    {
        cancellationToken = cancellationToken.CanBeCanceled ? cancellationToken : Cancel;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (key.Length > 0)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyKeyHeader.Name, key);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var replayed = response.Headers.TryGetValues(IdempotencyFilter.ReplayedHeader, out var values) && values.Single() == "true";
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), replayed, response.Headers.RetryAfter?.Delta);
    }

    private sealed record Answer(HttpStatusCode Status, string Text, bool Replayed, TimeSpan? RetryAfter)
    {
        public JsonObject Body => JsonNode.Parse(Text)!.AsObject();

        public string? Code => Body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

        public string? ServiceId => Body["data"]?["upsertService"]?["id"]?.GetValue<string>();
    }

    /// <summary>
    /// A Neo4j with the demo region, a hub on it, and a second hub that reaches it through a <see cref="Neo4jProxy"/>,
    /// and so can be made to lose Neo4j's answers; that one takes a key's answer as lost after a second.
    /// </summary>
    public sealed class Area : IAsyncLifetime
    {
        public const string Org = "org-0001";

        public const double CutOffHubInFlightSeconds = 1;

        private TestNeo4jServer? _neo4j;

        public HubFactory Hub { get; private set; } = null!;

        public HubFactory CutOffHub { get; private set; } = null!;

        public Neo4jProxy Proxy { get; private set; } = null!;

        public CypherClient Cypher { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            _neo4j = await TestNeo4jServer.StartAsync();
            Hub = new HubFactory(_neo4j.Uri, seedDemoData: true);
            await Hub.StartAsync();
            Proxy = await Neo4jProxy.StartAsync(_neo4j.Uri);
            CutOffHub = new HubFactory(Proxy.Uri, seedDemoData: false, settings: new Dictionary<string, string?>
            {
                ["Idempotency:InFlightSeconds"] = CutOffHubInFlightSeconds.ToString(CultureInfo.InvariantCulture),
            });
            await CutOffHub.StartAsync();
            Cypher = await _neo4j.CreateClientAsync();
        }

        public async Task<int> CountServicesAsync(JsonObject input) =>
            (await Cypher.RunAsync(new CypherStatement("test: services by name", "MATCH (s:Service {name: $name}) RETURN count(s) AS n",
                new Dictionary<string, object?> { ["name"] = input["name"]!.GetValue<string>() }))).Single<int>("n");

        /// <summary>Takes the answer away from the key a request left, as if it were never kept, and moves the request's start back.</summary>
        public Task ForgetAnswerAsync(string serviceId, TimeSpan startedAgo) =>
            Cypher.RunAsync(new CypherStatement("test: forget answer", """
                MATCH (k:IdempotencyKey)
                WHERE k.answerBody CONTAINS $serviceId OR k.forgotten = $serviceId
                REMOVE k.answerStatus, k.answerType, k.answerBody
                SET k.forgotten = $serviceId, k.createdAt = $createdAt
                """, new Dictionary<string, object?> { ["serviceId"] = serviceId, ["createdAt"] = AuditTrail.Timestamp(DateTimeOffset.UtcNow - startedAgo) }));

        /// <summary>Writes a marker in a transaction of its own, as a store writes: explicitly, committing with its write.</summary>
        public Task MarkAsync(string claimId, string name) => Cypher.InTransactionAsync(transaction => transaction.CommitAsync(new CypherStatement(
            "test: mark", "CREATE (:IdempotencyTestMark {name: $name, claim: $claim})",
            new Dictionary<string, object?> { ["name"] = name, ["claim"] = claimId })));

        public async Task<IReadOnlyList<string>> MarksAsync(string claimId) =>
            (await Cypher.RunAsync(new CypherStatement("test: marks", "MATCH (m:IdempotencyTestMark {claim: $claim}) RETURN m.name AS name ORDER BY name",
                new Dictionary<string, object?> { ["claim"] = claimId }))).Read<string>("name");

        public async ValueTask DisposeAsync()
        {
            await CutOffHub.DisposeAsync();
            await Proxy.DisposeAsync();
            await Hub.DisposeAsync();
            if (_neo4j is not null)
            {
                await _neo4j.DisposeAsync();
            }
        }
    }
}
