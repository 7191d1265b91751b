using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Person-centred plans through HTTP on the real graph: goals in the person's words, steps with who helps (and the
/// referral a step makes), comments and reviews, shared by the person and their offender manager and no one else.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class PlanTests(ReferralArea area)
{
    private const string PlanSelection = "id version goals { id text status proposedBy needs { code } strengths steps { id text dueBy status supporterKind supporter { id } referralId comments { authorRole text } } } "
        + "reviews { id personRating personComment summary socialCapital { bonding bridging linking } }";

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);

    [Fact]
    public async Task An_offender_manager_writes_a_goal_with_the_person_and_it_is_active_on_their_plan()
    {
        var person = await area.NewPersonAsync();

        var goal = (await _om.DataAsync(
            $"mutation {{ addGoal(input: {{personId: \"{person}\", text: \"  Have a place of my own by the spring \", needs: [\"ACCOMMODATION\"], strengths: [\"DIY\"]}}) {{ id text status proposedBy needs {{ code }} strengths }} }}"))["addGoal"]!;
        var plan = (await _om.DataAsync($"{{ plan(personId: \"{person}\") {{ {PlanSelection} }} }}"))["plan"]!;

        Assert.Equal("Have a place of my own by the spring", goal["text"]!.GetValue<string>());
        Assert.Equal("ACTIVE", goal["status"]!.GetValue<string>());
        Assert.Equal("OFFENDER_MANAGER", goal["proposedBy"]!.GetValue<string>());
        Assert.Equal(["ACCOMMODATION"], goal["needs"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
        Assert.Equal(["DIY"], goal["strengths"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal($"pln-{person}", plan["id"]!.GetValue<string>());
        Assert.Equal(1, plan["version"]!.GetValue<int>());
        Assert.Equal(goal["id"]!.GetValue<string>(), plan["goals"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_person_nobody_has_planned_with_has_an_empty_plan_and_an_unknown_person_none()
    {
        var person = await area.NewPersonAsync();

        var data = await _om.DataAsync($"{{ known: plan(personId: \"{person}\") {{ version goals {{ id }} reviews {{ id }} }} unknown: plan(personId: \"per-devon-nobody\") {{ id }} }}");

        Assert.Equal(0, data["known"]!["version"]!.GetValue<int>());
        Assert.Empty(data["known"]!["goals"]!.AsArray());
        Assert.Null(data["unknown"]);
    }

    [Fact]
    public async Task The_persons_own_goal_is_proposed_until_their_offender_manager_agrees_it()
    {
        var me = area.CreateClient(ReferralArea.PersonOnProbation);
        var self = ReferralArea.PersonOnProbation.PersonId!;

        var proposed = (await me.DataAsync($"mutation {{ addGoal(input: {{personId: \"{self}\", text: \"Learn to cook for my kids\", strengths: [\"COOKING\"]}}) {{ id status proposedBy }} }}"))["addGoal"]!;
        var id = proposed["id"]!.GetValue<string>();
        var stepOnProposal = await _om.PostAsync($"mutation {{ addPlanStep(input: {{goalId: \"{id}\", text: \"Find a course\", supporter: SELF}}) {{ id }} }}");
        var agreed = (await _om.DataAsync($"mutation {{ setGoalStatus(input: {{goalId: \"{id}\", status: ACTIVE}}) {{ status }} }}"))["setGoalStatus"]!;
        var again = await _om.PostAsync($"mutation {{ setGoalStatus(input: {{goalId: \"{id}\", status: PROPOSED}}) {{ status }} }}");

        Assert.Equal("PROPOSED", proposed["status"]!.GetValue<string>());
        Assert.Equal("PERSON", proposed["proposedBy"]!.GetValue<string>());
        Assert.Equal("CONFLICT", stepOnProposal.SingleError().Code);
        Assert.Equal("ACTIVE", agreed["status"]!.GetValue<string>());
        Assert.Equal("CONFLICT", again.SingleError().Code);
    }

    [Fact]
    public async Task The_person_sees_their_own_plan_and_history_and_nothing_else()
    {
        var me = area.CreateClient(ReferralArea.PersonOnProbation);
        var self = ReferralArea.PersonOnProbation.PersonId!;
        var someoneElse = await area.NewPersonAsync();

        var own = await me.DataAsync($"{{ plan(personId: \"{self}\") {{ id }} me {{ personId plan {{ id }} fund {{ balancePence }} socialCapitalHistory {{ at }} }} }}");
        var refused = new Dictionary<string, string?>();
        foreach (var (name, document) in new Dictionary<string, string>
        {
            ["another's plan"] = $"{{ plan(personId: \"{someoneElse}\") {{ id }} }}",
            ["another's history"] = $"{{ socialCapitalHistory(personId: \"{someoneElse}\") {{ at }} }}",
            ["a goal for another"] = $"mutation {{ addGoal(input: {{personId: \"{someoneElse}\", text: \"Theirs\"}}) {{ id }} }}",
            ["their own record"] = $"{{ person(id: \"{self}\") {{ id }} }}",
            ["the directory"] = "{ services { totalCount } }",
            ["a node"] = $"{{ node(id: \"{ReferralArea.HousingService}\") {{ id }} }}",
            ["connect"] = "{ connect(input: {profile: {home: {latitude: 50.72, longitude: -3.53}, gender: MALE}}) { services { score } } }",
            ["a referral"] = $"mutation {{ createReferral(input: {{personId: \"{self}\", serviceId: \"{ReferralArea.HousingService}\"}}) {{ id }} }}",
        })
        {
            refused[name] = (await me.PostAsync(document)).SingleError().Code;
        }

        Assert.Equal($"pln-{self}", own["plan"]!["id"]!.GetValue<string>());
        Assert.Equal(self, own["me"]!["personId"]!.GetValue<string>());
        Assert.All(refused, r => Assert.True(r.Value == "FORBIDDEN", $"{r.Key}: {r.Value}"));
    }

    [Fact]
    public async Task The_person_sees_their_own_referrals_and_when_their_next_session_starts()
    {
        var self = ReferralArea.PersonOnProbation.PersonId!;
        var placement = await area.NewPlacementAsync(sessions: ["Sat 09:00-15:00"]);
        var goal = await GoalAsync(self);
        var step = (await _om.DataAsync(
            $"mutation {{ addPlanStep(input: {{goalId: \"{goal}\", text: \"Saturday workshop\", placementId: \"{placement}\", refer: true, hoursOrdered: 30}}) {{ referralId }} }}"))["addPlanStep"]!;
        var referralId = step["referralId"]!.GetValue<string>();
        var me = area.CreateClient(ReferralArea.PersonOnProbation);

        var pending = await OwnAsync(me, referralId);
        await area.CreateClient(ReferralArea.HostPartner).DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{referralId}\"}}) {{ id }} }}");
        var accepted = await OwnAsync(me, referralId);

        Assert.Equal("PENDING", pending["status"]!.GetValue<string>());
        Assert.Null(pending["nextSessionAt"]);
        Assert.Equal(placement, accepted["placement"]!["id"]!.GetValue<string>());
        Assert.Equal(["Sat 09:00-15:00"], accepted["sessions"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(30, accepted["hoursOrdered"]!.GetValue<int>());
        Assert.Equal(DayOfWeek.Saturday, DateTimeOffset.Parse(accepted["nextSessionAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).DayOfWeek);
    }

    private static async Task<JsonNode> OwnAsync(GraphQLClient me, string referralId) =>
        (await me.DataAsync("{ me { referrals { id status placement { id } sessions hoursOrdered nextSessionAt } } }"))["me"]!["referrals"]!.AsArray()
        .Single(r => r!["id"]!.GetValue<string>() == referralId)!;

    [Fact]
    public async Task Nobody_else_reads_or_changes_a_plan()
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(person);
        var callers = new Dictionary<string, Caller>
        {
            ["another offender manager"] = ReferralArea.OtherOffenderManager,
            ["a partner"] = ReferralArea.HostPartner,
            ["an admin"] = ReferralArea.Admin,
            ["a commissioner"] = new(CallerRole.Commissioner, null, null),
            ["anonymous"] = Caller.Anonymous,
        };

        var codes = new List<string>();
        foreach (var (name, caller) in callers)
        {
            var client = area.CreateClient(caller);
            var read = await client.PostAsync($"{{ plan(personId: \"{person}\") {{ id }} }}");
            var write = await client.PostAsync($"mutation {{ setGoalStatus(input: {{goalId: \"{goal}\", status: DROPPED}}) {{ id }} }}");
            codes.Add($"{name}: {read.SingleError().Code}/{write.SingleError().Code}");
            Assert.Null(read.Data?["plan"]);
        }

        Assert.Equal(
            ["another offender manager: FORBIDDEN/FORBIDDEN", "a partner: FORBIDDEN/FORBIDDEN", "an admin: FORBIDDEN/FORBIDDEN", "a commissioner: FORBIDDEN/FORBIDDEN", "anonymous: UNAUTHENTICATED/UNAUTHENTICATED"],
            codes);
        Assert.Equal("ACTIVE", (await PlanAsync(person))["goals"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Steps_name_who_helps_and_take_comments_from_the_person_and_their_offender_manager()
    {
        var self = ReferralArea.PersonOnProbation.PersonId!;
        var goal = await GoalAsync(self);
        var placement = await area.NewPlacementAsync();

        var service = (await _om.DataAsync(
            $"mutation {{ addPlanStep(input: {{goalId: \"{goal}\", text: \"Go to the housing drop-in\", dueBy: \"{area.Day(7)}\", serviceId: \"{ReferralArea.HousingService}\"}}) {{ id supporterKind supporter {{ id }} dueBy status }} }}"))["addPlanStep"]!;
        var family = (await _om.DataAsync($"mutation {{ addPlanStep(input: {{goalId: \"{goal}\", text: \"Ask my sister about the deposit\", supporter: FAMILY}}) {{ id supporter {{ id }} }} }}"))["addPlanStep"]!;
        var atPlacement = (await _om.DataAsync($"mutation {{ addPlanStep(input: {{goalId: \"{goal}\", text: \"Try the workshop\", placementId: \"{placement}\"}}) {{ supporter {{ id }} }} }}"))["addPlanStep"]!;
        var stepId = service["id"]!.GetValue<string>();
        await area.CreateClient(ReferralArea.PersonOnProbation).DataAsync($"mutation {{ commentOnPlanStep(input: {{stepId: \"{stepId}\", text: \"I went, they were kind\"}}) {{ id }} }}");
        var commented = (await _om.DataAsync($"mutation {{ commentOnPlanStep(input: {{stepId: \"{stepId}\", text: \"Good - next, the forms\"}}) {{ comments {{ authorRole text }} }} }}"))["commentOnPlanStep"]!;
        var done = (await _om.DataAsync($"mutation {{ setPlanStepStatus(input: {{stepId: \"{stepId}\", status: DONE}}) {{ status }} }}"))["setPlanStepStatus"]!;

        Assert.Equal("SERVICE", service["supporterKind"]!.GetValue<string>());
        Assert.Equal(ReferralArea.HousingService, service["supporter"]!["id"]!.GetValue<string>());
        Assert.Equal(area.Day(7), service["dueBy"]!.GetValue<string>());
        Assert.Equal("AGREED", service["status"]!.GetValue<string>());
        Assert.Null(family["supporter"]);
        Assert.Equal(placement, atPlacement["supporter"]!["id"]!.GetValue<string>());
        Assert.Equal(["PERSON: I went, they were kind", "OFFENDER_MANAGER: Good - next, the forms"],
            commented["comments"]!.AsArray().Select(c => $"{c!["authorRole"]!.GetValue<string>()}: {c["text"]!.GetValue<string>()}"));
        Assert.Equal("DONE", done["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_steps_referral_is_for_the_needs_of_its_goal_the_service_addresses()
    {
        // The person is assessed for ACCOMMODATION and ALCOHOL; the goal is about debt, which this alcohol service also helps with.
        // It is 50 km away, so that the area's connects for ALCOHOL do not find it.
        var person = await area.NewPersonAsync();
        var service = $"svc-devon-debt-{Guid.NewGuid():N}";
        await area.Cypher.RunAsync(new CypherStatement("test: a service for alcohol and debt", """
            MERGE (debt:Need {code: 'FINANCE_BENEFIT_DEBT'}) ON CREATE SET debt.label = 'FINANCE_BENEFIT_DEBT'
            WITH debt
            MATCH (o:Organisation {id: $organisation}), (alcohol:Need {code: 'ALCOHOL'})
            CREATE (o)-[:OFFERS]->(s:Service {id: $service, name: 'Exe Drink and Debt', online: false, lat: $lat, lon: $lon, womenOnly: false, languages: ['en'], unsuitableFor: []})
            CREATE (s)-[:ADDRESSES]->(alcohol), (s)-[:ADDRESSES]->(debt)
            """, new Dictionary<string, object?> { ["organisation"] = ReferralArea.HostOrganisation, ["service"] = service, ["lat"] = ReferralArea.Lat + (50 / ReferralArea.KmPerDegreeOfLatitude), ["lon"] = ReferralArea.Lon }));
        var goal = (await _om.DataAsync($"mutation {{ addGoal(input: {{personId: \"{person}\", text: \"Clear my debts\", needs: [\"FINANCE_BENEFIT_DEBT\"]}}) {{ id }} }}"))["addGoal"]!["id"]!.GetValue<string>();

        var referred = (await _om.DataAsync(
            $"mutation {{ addPlanStep(input: {{goalId: \"{goal}\", text: \"See the debt adviser\", serviceId: \"{service}\", refer: true}}) {{ referral {{ needs {{ code }} }} }} }}"))["addPlanStep"]!;

        Assert.Equal(["FINANCE_BENEFIT_DEBT"], referred["referral"]!["needs"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_step_that_needs_a_referral_makes_it_by_the_referral_rules_or_is_not_written()
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(person);
        var full = await area.NewPlacementAsync(capacity: 1, filled: 1);

        var referred = (await _om.DataAsync(
            $"mutation {{ addPlanStep(input: {{goalId: \"{goal}\", text: \"See the housing adviser\", serviceId: \"{ReferralArea.HousingService}\", refer: true, note: \"Needs a ground-floor flat\"}}) {{ id referralId referral {{ id status note }} }} }}"))["addPlanStep"]!;
        var refused = await _om.PostAsync(
            $"mutation {{ addPlanStep(input: {{goalId: \"{goal}\", text: \"Work at the full placement\", placementId: \"{full}\", refer: true, hoursOrdered: 20}}) {{ id }} }}");
        var plan = await PlanAsync(person);

        Assert.Equal("PENDING", referred["referral"]!["status"]!.GetValue<string>());
        Assert.Equal("Needs a ground-floor flat", referred["referral"]!["note"]!.GetValue<string>());
        Assert.Equal(referred["referralId"]!.GetValue<string>(), referred["referral"]!["id"]!.GetValue<string>());
        Assert.Equal("CONFLICT", refused.SingleError().Code);
        Assert.Equal(["See the housing adviser"], plan["goals"]![0]!["steps"]!.AsArray().Select(s => s!["text"]!.GetValue<string>()));
        Assert.Equal(2, plan["version"]!.GetValue<int>());
        Assert.Equal(1, await area.FilledAsync(full));
    }

    [Fact]
    public async Task The_referrals_of_a_plans_steps_are_read_together_however_many_there_are()
    {
        const string query = "{{ plan(personId: \"{0}\") {{ goals {{ steps {{ referral {{ id status }} }} }} }} }}";
        var one = await PersonWithReferralStepsAsync(1);
        var three = await PersonWithReferralStepsAsync(3);

        var first = await _om.PostAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, one));
        var second = await _om.PostAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, three));

        Assert.Equal(3, second.AssertNoErrors().Data!["plan"]!["goals"]![0]!["steps"]!.AsArray().Count(s => s!["referral"]?["status"]?.GetValue<string>() == "PENDING"));
        Assert.Equal(first.AssertNoErrors().RoundTrips, second.RoundTrips);
    }

    /// <summary>A fresh person with one goal and <paramref name="steps"/> steps, each with a referral to a fresh placement.</summary>
    private async Task<string> PersonWithReferralStepsAsync(int steps)
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(person);
        for (var i = 0; i < steps; i++)
        {
            await _om.DataAsync($"mutation {{ addPlanStep(input: {{goalId: \"{goal}\", text: \"Step {i}\", placementId: \"{await area.NewPlacementAsync()}\", refer: true, hoursOrdered: 10}}) {{ id }} }}");
        }

        return person;
    }

    [Fact]
    public async Task A_review_holds_the_persons_view_beside_the_summary_and_counts_their_social_capital()
    {
        var self = ReferralArea.PersonOnProbation.PersonId!;
        var me = area.CreateClient(ReferralArea.PersonOnProbation);
        var before = (await me.DataAsync($"{{ socialCapitalHistory(personId: \"{self}\") {{ at }} }}"))["socialCapitalHistory"]!.AsArray().Count;

        var theirs = (await me.DataAsync($"mutation {{ recordPlanReview(input: {{personId: \"{self}\", personRating: 4, personComment: \"Better than last month\"}}) {{ personRating personComment summary socialCapital {{ bonding bridging linking }} }} }}"))["recordPlanReview"]!;
        var summaryByThem = await me.PostAsync($"mutation {{ recordPlanReview(input: {{personId: \"{self}\", summary: \"All fine\"}}) {{ at }} }}");
        var omReview = (await _om.DataAsync($"mutation {{ recordPlanReview(input: {{personId: \"{self}\", summary: \"Engaging well; housing next\"}}) {{ summary }} }}"))["recordPlanReview"]!;
        var history = (await me.DataAsync($"{{ socialCapitalHistory(personId: \"{self}\") {{ at bonding }} }}"))["socialCapitalHistory"]!.AsArray();

        Assert.Equal(4, theirs["personRating"]!.GetValue<int>());
        Assert.Equal("Better than last month", theirs["personComment"]!.GetValue<string>());
        Assert.Null(theirs["summary"]);
        Assert.Equal(0, theirs["socialCapital"]!["bonding"]!.GetValue<int>());
        Assert.Equal(("BAD_USER_INPUT", "input.summary"), summaryByThem.SingleError());
        Assert.Equal("Engaging well; housing next", omReview["summary"]!.GetValue<string>());
        Assert.Equal(before + 2, history.Count);
        Assert.True(history.Select(h => h!["at"]!.GetValue<string>()).SequenceEqual(history.Select(h => h!["at"]!.GetValue<string>()).Order(StringComparer.Ordinal)), "oldest first");
    }

    [Fact]
    public async Task The_review_counts_the_ties_the_connector_counts()
    {
        var person = await area.NewPersonAsync();
        await area.Cypher.RunAsync(new CypherStatement("test: ties", """
            MATCH (p:Person {id: $person}), (o:Organisation {id: $org})
            CREATE (p)-[:KNOWS {kind: 'FAMILY', prosocial: true}]->(:Person {id: $person + '-sister', displayName: 'Sister'})
            CREATE (p)-[:KNOWS {kind: 'FRIEND', prosocial: true}]->(:Person {id: $person + '-friend', displayName: 'Friend'})
            WITH p
            MATCH (s:Service {id: $service})
            CREATE (p)-[:ATTENDED]->(s)
            """, new Dictionary<string, object?> { ["person"] = person, ["org"] = ReferralArea.HostOrganisation, ["service"] = ReferralArea.HousingService }));

        var review = (await _om.DataAsync($"mutation {{ recordPlanReview(input: {{personId: \"{person}\", personRating: 3}}) {{ socialCapital {{ bonding bridging linking }} }} }}"))["recordPlanReview"]!["socialCapital"]!;
        var connector = (await _om.DataAsync($"{{ connect(input: {{personId: \"{person}\"}}) {{ socialCapital {{ bondingCount bridgingCount linkingCount }} }} }}"))["connect"]!["socialCapital"]!;

        Assert.Equal(2, review["bonding"]!.GetValue<int>());
        Assert.Equal(connector["bondingCount"]!.GetValue<int>(), review["bonding"]!.GetValue<int>());
        Assert.Equal(connector["bridgingCount"]!.GetValue<int>(), review["bridging"]!.GetValue<int>());
        Assert.Equal(connector["linkingCount"]!.GetValue<int>(), review["linking"]!.GetValue<int>());
    }

    [Fact]
    public async Task Connect_for_a_goal_serves_its_needs_and_says_so()
    {
        var person = await area.NewPersonAsync();
        var goal = (await _om.DataAsync($"mutation {{ addGoal(input: {{personId: \"{person}\", text: \"Stay sober so I can keep my job\", needs: [\"ALCOHOL\"]}}) {{ id }} }}"))["addGoal"]!["id"]!.GetValue<string>();
        var other = await GoalAsync(await area.NewPersonAsync());
        const string selection = "services { service { id } reasons { code text } }";

        var forGoal = (await _om.DataAsync($"{{ connect(input: {{personId: \"{person}\", goalId: \"{goal}\"}}) {{ {selection} }} }}"))["connect"]!["services"]!.AsArray();
        var assessed = (await _om.DataAsync($"{{ connect(input: {{personId: \"{person}\"}}) {{ {selection} }} }}"))["connect"]!["services"]!.AsArray();
        var refused = new List<(string?, string?)>();
        foreach (var input in new[]
        {
            $"personId: \"{person}\", goalId: \"{other}\"",
            $"personId: \"{person}\", goalId: \"gol-none\"",
            $"personId: \"{person}\", goalId: \"{goal}\", needs: [\"ALCOHOL\"]",
            $"profile: {{home: {{latitude: 50.72, longitude: -3.53}}, gender: MALE}}, goalId: \"{goal}\"",
            $"personId: \"{person}\", goalId: \"per-1\"",
        })
        {
            refused.Add((await _om.PostAsync($"{{ connect(input: {{{input}}}) {{ services {{ score }} }} }}")).SingleError());
        }

        Assert.Equal([ReferralArea.OtherService], forGoal.Select(m => m!["service"]!["id"]!.GetValue<string>()));
        Assert.Contains(forGoal[0]!["reasons"]!.AsArray(), r => r!["code"]!.GetValue<string>() == "GOAL"
            && r["text"]!.GetValue<string>().EndsWith("for their goal \u201cStay sober so I can keep my job\u201d", StringComparison.Ordinal));
        Assert.Contains(ReferralArea.HousingService, assessed.Select(m => m!["service"]!["id"]!.GetValue<string>()));
        Assert.DoesNotContain(assessed.SelectMany(m => m!["reasons"]!.AsArray()), r => r!["code"]!.GetValue<string>() == "GOAL");
        Assert.Equal([("NOT_FOUND", "input.goalId"), ("NOT_FOUND", "input.goalId"), ("BAD_USER_INPUT", "input.goalId"), ("BAD_USER_INPUT", "input.goalId"), ("BAD_USER_INPUT", "input.goalId")], refused);
    }

    public static TheoryData<string, string> BadGoals => new()
    {
        { "personId: \"svc-1\", text: \"A goal\"", "input.personId" },
        { "personId: \"PERSON\", text: \"A goal\"", "input.personId" },
        { "personId: \"per-devon-self\", text: \"   \"", "input.text" },
        { $"personId: \"per-devon-self\", text: \"{new string('x', 501)}\"", "input.text" },
        { "personId: \"per-devon-self\", text: \"A goal\", needs: [\"HAPPINESS\"]", "input.needs" },
        { "personId: \"per-devon-self\", text: \"A goal\", strengths: [\"JUGGLING\"]", "input.strengths" },
    };

    [Theory]
    [MemberData(nameof(BadGoals))]
    public async Task A_bad_goal_is_refused_naming_the_field(string input, string field)
    {
        var response = await _om.PostAsync($"mutation {{ addGoal(input: {{{input}}}) {{ id }} }}");

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
    }

    [Fact]
    public async Task A_bad_step_is_refused_naming_the_field_and_nothing_is_written()
    {
        var person = await area.NewPersonAsync();
        var goal = await GoalAsync(person);
        var cases = new Dictionary<string, (string Code, string? Field)>
        {
            [$"goalId: \"{goal}\", text: \"x\""] = ("BAD_USER_INPUT", "input"),
            [$"goalId: \"{goal}\", text: \"x\", supporter: SELF, serviceId: \"{ReferralArea.HousingService}\""] = ("BAD_USER_INPUT", "input"),
            [$"goalId: \"{goal}\", text: \"x\", supporter: SERVICE"] = ("BAD_USER_INPUT", "input.supporter"),
            [$"goalId: \"{goal}\", text: \"x\", serviceId: \"{ReferralArea.HousingService}\", placementId: \"plc-1\""] = ("BAD_USER_INPUT", "input"),
            [$"goalId: \"{goal}\", text: \"x\", supporter: FAMILY, dueBy: \"{area.Day(-1)}\""] = ("BAD_USER_INPUT", "input.dueBy"),
            [$"goalId: \"{goal}\", text: \"x\", supporter: FAMILY, dueBy: \"{area.Day(365 * 4)}\""] = ("BAD_USER_INPUT", "input.dueBy"),
            [$"goalId: \"{goal}\", text: \"x\", mentorId: \"mnt-devon-none\", refer: true"] = ("BAD_USER_INPUT", "input.refer"),
            [$"goalId: \"{goal}\", text: \"x\", supporter: FAMILY, refer: true"] = ("BAD_USER_INPUT", "input.refer"),
            [$"goalId: \"{goal}\", text: \"x\", serviceId: \"svc-devon-none\""] = ("NOT_FOUND", "input.serviceId"),
            [$"goalId: \"{goal}\", text: \"x\", mentorId: \"mnt-devon-none\""] = ("NOT_FOUND", "input.mentorId"),
            [$"goalId: \"gol-none\", text: \"x\", supporter: SELF"] = ("NOT_FOUND", "input.goalId"),
            [$"goalId: \"stp-1\", text: \"x\", supporter: SELF"] = ("BAD_USER_INPUT", "input.goalId"),
            [$"goalId: \"{goal}\", text: \"\", supporter: SELF"] = ("BAD_USER_INPUT", "input.text"),
        };

        var observed = new Dictionary<string, (string?, string?)>();
        foreach (var (input, _) in cases)
        {
            observed[input] = (await _om.PostAsync($"mutation {{ addPlanStep(input: {{{input}}}) {{ id }} }}")).SingleError();
        }

        Assert.Equal(cases.ToDictionary(c => c.Key, c => ((string?)c.Value.Code, c.Value.Field)), observed);
        Assert.Empty((await PlanAsync(person))["goals"]![0]!["steps"]!.AsArray());
    }

    [Theory]
    [InlineData("personRating: 0", "input.personRating")]
    [InlineData("personRating: 6", "input.personRating")]
    [InlineData("personComment: \"  \"", "input")]
    [InlineData("", "input")]
    public async Task A_bad_review_is_refused_naming_the_field(string fields, string field)
    {
        var person = await area.NewPersonAsync();

        var response = await _om.PostAsync($"mutation {{ recordPlanReview(input: {{personId: \"{person}\" {fields}}}) {{ id }} }}");

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
        Assert.Equal(0, (await PlanAsync(person))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Concurrent_changes_to_one_plan_each_count_once()
    {
        var person = await area.NewPersonAsync();

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            _om.PostAsync($"mutation {{ addGoal(input: {{personId: \"{person}\", text: \"Goal {i}\"}}) {{ id }} }}")));
        var plan = await PlanAsync(person);

        Assert.All(responses, r => r.AssertNoErrors());
        Assert.Equal(8, plan["goals"]!.AsArray().Count);
        Assert.Equal(8, plan["version"]!.GetValue<int>());
    }

    private async Task<string> GoalAsync(string person) =>
        (await _om.DataAsync($"mutation {{ addGoal(input: {{personId: \"{person}\", text: \"Somewhere safe to live\", needs: [\"ACCOMMODATION\"]}}) {{ id }} }}"))["addGoal"]!["id"]!.GetValue<string>();

    private async Task<JsonNode> PlanAsync(string person) => (await _om.DataAsync($"{{ plan(personId: \"{person}\") {{ {PlanSelection} }} }}"))["plan"]!;
}
