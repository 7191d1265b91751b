using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using static Rehab.Graph.Api.Tests.FundFixtures;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Personal funds through HTTP on the real graph: allocations by an admin, spends tied to the person's goals and refunds by
/// their offender manager or the women's service holding the fund, the statement, who reaches what, bad input, and the
/// balance that never goes below zero, also under concurrent spends.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class FundTests(ReferralArea area)
{
    private const string FundSelection = "id holder balancePence entries { id at kind amountPence description approvedBy goalId refundOf }";

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _admin = area.CreateClient(ReferralArea.Admin);

    [Fact]
    public async Task An_admin_allocates_the_offender_manager_spends_on_a_goal_and_refunds_and_the_statement_adds_up()
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(area, person);

        var allocated = (await _admin.DataAsync(
            $"mutation {{ allocateFund(input: {{personId: \"{person}\", amountPence: 1000, description: \" Personal budget \"}}) {{ kind amountPence description approvedBy goalId }} }}"))["allocateFund"]!;
        var spent = (await _om.DataAsync(
            $"mutation {{ spendFromFund(input: {{personId: \"{person}\", goalId: \"{goal}\", amountPence: 300, description: \"College application fee\"}}) {{ id kind amountPence approvedBy goalId }} }}"))["spendFromFund"]!;
        var spendId = spent["id"]!.GetValue<string>();
        var refunded = (await _om.DataAsync(
            $"mutation {{ refundToFund(input: {{entryId: \"{spendId}\", amountPence: 100, description: \"Fee waived in part\"}}) {{ kind amountPence goalId refundOf }} }}"))["refundToFund"]!;
        var fund = await FundAsync(_om, person);

        Assert.Equal("ALLOCATION 1000 Personal budget admin@test -", Line(allocated));
        Assert.Equal($"SPEND 300 prc-devon-1 {goal}", $"{spent["kind"]} {spent["amountPence"]} {spent["approvedBy"]} {spent["goalId"]}");
        Assert.Equal($"REFUND 100 {goal} {spendId}", $"{refunded["kind"]} {refunded["amountPence"]} {refunded["goalId"]} {refunded["refundOf"]}");
        Assert.Equal($"fnd-{person}", fund["id"]!.GetValue<string>());
        Assert.Equal("prc-devon-1", fund["holder"]!.GetValue<string>());
        Assert.Equal(800, fund["balancePence"]!.GetValue<int>());
        Assert.Equal(
            ["ALLOCATION 1000 Personal budget admin@test -", $"SPEND 300 College application fee prc-devon-1 {goal}", $"REFUND 100 Fee waived in part prc-devon-1 {goal}"],
            fund["entries"]!.AsArray().Select(e => Line(e!)));
        Assert.Equal(spendId, fund["entries"]![2]!["refundOf"]!.GetValue<string>());
        var times = fund["entries"]!.AsArray().Select(e => e!["at"]!.GetValue<string>()).ToList();
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
    }

    [Fact]
    public async Task Each_entry_and_each_read_is_on_the_audit_trail()
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(area, person);
        var allocation = await AllocateAsync(area, person, 1000);
        var spend = await SpendAsync(area, person, goal, 400);
        var refund = (await _om.DataAsync($"mutation {{ refundToFund(input: {{entryId: \"{spend}\", amountPence: 50}}) {{ id }} }}"))["refundToFund"]!["id"]!.GetValue<string>();
        await FundAsync(_om, person);
        await area.CreateClient(ReferralArea.OtherOffenderManager).PostAsync($"{{ fund(personId: \"{person}\") {{ id }} }}");

        var entries = new List<string>();
        foreach (var target in new[] { allocation, spend, refund, person })
        {
            var trail = await _admin.DataAsync($"{{ auditTrail(where: {{targetId: \"{target}\"}}, first: 20) {{ nodes {{ action actorId summary }} }} }}");
            entries.AddRange(trail["auditTrail"]!["nodes"]!.AsArray().Where(n => n!["action"]!.GetValue<string>().StartsWith("FUND_", StringComparison.Ordinal))
                .Select(n => $"{n!["action"]} {n["actorId"]}"));
        }

        Assert.Equal(
            ["FUND_ALLOCATED admin@test", "FUND_READ prc-devon-1", "FUND_READ prc-devon-2", "FUND_REFUNDED prc-devon-1", "FUND_SPENT prc-devon-1"],
            entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_person_with_no_fund_has_none_and_an_unknown_person_none()
    {
        var person = await area.NewPersonAsync();

        var data = await _om.DataAsync($"{{ known: fund(personId: \"{person}\") {{ id }} unknown: fund(personId: \"per-devon-nobody\") {{ id }} }}");
        var admin = await _admin.DataAsync($"{{ fund(personId: \"{person}\") {{ id }} }}");

        Assert.Null(data["known"]);
        Assert.Null(data["unknown"]);
        Assert.Null(admin["fund"]);
    }

    [Fact]
    public async Task A_womens_service_holds_a_womans_fund_and_its_partners_and_her_offender_manager_spend_it()
    {
        await WomensCentreAsync(area);
        var woman = await WomanAsync(area);
        var goal = await GoalAsync(area, woman);
        var partner = area.CreateClient(WomensCentrePartner);
        await AllocateAsync(area, woman, 2000, WomensCentre);

        var byPartner = (await partner.DataAsync(
            $"mutation {{ spendFromFund(input: {{personId: \"{woman}\", goalId: \"{goal}\", amountPence: 500, description: \"Interview clothes\"}}) {{ id approvedBy }} }}"))["spendFromFund"]!;
        var refundByPartner = await partner.DataAsync($"mutation {{ refundToFund(input: {{entryId: \"{byPartner["id"]}\", amountPence: 200}}) {{ id }} }}");
        await SpendAsync(area, woman, goal, 700);
        var again = await AllocateAsync(area, woman, 300);
        var elsewhere = await _admin.PostAsync($"mutation {{ allocateFund(input: {{personId: \"{woman}\", amountPence: 300, holderOrganisationId: \"{ReferralArea.HostOrganisation}\"}}) {{ id }} }}");
        var seen = await FundAsync(partner, woman);

        Assert.Equal(WomensCentre, byPartner["approvedBy"]!.GetValue<string>());
        Assert.NotNull(refundByPartner["refundToFund"]);
        Assert.NotNull(again);
        Assert.Equal("CONFLICT", elsewhere.SingleError().Code);
        Assert.Equal(WomensCentre, seen["holder"]!.GetValue<string>());
        Assert.Equal(2000 - 500 + 200 - 700 + 300, seen["balancePence"]!.GetValue<int>());
        Assert.Equal(["ALLOCATION", "SPEND", "REFUND", "SPEND", "ALLOCATION"], seen["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_womens_service_lists_the_funds_it_holds_with_the_goals_a_spend_needs_and_each_read_is_audited()
    {
        await WomensCentreAsync(area);
        var first = await WomanAsync(area);
        var second = await WomanAsync(area);
        var probations = await WomanAsync(area);
        var active = await GoalAsync(area, first);
        var achieved = await GoalAsync(area, first);
        var dropped = await GoalAsync(area, first);
        await AllocateAsync(area, first, 2000, WomensCentre);
        await AllocateAsync(area, second, 500, WomensCentre);
        await AllocateAsync(area, probations, 500);
        await SpendAsync(area, first, achieved, 300);
        await _om.DataAsync($"mutation {{ a: setGoalStatus(input: {{goalId: \"{achieved}\", status: ACHIEVED}}) {{ id }} d: setGoalStatus(input: {{goalId: \"{dropped}\", status: DROPPED}}) {{ id }} }}");
        var partner = area.CreateClient(WomensCentrePartner);

        var all = (await partner.DataAsync("{ fundsHeld { personId personName fund { holder balancePence entries { kind goalId } } goals { id text status } } }"))["fundsHeld"]!.AsArray();
        var oneResponse = await partner.PostAsync($"{{ fundsHeld(personId: \"{first}\") {{ personId }} }}");
        var one = oneResponse.Data!["fundsHeld"]!.AsArray();
        var notHeld = (await partner.DataAsync($"{{ fundsHeld(personId: \"{probations}\") {{ personId }} }}"))["fundsHeld"]!.AsArray();
        var elsewhere = (await area.CreateClient(ReferralArea.HostPartner).DataAsync("{ fundsHeld { personId } }"))["fundsHeld"]!.AsArray();

        var names = all.Select(h => h!["personName"]!.GetValue<string>()).ToList();
        var ours = all.Where(h => h!["personId"]!.GetValue<string>() is var id && (id == first || id == second || id == probations))
            .ToDictionary(h => h!["personId"]!.GetValue<string>());
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        // Ids compare as text: per-devon-woman-10 comes before per-devon-woman-9.
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
        Assert.Equal($"Person {first}", ours[first]!["personName"]!.GetValue<string>());
        Assert.Equal(WomensCentre, ours[first]!["fund"]!["holder"]!.GetValue<string>());
        Assert.Equal(1700, ours[first]!["fund"]!["balancePence"]!.GetValue<int>());
        Assert.Equal(["ALLOCATION", "SPEND"], ours[first]!["fund"]!["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
        Assert.Equal(
            new[] { $"{active} ACTIVE", $"{achieved} ACHIEVED" }.Order(StringComparer.Ordinal),
            ours[first]!["goals"]!.AsArray().Select(g => $"{g!["id"]} {g["status"]}").Order(StringComparer.Ordinal));
        Assert.Empty(ours[second]!["goals"]!.AsArray());
        Assert.Equal([first], one.Select(h => h!["personId"]!.GetValue<string>()));
        // The held funds are read in one round trip; their FUND_READ entries go through the audit log, and are awaited.
        Assert.Equal(1, oneResponse.RoundTrips);
        Assert.Empty(notHeld);
        Assert.DoesNotContain(elsewhere, h => h!["personId"]!.GetValue<string>() == first);
        foreach (var (person, reads) in new[] { (first, 2), (second, 1), (probations, 1) })
        {
            var trail = await _admin.DataAsync($"{{ auditTrail(where: {{targetId: \"{person}\", action: \"FUND_READ\"}}, first: 20) {{ nodes {{ actorId summary }} }} }}");
            Assert.Equal(Enumerable.Repeat($"{WomensCentre} fundsHeld", reads), trail["auditTrail"]!["nodes"]!.AsArray().Select(n => $"{n!["actorId"]} {n["summary"]}"));
        }
    }

    [Fact]
    public async Task Funds_held_refuses_a_bad_person_id_and_every_role_but_a_partner()
    {
        var partner = area.CreateClient(WomensCentrePartner);
        var bad = new[] { "\"svc-1\"", "\"\"", $"\"per-{new string('x', 200)}\"" };
        var errors = new List<(string?, string?)>();
        foreach (var id in bad)
        {
            errors.Add((await partner.PostAsync($"{{ fundsHeld(personId: {id}) {{ personId }} }}")).SingleError());
        }

        var injected = await partner.DataAsync("{ fundsHeld(personId: \"per-1' OR 1=1 }) MATCH (n) DETACH DELETE n //\") { personId } }");
        var wrongType = await partner.PostAsync("{ fundsHeld(personId: {a: 1}) { personId } }");
        var roles = new List<string>();
        foreach (var caller in new[] { ReferralArea.OffenderManager, ReferralArea.Admin, ReferralArea.PersonOnProbation, new Caller(CallerRole.Commissioner, null, null), Caller.Anonymous })
        {
            roles.Add(Code(await area.CreateClient(caller).PostAsync("{ fundsHeld { personId } }")));
        }

        Assert.All(errors, e => Assert.Equal(("BAD_USER_INPUT", "personId"), e));
        Assert.Empty(injected["fundsHeld"]!.AsArray());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", wrongType.SingleError().Code);
        Assert.Equal(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"], roles);
    }

    [Fact]
    public async Task A_spends_goal_is_on_its_entry_for_those_who_may_read_the_plan_and_null_for_others()
    {
        await WomensCentreAsync(area);
        var woman = await WomanAsync(area);
        var goal = await GoalAsync(area, woman);
        await AllocateAsync(area, woman, 2000, WomensCentre);
        var spend = await SpendAsync(area, woman, goal, 300);
        await _om.DataAsync($"mutation {{ refundToFund(input: {{entryId: \"{spend}\", amountPence: 100}}) {{ id }} }}");
        var query = $"{{ fund(personId: \"{woman}\") {{ entries {{ kind goalId goal {{ id text status needs {{ code }} steps {{ id }} }} }} }} }}";

        var byOffenderManager = await _om.PostAsync(query);
        var byAdmin = await _admin.DataAsync(query);
        var byPartner = await area.CreateClient(WomensCentrePartner).DataAsync(query);

        var entries = byOffenderManager.AssertNoErrors().Data!["fund"]!["entries"]!.AsArray();
        Assert.Null(entries[0]!["goal"]);
        Assert.All(entries.Skip(1), e =>
        {
            Assert.Equal(goal, e!["goal"]!["id"]!.GetValue<string>());
            Assert.Equal(("Get a place at college", "ACTIVE", "ACCOMMODATION"), (e["goal"]!["text"]!.GetValue<string>(), e["goal"]!["status"]!.GetValue<string>(), e["goal"]!["needs"]![0]!["code"]!.GetValue<string>()));
        });
        Assert.Equal(2, byOffenderManager.RoundTrips);
        Assert.All(byAdmin["fund"]!["entries"]!.AsArray().Concat(byPartner["fund"]!["entries"]!.AsArray()), e => Assert.Null(e!["goal"]));
        Assert.Equal(goal, byPartner["fund"]!["entries"]![1]!["goalId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_womens_service_may_hold_a_fund_and_only_a_womans()
    {
        await WomensCentreAsync(area);
        var woman = await WomanAsync(area);
        var man = await area.NewPersonAsync();

        var observed = new List<(string?, string?)>
        {
            (await Allocation(woman, $"holderOrganisationId: \"{ReferralArea.HostOrganisation}\"")).SingleError(),
            (await Allocation(man, $"holderOrganisationId: \"{WomensCentre}\"")).SingleError(),
            (await Allocation(woman, "holderOrganisationId: \"org-devon-nowhere\"")).SingleError(),
            (await Allocation(woman, "holderOrganisationId: \"prc-devon-1\"")).SingleError(),
        };
        var funds = await _admin.DataAsync($"{{ woman: fund(personId: \"{woman}\") {{ id }} man: fund(personId: \"{man}\") {{ id }} }}");

        Assert.Equal(
            [("BAD_USER_INPUT", "input.holderOrganisationId"), ("BAD_USER_INPUT", "input.holderOrganisationId"), ("NOT_FOUND", "input.holderOrganisationId"), ("BAD_USER_INPUT", "input.holderOrganisationId")],
            observed);
        Assert.Null(funds["woman"]);
        Assert.Null(funds["man"]);
    }

    [Fact]
    public async Task Each_role_reaches_only_the_funds_it_should()
    {
        await WomensCentreAsync(area);
        var self = ReferralArea.PersonOnProbation.PersonId!;
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(area, person);
        await AllocateAsync(area, person, 1000);
        var spend = await SpendAsync(area, person, goal, 100);
        var callers = new Dictionary<string, Caller>
        {
            ["another offender manager"] = ReferralArea.OtherOffenderManager,
            ["a partner of another organisation"] = ReferralArea.HostPartner,
            ["a women's service not holding it"] = WomensCentrePartner,
            ["an IJ coordinator"] = ReferralArea.HostPartner with { Duty = CallerDuty.IjCoordinator },
            ["a commissioner"] = new(CallerRole.Commissioner, null, null),
            ["a referrer"] = new(CallerRole.Referrer, null, ReferralArea.OtherOrganisation),
            ["the person, for another"] = ReferralArea.PersonOnProbation,
            ["an admin"] = ReferralArea.Admin,
            ["anonymous"] = Caller.Anonymous,
        };

        var codes = new List<string>();
        foreach (var (name, caller) in callers)
        {
            var client = area.CreateClient(caller);
            var read = await client.PostAsync($"{{ fund(personId: \"{person}\") {{ id }} }}");
            var spent = await client.PostAsync($"mutation {{ spendFromFund(input: {{personId: \"{person}\", goalId: \"{goal}\", amountPence: 100, description: \"Bus pass\"}}) {{ id }} }}");
            var refunded = await client.PostAsync($"mutation {{ refundToFund(input: {{entryId: \"{spend}\", amountPence: 10}}) {{ id }} }}");
            codes.Add($"{name}: {Code(read)}/{Code(spent)}/{Code(refunded)}");
        }

        var own = await area.CreateClient(ReferralArea.PersonOnProbation).PostAsync($"{{ fund(personId: \"{self}\") {{ id }} }}");
        Assert.Equal(
            [
                "another offender manager: FORBIDDEN/FORBIDDEN/FORBIDDEN", "a partner of another organisation: FORBIDDEN/FORBIDDEN/FORBIDDEN",
                "a women's service not holding it: FORBIDDEN/FORBIDDEN/FORBIDDEN", "an IJ coordinator: FORBIDDEN/FORBIDDEN/FORBIDDEN",
                "a commissioner: FORBIDDEN/FORBIDDEN/FORBIDDEN", "a referrer: FORBIDDEN/FORBIDDEN/FORBIDDEN", "the person, for another: FORBIDDEN/FORBIDDEN/FORBIDDEN",
                "an admin: OK/FORBIDDEN/FORBIDDEN", "anonymous: UNAUTHENTICATED/UNAUTHENTICATED/UNAUTHENTICATED",
            ],
            codes);
        own.AssertNoErrors();
        Assert.Equal(900, (await FundAsync(_om, person))["balancePence"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_person_reads_their_own_fund()
    {
        var self = ReferralArea.PersonOnProbation.PersonId!;
        var me = area.CreateClient(ReferralArea.PersonOnProbation);
        await AllocateAsync(area, self, 250);

        var fund = await FundAsync(me, self);
        var goal = (await me.DataAsync($"mutation {{ addGoal(input: {{personId: \"{self}\", text: \"Save for a bike\"}}) {{ id }} }}"))["addGoal"]!["id"]!.GetValue<string>();
        await _om.DataAsync($"mutation {{ setGoalStatus(input: {{goalId: \"{goal}\", status: ACTIVE}}) {{ id }} }}");
        await SpendAsync(area, self, goal, 50);
        var mine = await me.DataAsync("{ me { fund { entries { goal { id text } } } } }");

        Assert.Equal($"fnd-{self}", fund["id"]!.GetValue<string>());
        Assert.Contains(fund["entries"]!.AsArray(), e => e!["amountPence"]!.GetValue<int>() == 250);
        Assert.Contains(mine["me"]!["fund"]!["entries"]!.AsArray(), e => e!["goal"]?["text"]?.GetValue<string>() == "Save for a bike");
    }

    [Fact]
    public async Task A_fund_probation_holds_follows_the_person_to_their_new_offender_manager()
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(area, person);
        await AllocateAsync(area, person, 1000);
        await _admin.DataAsync($"mutation {{ assignOffenderManager(input: {{personId: \"{person}\", practitionerId: \"{ReferralArea.OtherOffenderManager.PractitionerId}\"}}) {{ id }} }}");
        var newOm = area.CreateClient(ReferralArea.OtherOffenderManager);

        var spent = await newOm.PostAsync($"mutation {{ spendFromFund(input: {{personId: \"{person}\", goalId: \"{goal}\", amountPence: 100, description: \"Travel\"}}) {{ id }} }}");
        var oldOm = await _om.PostAsync($"{{ fund(personId: \"{person}\") {{ id }} }}");
        var fund = await FundAsync(newOm, person);

        spent.AssertNoErrors();
        Assert.Equal("FORBIDDEN", oldOm.SingleError().Code);
        Assert.Equal("prc-devon-2", fund["holder"]!.GetValue<string>());
        Assert.Equal(900, fund["balancePence"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_spend_beyond_the_balance_is_a_conflict_that_gives_the_balance()
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(area, person);
        await AllocateAsync(area, person, 250);

        var response = await _om.PostAsync($"mutation {{ spendFromFund(input: {{personId: \"{person}\", goalId: \"{goal}\", amountPence: 251, description: \"Boots\"}}) {{ id }} }}");
        var noFund = await _om.PostAsync($"mutation {{ spendFromFund(input: {{personId: \"{await area.NewPersonAsync()}\", goalId: \"{goal}\", amountPence: 1, description: \"Boots\"}}) {{ id }} }}");

        Assert.Equal("CONFLICT", response.SingleError().Code);
        Assert.Contains("£2.50 (250 pence)", response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("CONFLICT", noFund.SingleError().Code);
        Assert.Equal(250, (await FundAsync(_om, person))["balancePence"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_refund_never_gives_back_more_than_the_spend_less_what_came_back()
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(area, person);
        await AllocateAsync(area, person, 1000);
        var spend = await SpendAsync(area, person, goal, 500);

        var codes = new List<string>();
        foreach (var pence in new[] { 300, 201, 200, 1 })
        {
            codes.Add(Code(await _om.PostAsync($"mutation {{ refundToFund(input: {{entryId: \"{spend}\", amountPence: {pence}}}) {{ id }} }}")));
        }

        Assert.Equal(["OK", "CONFLICT", "OK", "CONFLICT"], codes);
        Assert.Equal(1000, (await FundAsync(_om, person))["balancePence"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_input_for_every_argument_is_refused_naming_it_and_nothing_is_written()
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(area, person);
        var allocation = await AllocateAsync(area, person, 1000);
        var spend = await SpendAsync(area, person, goal, 100);
        var othersGoal = await GoalAsync(area, await area.NewPersonAsync());
        var proposed = (await area.CreateClient(ReferralArea.PersonOnProbation).DataAsync(
            $"mutation {{ addGoal(input: {{personId: \"{ReferralArea.PersonOnProbation.PersonId}\", text: \"My own idea\"}}) {{ id }} }}"))["addGoal"]!["id"]!.GetValue<string>();
        await AllocateAsync(area, ReferralArea.PersonOnProbation.PersonId!, 1000);
        var achieved = await GoalAsync(area, person);
        await _om.DataAsync($"mutation {{ setGoalStatus(input: {{goalId: \"{achieved}\", status: ACHIEVED}}) {{ id }} }}");
        var tooLong = new string('x', 501);
        var spendOn = (string p, string g, string rest) => $"spendFromFund(input: {{personId: \"{p}\", goalId: \"{g}\", {rest}}})";
        var cases = new Dictionary<string, (GraphQLClient Client, string Code, string? Field)>
        {
            [$"allocateFund(input: {{personId: \"{person}\", amountPence: 0}})"] = (_admin, "BAD_USER_INPUT", "input.amountPence"),
            [$"allocateFund(input: {{personId: \"{person}\", amountPence: -500}})"] = (_admin, "BAD_USER_INPUT", "input.amountPence"),
            [$"allocateFund(input: {{personId: \"{person}\", amountPence: 500001}})"] = (_admin, "BAD_USER_INPUT", "input.amountPence"),
            [$"allocateFund(input: {{personId: \"{person}\", amountPence: 2147483647}})"] = (_admin, "BAD_USER_INPUT", "input.amountPence"),
            ["allocateFund(input: {personId: \"svc-1\", amountPence: 100})"] = (_admin, "BAD_USER_INPUT", "input.personId"),
            ["allocateFund(input: {personId: \"per-devon-nobody\", amountPence: 100})"] = (_admin, "NOT_FOUND", "input.personId"),
            [$"allocateFund(input: {{personId: \"{person}\", amountPence: 100, description: \"{tooLong}\"}})"] = (_admin, "BAD_USER_INPUT", "input.description"),
            [spendOn(person, goal, "amountPence: 0, description: \"Bus pass\"")] = (_om, "BAD_USER_INPUT", "input.amountPence"),
            [spendOn(person, goal, "amountPence: -1, description: \"Bus pass\"")] = (_om, "BAD_USER_INPUT", "input.amountPence"),
            [spendOn(person, goal, "amountPence: 500001, description: \"Bus pass\"")] = (_om, "BAD_USER_INPUT", "input.amountPence"),
            [spendOn(person, goal, "amountPence: 100, description: \"  \"")] = (_om, "BAD_USER_INPUT", "input.description"),
            [spendOn(person, goal, $"amountPence: 100, description: \"{tooLong}\"")] = (_om, "BAD_USER_INPUT", "input.description"),
            [spendOn(person, "stp-1", "amountPence: 100, description: \"Bus pass\"")] = (_om, "BAD_USER_INPUT", "input.goalId"),
            [spendOn(person, "gol-devon-none", "amountPence: 100, description: \"Bus pass\"")] = (_om, "BAD_USER_INPUT", "input.goalId"),
            [spendOn(person, othersGoal, "amountPence: 100, description: \"Bus pass\"")] = (_om, "BAD_USER_INPUT", "input.goalId"),
            [spendOn(person, achieved, "amountPence: 100, description: \"Bus pass\"")] = (_om, "BAD_USER_INPUT", "input.goalId"),
            [spendOn(ReferralArea.PersonOnProbation.PersonId!, proposed, "amountPence: 100, description: \"Bus pass\"")] = (_om, "BAD_USER_INPUT", "input.goalId"),
            [spendOn("org-1", goal, "amountPence: 100, description: \"Bus pass\"")] = (_om, "BAD_USER_INPUT", "input.personId"),
            [spendOn("per-devon-nobody", goal, "amountPence: 100, description: \"Bus pass\"")] = (_om, "NOT_FOUND", "input.personId"),
            [$"refundToFund(input: {{entryId: \"{spend}\", amountPence: 0}})"] = (_om, "BAD_USER_INPUT", "input.amountPence"),
            [$"refundToFund(input: {{entryId: \"{spend}\", amountPence: 10, description: \"{tooLong}\"}})"] = (_om, "BAD_USER_INPUT", "input.description"),
            ["refundToFund(input: {entryId: \"gol-1\", amountPence: 10})"] = (_om, "BAD_USER_INPUT", "input.entryId"),
            ["refundToFund(input: {entryId: \"fen-devon-none\", amountPence: 10})"] = (_om, "NOT_FOUND", "input.entryId"),
            [$"refundToFund(input: {{entryId: \"{allocation}\", amountPence: 10}})"] = (_om, "BAD_USER_INPUT", "input.entryId"),
            [$"refundToFund(input: {{entryId: \"{spend}\", amountPence: 101}})"] = (_om, "CONFLICT", null),
        };

        var observed = new Dictionary<string, (string?, string?)>();
        foreach (var (mutation, (client, _, _)) in cases)
        {
            observed[mutation] = (await client.PostAsync($"mutation {{ {mutation} {{ id }} }}")).SingleError();
        }

        var huge = await _admin.PostAsync($"mutation {{ allocateFund(input: {{personId: \"{person}\", amountPence: 10000000000}}) {{ id }} }}");
        var fund = await FundAsync(_om, person);
        Assert.Equal(cases.ToDictionary(c => c.Key, c => ((string?)c.Value.Code, c.Value.Field)), observed);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", huge.SingleError().Code);
        Assert.Equal(900, fund["balancePence"]!.GetValue<int>());
        Assert.Equal(["ALLOCATION", "SPEND"], fund["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Concurrent_first_allocations_make_one_fund_with_every_allocation_on_it()
    {
        var person = await area.NewPersonAsync();

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(_ =>
            _admin.PostAsync($"mutation {{ allocateFund(input: {{personId: \"{person}\", amountPence: 100}}) {{ id }} }}")));
        var fund = await FundAsync(_om, person);

        Assert.All(responses, r => r.AssertNoErrors());
        Assert.Equal(800, fund["balancePence"]!.GetValue<int>());
        Assert.Equal(8, fund["entries"]!.AsArray().Count);
    }

    /// <summary>
    /// Sixteen spends of 300 pence race for a fund of 1,000, from the woman's offender manager and the women's service holding
    /// it at once: in every round exactly three win, the rest are CONFLICT, and the statement adds up to the 100 pence left.
    /// </summary>
    [Fact]
    public async Task Concurrent_spends_never_take_the_balance_below_zero_in_any_round()
    {
        await WomensCentreAsync(area);
        var clients = new[] { _om, area.CreateClient(WomensCentrePartner) };

        for (var round = 0; round < 8; round++)
        {
            var woman = await WomanAsync(area);
            var goal = await GoalAsync(area, woman);
            await AllocateAsync(area, woman, 1000, WomensCentre);

            var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => clients[i % 2].PostAsync(
                $"mutation {{ spendFromFund(input: {{personId: \"{woman}\", goalId: \"{goal}\", amountPence: 300, description: \"Spend {i}\"}}) {{ id }} }}")));
            var fund = await FundAsync(_om, woman);
            var entries = fund["entries"]!.AsArray();

            Assert.Equal(3, responses.Count(r => r.Errors.Count == 0));
            Assert.All(responses.Where(r => r.Errors.Count > 0), r => Assert.Equal("CONFLICT", r.SingleError().Code));
            Assert.Equal(100, fund["balancePence"]!.GetValue<int>());
            Assert.Equal(["ALLOCATION", "SPEND", "SPEND", "SPEND"], entries.Select(e => e!["kind"]!.GetValue<string>()));
            Assert.Equal(
                responses.Where(r => r.Errors.Count == 0).Select(r => r.Data!["spendFromFund"]!["id"]!.GetValue<string>()).Order(),
                entries.Skip(1).Select(e => e!["id"]!.GetValue<string>()).Order());
        }
    }

    [Fact]
    public async Task Concurrent_refunds_of_one_spend_never_give_back_more_than_it()
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(area, person);
        await AllocateAsync(area, person, 1000);
        var spend = await SpendAsync(area, person, goal, 500);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            _om.PostAsync($"mutation {{ refundToFund(input: {{entryId: \"{spend}\", amountPence: 100}}) {{ id }} }}")));
        var fund = await FundAsync(_om, person);

        Assert.Equal(5, responses.Count(r => r.Errors.Count == 0));
        Assert.All(responses.Where(r => r.Errors.Count > 0), r => Assert.Equal("CONFLICT", r.SingleError().Code));
        Assert.Equal(1000, fund["balancePence"]!.GetValue<int>());
        Assert.Equal(5, fund["entries"]!.AsArray().Count(e => e!["refundOf"]?.GetValue<string>() == spend));
    }

    private Task<GraphQLResponse> Allocation(string person, string holder) =>
        _admin.PostAsync($"mutation {{ allocateFund(input: {{personId: \"{person}\", amountPence: 100, {holder}}}) {{ id }} }}");

    private static async Task<JsonNode> FundAsync(GraphQLClient client, string person) =>
        (await client.DataAsync($"{{ fund(personId: \"{person}\") {{ {FundSelection} }} }}"))["fund"]!;

    private static string Line(JsonNode entry) =>
        $"{entry["kind"]} {entry["amountPence"]} {(entry["description"] is { } d ? d + " " : "")}{entry["approvedBy"]} {entry["goalId"]?.GetValue<string>() ?? "-"}";

    private static string Code(GraphQLResponse response) => response.Errors.Count == 0 ? "OK" : response.SingleError().Code ?? "?";
}
