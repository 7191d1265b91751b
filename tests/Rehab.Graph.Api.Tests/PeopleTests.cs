using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Api.Tests;

/// <summary><c>person</c> and <c>people</c>: an offender manager's caseload, theirs alone, and every read audited.</summary>
public sealed class PeopleTests(RehabGraphApplication app)
{
    private const string PersonId = "per-0001";
    private static readonly Caller TheirOffenderManager = new(CallerRole.OffenderManager, "prc-07", null);
    private static readonly Caller Admin = new(CallerRole.Admin, null, null, "admin@people-tests");

    [Fact]
    public async Task Their_offender_manager_reads_a_persons_record()
    {
        var data = await app.CreateClient(TheirOffenderManager).DataAsync(
            $"{{ person(id: \"{PersonId}\") {{ id displayName gender birthYear postcodeDistrict languages riskOfHarm riskFlags needs {{ code severity }} strengths home {{ latitude }} }} }}");

        var person = data["person"]!;
        var seeded = DemoRegion.People.Single(p => p["id"]!.GetValue<string>() == PersonId);
        Assert.Equal(seeded["displayName"]!.GetValue<string>(), person["displayName"]!.GetValue<string>());
        Assert.Equal("MEDIUM", person["riskOfHarm"]!.GetValue<string>());
        Assert.Equal(["DOMESTIC_ABUSE_PERPETRATOR"], person["riskFlags"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("RELATIONSHIPS", person["needs"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(3, person["needs"]!.AsArray().Count);
    }

    public static TheoryData<string, string?, string?, string> Others => new()
    {
        { "OFFENDER_MANAGER", "prc-02", null, "FORBIDDEN" },
        { "PARTNER", null, "org-0001", "FORBIDDEN" },
        { "COMMISSIONER", null, null, "FORBIDDEN" },
        { "REFERRER", null, "org-0002", "FORBIDDEN" },
        { "ADMIN", null, null, "FORBIDDEN" },
        { "ANONYMOUS", null, null, "UNAUTHENTICATED" },
    };

    [Theory]
    [MemberData(nameof(Others))]
    public async Task Nobody_else_reads_the_record_and_the_attempt_is_refused_not_emptied(string role, string? practitioner, string? organisation, string code)
    {
        var caller = new Caller(Rehab.Graph.Domain.Taxonomy.EnumCodes.Parse<CallerRole>(role), practitioner, organisation);

        var response = await app.CreateClient(caller).PostAsync($"{{ person(id: \"{PersonId}\") {{ displayName }} }}");

        Assert.Equal(code, response.SingleError().Code);
        Assert.Null(response.Data?["person"]);
    }

    [Fact]
    public async Task An_unknown_person_is_null()
    {
        var data = await app.CreateClient(TheirOffenderManager).DataAsync("{ person(id: \"per-9999\") { id } }");

        Assert.Null(data["person"]);
    }

    [Fact]
    public async Task People_is_the_callers_caseload_by_name_in_pages()
    {
        var expected = DemoRegion.People.Where(p => p["practitionerId"]!.GetValue<string>() == "prc-07")
            .OrderBy(p => p["displayName"]!.GetValue<string>(), StringComparer.Ordinal).ThenBy(p => p["id"]!.GetValue<string>(), StringComparer.Ordinal)
            .Select(p => p["id"]!.GetValue<string>()).ToList();
        var client = app.CreateClient(TheirOffenderManager);

        var first = (await client.DataAsync("{ people(first: 10) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }"))["people"]!;
        var rest = (await client.DataAsync($"{{ people(first: 100, after: \"{first["pageInfo"]!["endCursor"]!.GetValue<string>()}\") {{ nodes {{ id }} }} }}"))["people"]!;

        Assert.Equal(expected.Count, first["totalCount"]!.GetValue<int>());
        Assert.Equal(expected, Ids(first).Concat(Ids(rest)));
    }

    [Theory]
    [InlineData("PARTNER", null, "org-0001", "FORBIDDEN")]
    [InlineData("COMMISSIONER", null, null, "FORBIDDEN")]
    [InlineData("ANONYMOUS", null, null, "UNAUTHENTICATED")]
    public async Task People_is_only_for_offender_managers(string role, string? practitioner, string? organisation, string code)
    {
        var caller = new Caller(Rehab.Graph.Domain.Taxonomy.EnumCodes.Parse<CallerRole>(role), practitioner, organisation);

        var response = await app.CreateClient(caller).PostAsync("{ people { totalCount } }");

        Assert.Equal(code, response.SingleError().Code);
    }

    [Theory]
    [InlineData("{ people(first: -1) { totalCount } }", "first")]
    [InlineData("{ people(first: 101) { totalCount } }", "first")]
    [InlineData("{ people(after: \"not-a-cursor\") { totalCount } }", "after")]
    public async Task Bad_paging_is_refused(string query, string field)
    {
        var response = await app.CreateClient(TheirOffenderManager).PostAsync(query);

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
    }

    [Fact]
    public async Task Many_people_asked_for_at_once_take_one_round_trip_and_each_read_is_audited()
    {
        var caller = TheirOffenderManager with { Subject = $"aliases-{Guid.NewGuid():N}" };
        // Alternately theirs and someone else's: another offender manager's person is FORBIDDEN, and still audited.
        var ids = Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? PersonId : "per-0002").ToList();
        var query = "{ " + string.Join(" ", ids.Select((id, i) => $"p{i}: person(id: \"{id}\") {{ id }}")) + " }";

        var response = await app.CreateClient(caller).PostAsync(query);

        Assert.Equal(1, response.RoundTrips);
        Assert.Equal(15, response.Data!.AsObject().Count(p => p.Value?["id"]?.GetValue<string>() == PersonId));
        Assert.Equal(Enumerable.Repeat("FORBIDDEN", 15), response.Errors.Select(e => e["extensions"]!["code"]!.GetValue<string>()));
        var data = await app.CreateClient(Admin).DataAsync($"{{ auditTrail(first: 50, where: {{actorId: \"{caller.Subject}\"}}) {{ totalCount nodes {{ action targetId }} }} }}");
        Assert.Equal(30, data["auditTrail"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(ids.Order(StringComparer.Ordinal), data["auditTrail"]!["nodes"]!.AsArray().Select(n => n!["targetId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Plans_funds_and_social_capital_asked_for_many_times_at_once_take_one_round_trip_and_each_read_is_audited()
    {
        // per-0095 is prc-07's person with a plan and a fund in the demo region.
        const string Showcase = "per-0095";
        var caller = TheirOffenderManager with { Subject = $"aliases-{Guid.NewGuid():N}" };
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 10).Select(i =>
            $"p{i}: plan(personId: \"{Showcase}\") {{ version }} f{i}: fund(personId: \"{Showcase}\") {{ balancePence }} s{i}: socialCapitalHistory(personId: \"{Showcase}\") {{ bonding }}")) + " }";

        var response = await app.CreateClient(caller).PostAsync(query);

        response.AssertNoErrors();
        Assert.Equal(1, response.RoundTrips);
        var data = await app.CreateClient(Admin).DataAsync($"{{ auditTrail(first: 50, where: {{actorId: \"{caller.Subject}\"}}) {{ totalCount nodes {{ action targetId }} }} }}");
        var entries = data["auditTrail"]!["nodes"]!.AsArray().Select(n => (n!["action"]!.GetValue<string>(), n["targetId"]!.GetValue<string>())).ToList();
        Assert.Equal(30, entries.Count);
        Assert.Equal(
            [("FUND_READ", Showcase, 10), ("PLAN_READ", Showcase, 10), ("SOCIAL_CAPITAL_READ", Showcase, 10)],
            entries.GroupBy(e => e).Select(g => (g.Key.Item1, g.Key.Item2, g.Count())).Order());
    }

    [Fact]
    public async Task Every_attempt_to_read_a_person_is_audited_allowed_or_not()
    {
        var subject = $"per-0002-audit-{Guid.NewGuid():N}"[..30];
        await app.CreateClient(TheirOffenderManager with { Subject = "j.smith" }).PostAsync($"{{ person(id: \"{subject}\") {{ id }} }}");
        await app.CreateClient(new Caller(CallerRole.Partner, null, "org-0001")).PostAsync($"{{ person(id: \"{subject}\") {{ id }} }}");
        // Nobody signed in is refused before anything is read, so there is no one to record.
        await app.CreateClient().PostAsync($"{{ person(id: \"{subject}\") {{ id }} }}");

        var data = await app.CreateClient(Admin).DataAsync($"{{ auditTrail(where: {{targetId: \"{subject}\"}}) {{ totalCount nodes {{ action actorRole actorId }} }} }}");

        var entries = data["auditTrail"]!["nodes"]!.AsArray();
        Assert.Equal(2, data["auditTrail"]!["totalCount"]!.GetValue<int>());
        Assert.All(entries, e => Assert.Equal("PERSON_READ", e!["action"]!.GetValue<string>()));
        Assert.Equal(["OFFENDER_MANAGER", "PARTNER"], entries.Select(e => e!["actorRole"]!.GetValue<string>()).Order());
        Assert.Equal(["j.smith", "org-0001"], entries.Select(e => e!["actorId"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task The_audit_trail_finds_an_entry_by_the_user_the_practitioner_or_the_organisation_it_names()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var subject = $"per-audit-{run}";
        var offenderManager = new Caller(CallerRole.OffenderManager, $"prc-{run}", null, $"j.smith-{run}");
        var partner = new Caller(CallerRole.Partner, null, $"org-{run}", $"a.lee-{run}");
        await app.CreateClient(offenderManager).PostAsync($"{{ person(id: \"{subject}\") {{ id }} }}");
        await app.CreateClient(partner).PostAsync($"{{ person(id: \"{subject}\") {{ id }} }}");

        foreach (var (actor, user) in new[] { ($"j.smith-{run}", $"j.smith-{run}"), ($"prc-{run}", $"j.smith-{run}"), ($"a.lee-{run}", $"a.lee-{run}"), ($"org-{run}", $"a.lee-{run}") })
        {
            var data = await app.CreateClient(Admin).DataAsync(
                $"{{ auditTrail(where: {{actorId: \"{actor}\"}}) {{ nodes {{ targetId actorId actorUserId actorPractitionerId actorOrganisationId }} }} }}");

            var entry = Assert.Single(data["auditTrail"]!["nodes"]!.AsArray())!;
            Assert.Equal(subject, entry["targetId"]!.GetValue<string>());
            Assert.Equal(user, entry["actorId"]!.GetValue<string>());
            Assert.Equal(user, entry["actorUserId"]!.GetValue<string>());
            Assert.Equal(user == offenderManager.Subject ? offenderManager.PractitionerId : null, entry["actorPractitionerId"]?.GetValue<string>());
            Assert.Equal(user == partner.Subject ? partner.OrganisationId : null, entry["actorOrganisationId"]?.GetValue<string>());
        }
    }

    [Fact]
    public async Task An_entry_written_before_the_three_actors_were_kept_is_still_found_by_its_actor()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var cypher = await app.Neo4j.CreateClientAsync();
        await cypher.RunAsync(new Rehab.Graph.Neo4j.Client.CypherStatement("test: an audit entry as written before", """
            MERGE (t:AuditTarget {id: 'svc-0001'})
            CREATE (t)-[:HAS_AUDIT_ENTRY]->({id: $id, at: '2026-01-05T09:00:00.0000000Z', actorRole: 'PARTNER', actorId: $actor, action: 'SERVICE_UPSERTED', targetId: 'svc-0001'})
            """, new Dictionary<string, object?> { ["id"] = $"aud-old-{run}", ["actor"] = $"org-old-{run}" }));

        var data = await app.CreateClient(Admin).DataAsync(
            $"{{ auditTrail(where: {{actorId: \"org-old-{run}\"}}) {{ nodes {{ id actorId actorUserId actorPractitionerId actorOrganisationId }} }} }}");

        var entry = Assert.Single(data["auditTrail"]!["nodes"]!.AsArray())!;
        Assert.Equal(($"aud-old-{run}", $"org-old-{run}"), (entry["id"]!.GetValue<string>(), entry["actorId"]!.GetValue<string>()));
        Assert.Null(entry["actorUserId"]);
        Assert.Null(entry["actorOrganisationId"]);
    }

    [Fact]
    public async Task Connecting_by_person_reads_their_record_and_is_audited_allowed_or_not()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var theirs = TheirOffenderManager with { Subject = $"om-{run}" };
        var other = new Caller(CallerRole.OffenderManager, "prc-02", null, $"other-{run}");
        const string Connect = $"{{ connect(input: {{personId: \"{PersonId}\", first: 1}}) {{ services {{ score }} }} }}";

        (await app.CreateClient(theirs).PostAsync(Connect)).AssertNoErrors();
        Assert.Equal("FORBIDDEN", (await app.CreateClient(other).PostAsync(Connect)).SingleError().Code);

        foreach (var actor in new[] { theirs.Subject, other.Subject })
        {
            var data = await app.CreateClient(Admin).DataAsync($"{{ auditTrail(where: {{targetId: \"{PersonId}\", actorId: \"{actor}\"}}) {{ nodes {{ action summary }} }} }}");
            var entry = Assert.Single(data["auditTrail"]!["nodes"]!.AsArray())!;
            Assert.Equal(("PERSON_READ", "connect"), (entry["action"]!.GetValue<string>(), entry["summary"]!.GetValue<string>()));
        }
    }

    [Theory]
    [InlineData("PARTNER", "FORBIDDEN")]
    [InlineData("OFFENDER_MANAGER", "FORBIDDEN")]
    [InlineData("ANONYMOUS", "UNAUTHENTICATED")]
    public async Task Only_admins_read_the_audit_trail(string role, string code)
    {
        var caller = new Caller(Rehab.Graph.Domain.Taxonomy.EnumCodes.Parse<CallerRole>(role), role == "OFFENDER_MANAGER" ? "prc-07" : null, role == "PARTNER" ? "org-0001" : null);

        var response = await app.CreateClient(caller).PostAsync("{ auditTrail { totalCount } }");

        Assert.Equal(code, response.SingleError().Code);
    }

    [Theory]
    [InlineData("{ auditTrail(where: {targetId: \"$long\"}) { totalCount } }", "where.targetId")]
    [InlineData("{ auditTrail(where: {action: \"$long\"}) { totalCount } }", "where.action")]
    [InlineData("{ auditTrail(first: 500) { totalCount } }", "first")]
    public async Task Bad_audit_trail_filters_are_refused(string query, string field)
    {
        var response = await app.CreateClient(Admin).PostAsync(query.Replace("$long", new string('x', 65), StringComparison.Ordinal));

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
    }

    private static IEnumerable<string> Ids(JsonNode connection) => connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>());
}
