using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Features.Referrals;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Connector;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Tokens;

namespace Rehab.Graph.LoadTest;

public sealed record SamplePerson(string Id, double Lat, double Lon, string PractitionerId, IReadOnlyList<string> Languages)
{
    /// <summary>English is assumed for someone with no languages recorded, as the connector assumes it.</summary>
    public IReadOnlyList<string> Speaks => Languages.Count == 0 ? ["en"] : Languages;
}

/// <summary>What the hub's connect searches around for a person: their home and the needs it focuses on.</summary>
public sealed record CandidateFocus(GeoPoint Home, IReadOnlyList<string> Needs);

public sealed record ReferableService(string Id, IReadOnlyList<string> Languages, string Need);

/// <summary>
/// One operation per call, for the i-th person of the sample. The hub's scenarios go through HTTP and
/// GraphQL; their floors send the same Cypher statements, in the same requests, straight to Neo4j.
/// </summary>
public static class Scenarios
{
    public const double ServicesRadiusKm = 5;

    private const string ConnectQuery = """
        query($id: ID!) { connect(input: {personId: $id, first: 10}) {
          services { service { id name } distanceKm score reasons { text } bridges { text hops } }
          online { service { id name } score }
          placements { placement { id title } availableSlots earliestStart canStartWithin48h reasons { text } bridges { text } }
          mentors { mentor { id displayName } score reasons { text } }
          excluded { id rule }
          socialCapital { bondingCount bridgingCount linkingCount needsWithoutTies } } }
        """;

    private const string CreateReferralMutation =
        "mutation($personId: ID!, $serviceId: ID!, $need: String!) { createReferral(input: {personId: $personId, serviceId: $serviceId, needs: [$need]}) { id status } }";

    private const string WithdrawReferralMutation = "mutation($id: ID!) { withdrawReferral(input: {referralId: $id, reason: \"Load test\"}) { id status } }";

    private const string ServicesQuery = """
        query($lat: Float!, $lon: Float!) { services(near: {point: {latitude: $lat, longitude: $lon}, radiusKm: 5}, first: 20) {
          totalCount nodes { id name distanceKm organisation { name } needs { code } } } }
        """;

