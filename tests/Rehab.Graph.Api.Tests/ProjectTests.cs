using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Connector;
using static Rehab.Graph.Api.Tests.FundFixtures;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Co-produced projects through HTTP on the real graph: started by a person on probation or their offender manager, run,
/// joined and closed; members shown only to those who may see them; grants awarded and spent under the personal funds'
/// ledger rules, also under concurrent spends; and a running project offered by connect with its own reasons.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class ProjectTests(ReferralArea area)
{
    private const string Location = "{latitude: 50.72, longitude: -3.53}";
    private const string ProjectSelection = "id title aims kind status needs { code } strengths memberCount members { personId founder } grantPence grantBalancePence version";

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _otherOm = area.CreateClient(ReferralArea.OtherOffenderManager);
    private readonly GraphQLClient _admin = area.CreateClient(ReferralArea.Admin);
    private readonly GraphQLClient _anonymous = area.CreateClient();

    [Fact]
    public async Task An_offender_manager_starts_a_project_with_someone_on_their_caseload_and_runs_it()
    {
        var founder = await area.NewPersonAsync();

        var created = (await _om.DataAsync(
            $"mutation {{ createProject(input: {{title: \" Exe Valley Bikes \", aims: \"Fix up bikes for people who need one\", kind: SERVICE, needs: [\"ALCOHOL\"], memberIds: [\"{founder}\"], location: {Location}, contact: {{email: \"bikes@exe.example\"}}}}) {{ {ProjectSelection} contact {{ email }} }} }}"))["createProject"]!;
        var id = created["id"]!.GetValue<string>();
        var running = (await _om.DataAsync($"mutation {{ setProjectStatus(input: {{projectId: \"{id}\", status: RUNNING}}) {{ status version }} }}"))["setProjectStatus"]!;

        Assert.StartsWith("prj-", id, StringComparison.Ordinal);
        Assert.Equal("Exe Valley Bikes SERVICE PROPOSED 1", $"{created["title"]} {created["kind"]} {created["status"]} {created["version"]}");
        Assert.Equal(["ALCOHOL"], created["needs"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
        Assert.Equal($"{founder} true", $"{created["members"]![0]!["personId"]} {created["members"]![0]!["founder"]}");
        Assert.Equal("bikes@exe.example", created["contact"]!["email"]!.GetValue<string>());
        Assert.Equal("RUNNING 2", $"{running["status"]} {running["version"]}");
    }

    [Fact]
    public async Task Members_are_shown_only_to_an_admin_their_offender_manager_and_themselves()
    {
        var founder = await area.NewPersonAsync();
        var id = await ProjectAsync(founder, running: true);
        await _admin.DataAsync($"mutation {{ awardGrant(input: {{projectId: \"{id}\", amountPence: 500}}) {{ id }} }}");
        var query = $"{{ node(id: \"{id}\") {{ ... on Project {{ memberCount members {{ personId }} grant {{ id }} }} }} }}";

        var seen = new Dictionary<string, string>();
        foreach (var (who, client) in new[] { ("admin", _admin), ("om", _om), ("other om", _otherOm), ("partner", area.CreateClient(ReferralArea.HostPartner)), ("anonymous", _anonymous) })
        {
            var node = (await client.DataAsync(query))["node"]!;
            seen[who] = $"{node["memberCount"]} [{string.Join(",", node["members"]!.AsArray().Select(m => m!["personId"]!.GetValue<string>()))}] {(node["grant"] is null ? "no grant" : "grant")}";
        }

        Assert.Equal($"1 [{founder}] grant", seen["admin"]);
        Assert.Equal($"1 [{founder}] grant", seen["om"]);
        Assert.Equal("1 [] no grant", seen["other om"]);
        Assert.Equal("1 [] no grant", seen["partner"]);
        Assert.Equal("1 [] no grant", seen["anonymous"]);
    }

    [Fact]
    public async Task A_member_reads_their_projects_grant_and_sees_themselves_among_its_members()
    {
        var founder = await area.NewPersonAsync();
        var id = await ProjectAsync(founder, running: true);
        await _admin.DataAsync($"mutation {{ awardGrant(input: {{projectId: \"{id}\", amountPence: 500}}) {{ id }} }}");
        var member = area.CreateClient(new Caller(CallerRole.Person, null, null, PersonId: founder));

        var mine = (await member.DataAsync("{ me { projects { id grant { holder balancePence entries { kind amountPence } } members { personId } } } }"))["me"]!["projects"]!.AsArray();

        var project = Assert.Single(mine)!;
        Assert.Equal(id, project["id"]!.GetValue<string>());
        Assert.Equal($$"""{"holder":"{{id}}","balancePence":500,"entries":[{"kind":"ALLOCATION","amountPence":500}]}""", project["grant"]!.ToJsonString());
        Assert.Equal([founder], project["members"]!.AsArray().Select(m => m!["personId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_person_on_probation_starts_their_own_project_and_sees_it_as_theirs()
    {
        var me = area.CreateClient(ReferralArea.PersonOnProbation);

        var created = (await me.DataAsync($"mutation {{ createProject(input: {{title: \"Cook and share\", kind: GROUP, needs: [\"ACCOMMODATION\"], location: {Location}}}) {{ id status members {{ personId founder }} }} }}"))["createProject"]!;
        var mine = (await me.DataAsync("{ me { projects { id status } } }"))["me"]!["projects"]!.AsArray();
        var forSomeoneElse = await me.PostAsync($"mutation {{ createProject(input: {{title: \"Not mine\", kind: GROUP, needs: [\"ACCOMMODATION\"], location: {Location}, memberIds: [\"{await area.NewPersonAsync()}\"]}}) {{ id }} }}");
        var directory = await me.PostAsync("{ projects { totalCount } }");

        Assert.Equal("PROPOSED", created["status"]!.GetValue<string>());
        Assert.Equal($"{ReferralArea.PersonOnProbation.PersonId} true", $"{created["members"]![0]!["personId"]} {created["members"]![0]!["founder"]}");
        Assert.Contains(mine, p => p!["id"]!.GetValue<string>() == created["id"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", forSomeoneElse.SingleError().Code);
        Assert.Equal("FORBIDDEN", directory.SingleError().Code);
    }

    public static TheoryData<string, string, string?> BadProjects => new()
    {
        { "title: \"  \", kind: GROUP, needs: [\"ALCOHOL\"]", "BAD_USER_INPUT", "input.title" },
        { "title: \"T\", kind: GROUP, needs: []", "BAD_USER_INPUT", "input.needs" },
        { "title: \"T\", kind: GROUP, needs: [\"FLYING\"]", "BAD_USER_INPUT", "input.needs" },
        { "title: \"T\", kind: GROUP, needs: [\"ALCOHOL\"], strengths: [\"FLYING\"]", "BAD_USER_INPUT", "input.strengths" },
        { "title: \"T\", kind: GROUP, needs: [\"ALCOHOL\"], memberIds: [\"svc-devon-housing\"]", "BAD_USER_INPUT", "input.memberIds[0]" },
        { "title: \"T\", kind: GROUP, needs: [\"ALCOHOL\"], memberIds: [\"per-devon-nobody\"]", "NOT_FOUND", "input.memberIds" },
        { "title: \"T\", kind: GROUP, needs: [\"ALCOHOL\"], memberIds: []", "BAD_USER_INPUT", "input.memberIds" },
        { "title: \"T\", kind: GROUP, needs: [\"ALCOHOL\"], memberIds: [\"per-devon-self\"], contact: {email: \"nope\"}", "BAD_USER_INPUT", "input.contact.email" },
        { "title: \"T\", kind: GROUP, needs: [\"ALCOHOL\"], memberIds: [\"per-devon-self\"], womenOnly: true", "BAD_USER_INPUT", "input.memberIds" },
    };

    [Theory]
    [MemberData(nameof(BadProjects))]
    public async Task Bad_input_is_refused_naming_the_field_and_writes_nothing(string input, string code, string? field)
    {
        var before = await CountAsync();

        var response = await _admin.PostAsync($"mutation {{ createProject(input: {{{input}, location: {Location}}}) {{ id }} }}");

        Assert.Equal((code, field), response.SingleError());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_offender_manager_works_only_on_projects_with_a_member_on_their_caseload()
    {
        var theirs = await area.NewPersonAsync(ReferralArea.OtherOffenderManager);
        var id = await ProjectAsync(await area.NewPersonAsync());

        var create = await _om.PostAsync($"mutation {{ createProject(input: {{title: \"T\", kind: GROUP, needs: [\"ALCOHOL\"], location: {Location}, memberIds: [\"{theirs}\"]}}) {{ id }} }}");
        var status = await _otherOm.PostAsync($"mutation {{ setProjectStatus(input: {{projectId: \"{id}\", status: RUNNING}}) {{ id }} }}");
        var join = await _otherOm.PostAsync($"mutation {{ joinProject(input: {{projectId: \"{id}\", personId: \"{await area.NewPersonAsync()}\"}}) {{ id }} }}");
        var joinOwn = await _otherOm.DataAsync($"mutation {{ joinProject(input: {{projectId: \"{id}\", personId: \"{theirs}\"}}) {{ memberCount members {{ personId }} }} }}");
        var nowTheirsToo = await _otherOm.PostAsync($"mutation {{ setProjectStatus(input: {{projectId: \"{id}\", status: RUNNING}}) {{ status }} }}");

        Assert.Equal("FORBIDDEN", create.SingleError().Code);
        Assert.Equal("FORBIDDEN", status.SingleError().Code);
        Assert.Equal("FORBIDDEN", join.SingleError().Code);
        Assert.Equal($"2 {theirs}", $"{joinOwn["joinProject"]!["memberCount"]} {string.Join(",", joinOwn["joinProject"]!["members"]!.AsArray().Select(m => m!["personId"]!.GetValue<string>()))}");
        Assert.Empty(nowTheirsToo.Errors);
    }

    [Fact]
    public async Task A_status_follows_the_lifecycle_and_a_closed_project_takes_no_one()
    {
        var id = await ProjectAsync(await area.NewPersonAsync());
        var paused = await _om.PostAsync($"mutation {{ setProjectStatus(input: {{projectId: \"{id}\", status: PAUSED}}) {{ id }} }}");
        await _om.DataAsync($"mutation {{ setProjectStatus(input: {{projectId: \"{id}\", status: CLOSED}}) {{ id }} }}");

        var reopened = await _om.PostAsync($"mutation {{ setProjectStatus(input: {{projectId: \"{id}\", status: RUNNING}}) {{ id }} }}");
        var joined = await _om.PostAsync($"mutation {{ joinProject(input: {{projectId: \"{id}\", personId: \"{await area.NewPersonAsync()}\"}}) {{ id }} }}");
        var unknown = await _om.PostAsync("mutation { setProjectStatus(input: {projectId: \"prj-nothing\", status: RUNNING}) { id } }");
        var wrongKind = await _om.PostAsync("mutation { setProjectStatus(input: {projectId: \"per-devon-self\", status: RUNNING}) { id } }");

        Assert.Equal("CONFLICT", paused.SingleError().Code);
        Assert.Equal("CONFLICT", reopened.SingleError().Code);
        Assert.Equal("CONFLICT", joined.SingleError().Code);
        Assert.Equal(("NOT_FOUND", "input.projectId"), unknown.SingleError());
        Assert.Equal(("BAD_USER_INPUT", "input.projectId"), wrongKind.SingleError());
    }

    [Fact]
    public async Task A_person_joins_once_and_a_women_only_project_takes_women_only()
    {
        var me = area.CreateClient(ReferralArea.PersonOnProbation);
        var id = await ProjectAsync(await area.NewPersonAsync());
        await WomensCentreAsync(area);
        var women = await ProjectAsync(await WomanAsync(area), womenOnly: true);

        var joined = await me.DataAsync($"mutation {{ joinProject(input: {{projectId: \"{id}\", personId: \"{ReferralArea.PersonOnProbation.PersonId}\"}}) {{ memberCount members {{ personId founder }} }} }}");
        var again = await me.PostAsync($"mutation {{ joinProject(input: {{projectId: \"{id}\", personId: \"{ReferralArea.PersonOnProbation.PersonId}\"}}) {{ id }} }}");
        var someoneElse = await me.PostAsync($"mutation {{ joinProject(input: {{projectId: \"{id}\", personId: \"{await area.NewPersonAsync()}\"}}) {{ id }} }}");
        var aMan = await _om.PostAsync($"mutation {{ joinProject(input: {{projectId: \"{women}\", personId: \"{await area.NewPersonAsync()}\"}}) {{ id }} }}");
        var aWoman = await _om.PostAsync($"mutation {{ joinProject(input: {{projectId: \"{women}\", personId: \"{await WomanAsync(area)}\"}}) {{ memberCount }} }}");

        Assert.Equal($"2 {ReferralArea.PersonOnProbation.PersonId} false", $"{joined["joinProject"]!["memberCount"]} {joined["joinProject"]!["members"]![0]!["personId"]} {joined["joinProject"]!["members"]![0]!["founder"]}");
        Assert.Equal("CONFLICT", again.SingleError().Code);
        Assert.Equal("FORBIDDEN", someoneElse.SingleError().Code);
        Assert.Equal(("BAD_USER_INPUT", "input.personId"), aMan.SingleError());
        Assert.Empty(aWoman.Errors);
    }

    [Fact]
    public async Task Money_comes_back_into_a_grant_from_one_of_its_spends_never_more_than_was_spent()
    {
        var founder = await area.NewPersonAsync();
        var id = await ProjectAsync(founder);
        var award = (await _admin.DataAsync($"mutation {{ awardGrant(input: {{projectId: \"{id}\", amountPence: 1000}}) {{ id }} }}"))["awardGrant"]!["id"]!.GetValue<string>();
        var spend = (await _om.DataAsync($"mutation {{ spendFromGrant(input: {{projectId: \"{id}\", amountPence: 300, description: \"Work stands\"}}) {{ id }} }}"))["spendFromGrant"]!["id"]!.GetValue<string>();
        await AllocateAsync(area, founder, 500);
        var personalSpend = await SpendAsync(area, founder, await GoalAsync(area, founder), 100);

        var refund = (await _om.DataAsync($"mutation {{ refundToGrant(input: {{entryId: \"{spend}\", amountPence: 100, description: \"One stand returned\"}}) {{ kind amountPence refundOf }} }}"))["refundToGrant"]!;
        var tooMuch = await _om.PostAsync($"mutation {{ refundToGrant(input: {{entryId: \"{spend}\", amountPence: 201}}) {{ id }} }}");
        var ofTheAward = await _admin.PostAsync($"mutation {{ refundToGrant(input: {{entryId: \"{award}\", amountPence: 1}}) {{ id }} }}");
        var ofAPersonalFund = await _om.PostAsync($"mutation {{ refundToGrant(input: {{entryId: \"{personalSpend}\", amountPence: 1}}) {{ id }} }}");
        var notAnEntry = await _om.PostAsync($"mutation {{ refundToGrant(input: {{entryId: \"{id}\", amountPence: 1}}) {{ id }} }}");
        var otherOm = await _otherOm.PostAsync($"mutation {{ refundToGrant(input: {{entryId: \"{spend}\", amountPence: 1}}) {{ id }} }}");
        var project = (await _admin.DataAsync($"{{ node(id: \"{id}\") {{ ... on Project {{ grantBalancePence grant {{ entries {{ kind amountPence }} }} }} }} }}"))["node"]!;

        Assert.Equal($$"""{"kind":"REFUND","amountPence":100,"refundOf":"{{spend}}"}""", refund.ToJsonString());
        Assert.Equal("CONFLICT", tooMuch.SingleError().Code);
        Assert.Equal(("BAD_USER_INPUT", "input.entryId"), ofTheAward.SingleError());
        Assert.Equal(("NOT_FOUND", "input.entryId"), ofAPersonalFund.SingleError());
        Assert.Equal(("BAD_USER_INPUT", "input.entryId"), notAnEntry.SingleError());
        Assert.Equal("FORBIDDEN", otherOm.SingleError().Code);
        Assert.Equal(800, project["grantBalancePence"]!.GetValue<int>());
        Assert.Equal(["ALLOCATION 1000", "SPEND 300", "REFUND 100"], project["grant"]!["entries"]!.AsArray().Select(e => $"{e!["kind"]} {e["amountPence"]}"));
    }

    [Fact]
    public async Task A_grant_is_awarded_by_an_admin_and_spent_with_a_members_offender_manager_and_never_overspent()
    {
        var id = await ProjectAsync(await area.NewPersonAsync());

        var award = (await _admin.DataAsync($"mutation {{ awardGrant(input: {{projectId: \"{id}\", amountPence: 1000, description: \"Community chest\"}}) {{ kind amountPence approvedBy }} }}"))["awardGrant"]!;
        var spend = (await _om.DataAsync($"mutation {{ spendFromGrant(input: {{projectId: \"{id}\", amountPence: 300, description: \"Inner tubes\"}}) {{ kind amountPence approvedBy }} }}"))["spendFromGrant"]!;
        var over = await _om.PostAsync($"mutation {{ spendFromGrant(input: {{projectId: \"{id}\", amountPence: 701, description: \"Too much\"}}) {{ id }} }}");
        var otherOm = await _otherOm.PostAsync($"mutation {{ spendFromGrant(input: {{projectId: \"{id}\", amountPence: 1, description: \"Not theirs\"}}) {{ id }} }}");
        var byOm = await _om.PostAsync($"mutation {{ awardGrant(input: {{projectId: \"{id}\", amountPence: 1}}) {{ id }} }}");
        var zero = await _admin.PostAsync($"mutation {{ awardGrant(input: {{projectId: \"{id}\", amountPence: 0}}) {{ id }} }}");
        var noWords = await _om.PostAsync($"mutation {{ spendFromGrant(input: {{projectId: \"{id}\", amountPence: 1, description: \" \"}}) {{ id }} }}");
        var unknown = await _admin.PostAsync("mutation { awardGrant(input: {projectId: \"prj-nothing\", amountPence: 100}) { id } }");
        var project = (await _om.DataAsync($"{{ node(id: \"{id}\") {{ ... on Project {{ grantPence grantBalancePence grant {{ id holder balancePence entries {{ kind amountPence description }} }} }} }} }}"))["node"]!;

        Assert.Equal("ALLOCATION 1000 admin@test", $"{award["kind"]} {award["amountPence"]} {award["approvedBy"]}");
        Assert.Equal("SPEND 300 prc-devon-1", $"{spend["kind"]} {spend["amountPence"]} {spend["approvedBy"]}");
        Assert.Equal("CONFLICT", over.SingleError().Code);
        Assert.Equal("FORBIDDEN", otherOm.SingleError().Code);
        Assert.Equal("FORBIDDEN", byOm.SingleError().Code);
        Assert.Equal(("BAD_USER_INPUT", "input.amountPence"), zero.SingleError());
        Assert.Equal(("BAD_USER_INPUT", "input.description"), noWords.SingleError());
        Assert.Equal(("NOT_FOUND", "input.projectId"), unknown.SingleError());
        Assert.Equal("1000 700", $"{project["grantPence"]} {project["grantBalancePence"]}");
        Assert.Equal($"fnd-{id} {id} 700", $"{project["grant"]!["id"]} {project["grant"]!["holder"]} {project["grant"]!["balancePence"]}");
        Assert.Equal(["ALLOCATION 1000 Community chest", "SPEND 300 Inner tubes"], project["grant"]!["entries"]!.AsArray().Select(e => $"{e!["kind"]} {e["amountPence"]} {e["description"]}"));
    }

    /// <summary>Sixteen spends of 300 pence race for a grant of 1,000, from the offender manager and an admin: in every round exactly three win.</summary>
    [Fact]
    public async Task Concurrent_spends_never_take_a_grant_below_zero_in_any_round()
    {
        var clients = new[] { _om, _admin };
        for (var round = 0; round < 6; round++)
        {
            var id = await ProjectAsync(await area.NewPersonAsync());
            await _admin.DataAsync($"mutation {{ awardGrant(input: {{projectId: \"{id}\", amountPence: 1000}}) {{ id }} }}");

            var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => clients[i % 2].PostAsync(
                $"mutation {{ spendFromGrant(input: {{projectId: \"{id}\", amountPence: 300, description: \"Spend {i}\"}}) {{ id }} }}")));
            var grant = (await _admin.DataAsync($"{{ node(id: \"{id}\") {{ ... on Project {{ grantBalancePence grant {{ entries {{ kind }} }} }} }} }}"))["node"]!;

            Assert.Equal(3, responses.Count(r => r.Errors.Count == 0));
            Assert.All(responses.Where(r => r.Errors.Count > 0), r => Assert.Equal("CONFLICT", r.SingleError().Code));
            Assert.Equal(100, grant["grantBalancePence"]!.GetValue<int>());
            Assert.Equal(["ALLOCATION", "SPEND", "SPEND", "SPEND"], grant["grant"]!["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task The_directory_lists_running_projects_to_anyone_and_the_rest_to_those_who_work_on_them()
    {
        var proposed = await ProjectAsync(await area.NewPersonAsync(), title: "Directory proposed");
        var running = await ProjectAsync(await area.NewPersonAsync(), running: true, title: "Directory running");

        var anyone = await _anonymous.DataAsync("{ projects(where: {text: \"directory\"}, near: {point: {latitude: 50.72, longitude: -3.53}, radiusKm: 5}) { totalCount nodes { id distanceKm } } }");
        var asked = await _anonymous.PostAsync("{ projects(where: {statuses: [PROPOSED]}) { totalCount } }");
        var om = await _om.DataAsync("{ projects(where: {text: \"directory\", statuses: [PROPOSED, RUNNING]}) { nodes { id } } }");
        var proposedNode = await _anonymous.DataAsync($"{{ node(id: \"{proposed}\") {{ id }} }}");
        var tooLong = await _anonymous.PostAsync($"{{ projects(where: {{text: \"{new string('x', 101)}\"}}) {{ totalCount }} }}");

        Assert.Equal([running], anyone["projects"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(0.0, anyone["projects"]!["nodes"]![0]!["distanceKm"]!.GetValue<double>());
        Assert.Equal("UNAUTHENTICATED", asked.SingleError().Code);
        Assert.Equal("FORBIDDEN", (await area.CreateClient(ReferralArea.HostPartner).PostAsync("{ projects(where: {statuses: [PROPOSED]}) { totalCount } }")).SingleError().Code);
        Assert.Equal(new[] { proposed, running }.Order(), om["projects"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Where(i => i == proposed || i == running).Order());
        Assert.Null(proposedNode["node"]);
        Assert.Equal(("BAD_USER_INPUT", "where.text"), tooLong.SingleError());
    }

    [Fact]
    public async Task Connect_offers_a_running_project_run_by_people_with_lived_experience_and_not_a_proposed_one()
    {
        var founder = await area.NewPersonAsync();
        var running = await ProjectAsync(founder, running: true, title: "Sober Saturdays");
        var proposed = await ProjectAsync(await area.NewPersonAsync(), title: "Still planning");
        var seeker = await area.NewPersonAsync();
        const string selection = "projects { member reasons { code text } project { id } }";

        var offered = (await _om.DataAsync($"{{ connect(input: {{personId: \"{seeker}\", first: 50}}) {{ {selection} }} }}"))["connect"]!["projects"]!.AsArray();
        var toFounder = (await _om.DataAsync($"{{ connect(input: {{personId: \"{founder}\", first: 50}}) {{ {selection} }} }}"))["connect"]!["projects"]!.AsArray();
        var leftOut = (await _om.DataAsync($"{{ connect(input: {{personId: \"{founder}\", first: 50, excludeReferred: true}}) {{ {selection} }} }}"))["connect"]!["projects"]!.AsArray();

        var match = offered.Single(m => m!["project"]!["id"]!.GetValue<string>() == running)!;
        Assert.DoesNotContain(offered, m => m!["project"]!["id"]!.GetValue<string>() == proposed);
        Assert.False(match["member"]!.GetValue<bool>());
        Assert.Contains(match["reasons"]!.AsArray(), r => r!["code"]!.GetValue<string>() == "LIVED_EXPERIENCE"
            && r["text"]!.GetValue<string>() == "Run by people with lived experience of probation, as a group");
        Assert.Contains(match["reasons"]!.AsArray(), r => r!["code"]!.GetValue<string>() == "NEED");
        Assert.True(toFounder.Single(m => m!["project"]!["id"]!.GetValue<string>() == running)!["member"]!.GetValue<bool>());
        Assert.DoesNotContain(leftOut, m => m!["project"]!["id"]!.GetValue<string>() == running);
    }

    [Fact]
    public async Task Connect_reads_the_projects_for_a_person_beside_them_only_for_a_caller_who_reaches_them_and_for_their_needs_or_those_asked()
    {
        var running = await ProjectAsync(await area.NewPersonAsync(), running: true, title: "Around home");
        var seeker = await area.NewPersonAsync();
        const string Selection = "projects { project { id } }";

        var forTheirNeeds = await _om.PostAsync($"{{ connect(input: {{personId: \"{seeker}\", first: 50}}) {{ {Selection} }} }}");
        var forWork = await _om.PostAsync($"{{ connect(input: {{personId: \"{seeker}\", needs: [\"DRUGS\"], first: 50}}) {{ {Selection} }} }}");
        var nearby = await _om.PostAsync($"{{ connect(input: {{personId: \"{seeker}\", near: {{point: {Location}, radiusKm: 2}}, first: 50}}) {{ {Selection} }} }}");
        var reached = await area.Cypher.QueryAsync(ConnectorQueries.ProjectsFor(seeker, new(ReferralArea.OffenderManager.PractitionerId, null), null, 10, needs: null));
        var unreached = await area.Cypher.QueryAsync(ConnectorQueries.ProjectsFor(seeker, new(ReferralArea.OtherOffenderManager.PractitionerId, null), null, 10, needs: null));
        var noOne = await area.Cypher.QueryAsync(ConnectorQueries.ProjectsFor(seeker, new(null, null), null, 10, needs: []));
        var forOtherNeeds = await area.Cypher.QueryAsync(ConnectorQueries.ProjectsFor(seeker, new(ReferralArea.OffenderManager.PractitionerId, null), null, 10, needs: ["DRUGS"]));

        Assert.Contains(running, Offered(forTheirNeeds));
        Assert.DoesNotContain(running, Offered(forWork));
        Assert.Contains(running, Offered(nearby));
        // The first may also read the directory whole, when it is the hub's first connect since the area was written.
        Assert.Equal((1, 1), (forWork.RoundTrips, nearby.RoundTrips));
        Assert.Contains(running, reached.Items.Select(p => p.Id));
        Assert.DoesNotContain(running, forOtherNeeds.Items.Select(p => p.Id));
        Assert.Equal((0, 0), (unreached.TotalCount, noOne.TotalCount));

        static IEnumerable<string> Offered(GraphQLResponse answer) => answer.AssertNoErrors().Data!["connect"]!["projects"]!.AsArray().Select(m => m!["project"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_change_is_on_the_audit_trail()
    {
        var id = await ProjectAsync(await area.NewPersonAsync(), running: true);
        await area.CreateClient(ReferralArea.PersonOnProbation).DataAsync($"mutation {{ joinProject(input: {{projectId: \"{id}\", personId: \"{ReferralArea.PersonOnProbation.PersonId}\"}}) {{ id }} }}");

        var trail = await _admin.DataAsync($"{{ auditTrail(where: {{targetId: \"{id}\"}}, first: 20) {{ nodes {{ action actorId }} }} }}");

        Assert.Equal(
            ["PROJECT_CREATED admin@test", "PROJECT_JOINED per-devon-self", "PROJECT_STATUS_SET prc-devon-1"],
            trail["auditTrail"]!["nodes"]!.AsArray().Select(n => $"{n!["action"]} {n["actorId"]}").Order(StringComparer.Ordinal));
    }

    /// <summary>A new project an admin starts with <paramref name="founder"/> for ALCOHOL; RUNNING (by the offender manager) when asked.</summary>
    private async Task<string> ProjectAsync(string founder, bool running = false, bool womenOnly = false, string title = "Test project")
    {
        var created = await _admin.DataAsync(
            $"mutation {{ createProject(input: {{title: \"{title}\", kind: GROUP, needs: [\"ALCOHOL\"], memberIds: [\"{founder}\"], location: {Location}, womenOnly: {(womenOnly ? "true" : "false")}}}) {{ id }} }}");
        var id = created["createProject"]!["id"]!.GetValue<string>();
        if (running)
        {
            await (womenOnly ? _admin : _om).DataAsync($"mutation {{ setProjectStatus(input: {{projectId: \"{id}\", status: RUNNING}}) {{ id }} }}");
        }

        return id;
    }

    private async Task<int> CountAsync() =>
        (await _admin.DataAsync("{ projects(where: {statuses: [PROPOSED, RUNNING, PAUSED, CLOSED]}) { totalCount } }"))["projects"]!["totalCount"]!.GetValue<int>();
}