    /// <summary>
    /// A web app page as the person's offender manager sees it: <paramref name="pathTemplate"/> with <c>{person}</c> in
    /// place of the person's id. Each practitioner signs in once through the hub's development sign-in, so the hub must
    /// run in Development; the time is the page's whole answer, its one hub request included.
    /// </summary>
    /// <summary>
    /// A web page, signed in through the development sign-in as the person's own offender manager, or, with
    /// <paramref name="signInAs"/> (e.g. <c>role=PARTNER&amp;organisation=org-0052</c>), as that one demo user throughout.
    /// </summary>
    public static Func<SamplePerson, Task> WebPage(Uri hub, string pathTemplate, string? signInAs)
    {
        var signedIn = new ConcurrentDictionary<string, Lazy<Task<HttpClient>>>(StringComparer.Ordinal);
        return async person =>
        {
            var user = signInAs ?? $"role=OFFENDER_MANAGER&practitioner={Uri.EscapeDataString(person.PractitionerId)}";
            var client = await signedIn.GetOrAdd(user, query => new Lazy<Task<HttpClient>>(() => SignInAsync(hub, query))).Value;
            var path = pathTemplate.Replace("{person}", Uri.EscapeDataString(person.Id), StringComparison.Ordinal);
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET {path} as {user}: {(int)response.StatusCode}");
            }

            await response.Content.CopyToAsync(Stream.Null);
        };
    }

    private static async Task<HttpClient> SignInAsync(Uri hub, string user)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new(), UseCookies = true, MaxConnectionsPerServer = 64 }) { BaseAddress = hub };
        using var signIn = await client.GetAsync(new Uri($"/dev/sign-in?{user}", UriKind.Relative));
        signIn.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Each request is signed as the person's own offender manager, as connect by person requires.</summary>
    public static Func<SamplePerson, Task> HubConnect(HttpClient hub, string signingKey)
    {
        var token = OffenderManagerTokens(signingKey);
        return person => PostGraphQLAsync(hub, ConnectQuery, new { id = person.Id }, token(person));
    }

    /// <summary>
    /// A referral and its withdrawal, as the person's offender manager: two writes, each one transaction of two round
    /// trips with its audit entry. Withdrawing keeps the graph as it was, so a run can repeat without duplicates.
    /// </summary>
    public static Func<SamplePerson, Task> HubRefer(HttpClient hub, string signingKey, IReadOnlyList<ReferableService> services)
    {
        var token = OffenderManagerTokens(signingKey);
        var pick = ServicePicker(services);
        return async person =>
        {
            var service = pick(person);
            var created = await PostGraphQLAsync(hub, CreateReferralMutation, new { personId = person.Id, serviceId = service.Id, need = service.Need }, token(person));
            var id = created.GetProperty("data").GetProperty("createReferral").GetProperty("id").GetString();
            await PostGraphQLAsync(hub, WithdrawReferralMutation, new { id }, token(person));
        };
    }

    /// <summary>The same two writes through the hub's own referral feature, without HTTP, GraphQL or tokens.</summary>
    public static Func<SamplePerson, Task> FloorRefer(ReferralService referrals, IReadOnlyList<ReferableService> services)
    {
        var pick = ServicePicker(services);
        return async person =>
        {
            var caller = new Caller(CallerRole.OffenderManager, person.PractitionerId, null);
            var service = pick(person);
            var created = await referrals.CreateAsync(new ReferralRequest(person.Id, service.Id, null, [service.Need], null, null), caller, CancellationToken.None);
            await referrals.WithdrawAsync(created.Id, "Load test", caller, CancellationToken.None);
        };
    }

    /// <summary>
    /// An anonymous GET of a public path of the hub (the Open Referral UK API): the same path each time. The hub's
    /// anonymous allowance must be raised for it (<c>Limits__AnonymousConnectsPerMinute</c>), as every request comes from
    /// one address.
    /// </summary>
    public static Func<SamplePerson, Task> HubGet(HttpClient hub, string path) => async _ =>
    {
        using var response = await hub.GetAsync(new Uri(path, UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        }

        await response.Content.CopyToAsync(Stream.Null);
    };

    public static Func<SamplePerson, Task> HubServicesNear(HttpClient hub) =>
        person => PostGraphQLAsync(hub, ServicesQuery, new { lat = person.Lat, lon = person.Lon });

    /// <summary>What the hub sends for connect: the person and their network, then the four candidate statements together.</summary>
    public static Func<SamplePerson, Task> FloorConnect(CypherClient cypher, int year) => async person =>
    {
        var supervision = ConnectorQueries.Supervision(person.Id, person.PractitionerId);
        var query = ConnectorQueries.Person(person.Id, person.PractitionerId, year);
        var results = await cypher.RunAsync([supervision.Statement, query.Statement]);
        var stored = supervision.Read(results[0]) == true ? query.Read(results[1]) : null;
        if (stored is null)
        {
            throw new InvalidOperationException($"No person {person.Id} for {person.PractitionerId}.");
        }

        var near = new NearQuery(stored.Profile.Home, 10);
        var needs = FocusNeeds.For(stored.Profile, null).Codes;
        await cypher.RunAsync(
        [
            ConnectorQueries.Services(needs, near).Statement,
            ConnectorQueries.OnlineServices(needs).Statement,
            ConnectorQueries.Placements(near).Statement,
            ConnectorQueries.Mentors(near).Statement,
        ]);
    };

    /// <summary>
    /// The PostGIS floor: the three candidate queries connect needs (services addressing the needs, placements, mentors;
    /// within the same radius, nearest first, every column) in one round trip, each row read whole. The person's home
    /// and needs come from <see cref="FocusAsync"/>, read once before the run.
    /// </summary>
    public static Func<SamplePerson, Task> PostGisConnect(NpgsqlDataSource postgis, IReadOnlyDictionary<string, CandidateFocus> focus, bool audited)
    {
        var audit = PostGisLoader.Sql("postgis-audit");
        var services = PostGisLoader.Sql("postgis-services-near");
        var placements = PostGisLoader.Sql("postgis-placements-near");
        var mentors = PostGisLoader.Sql("postgis-mentors-near");
        return async person =>
        {
            var (home, needs) = focus[person.Id];
            var metres = CommunityConnector.DefaultRadiusKm * 1000;
            await using var batch = postgis.CreateBatch();
            batch.BatchCommands.Add(PostGisCommand(services, home.Latitude, home.Longitude, metres, needs.ToArray(), ConnectorQueries.CandidateLimit));
            batch.BatchCommands.Add(PostGisCommand(placements, home.Latitude, home.Longitude, metres, ConnectorQueries.CandidateLimit));
            batch.BatchCommands.Add(PostGisCommand(mentors, home.Latitude, home.Longitude, metres, ConnectorQueries.CandidateLimit));
            if (audited)
            {
                // One batch is one implicit transaction: the reads and the record commit together, as the hub's first round trip does.
                batch.BatchCommands.Add(PostGisCommand(audit, person.PractitionerId, person.Id));
            }

            await using var reader = await batch.ExecuteReaderAsync();
            var values = new object[reader.FieldCount];
            do
            {
                while (await reader.ReadAsync())
                {
                    if (values.Length != reader.FieldCount)
                    {
                        values = new object[reader.FieldCount];
                    }

                    reader.GetValues(values);
                }
            }
            while (await reader.NextResultAsync());
        };
    }

    /// <summary>Each sampled person's home and the needs connect would focus on, as the hub reads them, in requests of 50 people.</summary>
    public static async Task<IReadOnlyDictionary<string, CandidateFocus>> FocusAsync(CypherClient cypher, IReadOnlyList<SamplePerson> people, int year)
    {
        var focus = new Dictionary<string, CandidateFocus>(StringComparer.Ordinal);
        foreach (var chunk in people.Chunk(50))
        {
            var queries = chunk.Select(p => ConnectorQueries.Person(p.Id, p.PractitionerId, year)).ToList();
            var results = await cypher.RunAsync([.. queries.Select(q => q.Statement)]);
            foreach (var (person, stored) in chunk.Zip(queries.Zip(results, (q, r) => q.Read(r))))
            {
                var profile = (stored ?? throw new InvalidOperationException($"No person {person.Id} for {person.PractitionerId}.")).Profile;
                focus[person.Id] = new CandidateFocus(profile.Home, FocusNeeds.For(profile, null).Codes);
            }
        }

        return focus;
    }

    private static NpgsqlBatchCommand PostGisCommand(string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    public static Func<SamplePerson, Task> FloorServicesNear(CypherClient cypher) => person =>
        cypher.RunAsync(ListingQueries.Services(new ServiceSearch(
            [], null, null, null, null, new NearQuery(new GeoPoint(person.Lat, person.Lon), ServicesRadiusKm), new PageRequest(20, 0))).Statement);

    public static async Task<IReadOnlyList<SamplePerson>> SampleAsync(CypherClient cypher, int limit)
    {
        var total = (await cypher.RunAsync(Statement("count-people", []))).Single<int>("n");
        var result = await cypher.RunAsync(Statement("sample-people", new() { ["step"] = Math.Max(1, total / limit), ["limit"] = limit }));
        return [.. result.Rows.Select(r => new SamplePerson(
            r[0].GetString()!, r[1].GetDouble(), r[2].GetDouble(), r[3].GetString()!, [.. r[4].EnumerateArray().Select(l => l.GetString()!)]))];
    }

    public static async Task<IReadOnlyList<ReferableService>> ReferableServicesAsync(CypherClient cypher) =>
        [.. (await cypher.RunAsync(Statement("referable-services", []))).Rows.Select(r => new ReferableService(
            r[0].GetString()!, [.. r[1].EnumerateArray().Select(l => l.GetString()!)], r[2].EnumerateArray().Select(n => n.GetString()!).Order(StringComparer.Ordinal).First()))];

    /// <summary>Tokens signed once per offender manager, so signing is not part of what is measured.</summary>
    private static Func<SamplePerson, string> OffenderManagerTokens(string signingKey)
    {
        var tokens = new ConcurrentDictionary<string, string>();
        return person => tokens.GetOrAdd(person.PractitionerId, id =>
            TokenIssuer.Issue(TokenIssuer.DefaultIssuer, TokenIssuer.DefaultAudience, signingKey, CallerRole.OffenderManager, id, null, TimeSpan.FromHours(8), DateTimeOffset.UtcNow));
    }

    /// <summary>For each person in turn, the next service that shares a language with them, so a run spreads over many services.</summary>
    private static Func<SamplePerson, ReferableService> ServicePicker(IReadOnlyList<ReferableService> services)
    {
        var suitable = new ConcurrentDictionary<string, ReferableService[]>();
        var turn = -1;
        return person =>
        {
            var choices = suitable.GetOrAdd(person.Id, _ => [.. services.Where(s => s.Languages.Count == 0 || s.Languages.Intersect(person.Speaks).Any())]);
            return choices.Length == 0
                ? throw new InvalidOperationException($"No referable service shares a language with {person.Id}.")
                : choices[(int)((uint)Interlocked.Increment(ref turn) % (uint)choices.Length)];
        };
    }

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters)
    {
        using var reader = new StreamReader(typeof(Scenarios).Assembly.GetManifestResourceStream(name + ".cypher")!);
        return new CypherStatement(name, reader.ReadToEnd(), parameters);
    }

    private static async Task<JsonElement> PostGraphQLAsync(HttpClient hub, string query, object variables, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await hub.SendAsync(request);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode || json.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {json}");
        }

        return json;
    }
}
