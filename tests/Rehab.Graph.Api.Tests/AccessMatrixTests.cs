using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Who may do what: every query and mutation, called as every actor of the access policy (and anonymously), with
/// valid input and fresh state, through HTTP on the real graph. The expected cells are <see cref="AccessPolicy"/>'s
/// own outcomes, so the behaviour, the rule and docs/access.md cannot drift apart; any cell that differs fails the
/// test, and the message names it and shows the whole table as observed.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class AccessMatrixTests(ReferralArea area)
{
    /// <summary>Set to 1 to rewrite docs/access.md's matrix from the policy.</summary>
    private const string WriteDocs = "REHAB_WRITE_DOCS";

    // OFFENDER_MANAGER is the offender manager of the person involved and PARTNER the organisation referred to or
    // listing; REFERRER and PARTNER act for their own organisations. IJ_COORDINATOR is a user of the same organisation
    // as PARTNER whose token carries the IJ_COORDINATOR duty: it coordinates the case involved, the person involved is
    // the person of a case it coordinates, and the referral it withdraws is the booking of a case it coordinates.
    private static readonly IReadOnlyDictionary<Actor, Caller> Callers = new Dictionary<Actor, Caller>
    {
        [Actor.Anonymous] = Caller.Anonymous,
        [Actor.OffenderManager] = ReferralArea.OffenderManager,
        [Actor.Partner] = ReferralArea.HostPartner,
        [Actor.IjCoordinator] = ReferralArea.HostPartner with { Duty = CallerDuty.IjCoordinator },
        [Actor.Commissioner] = new Caller(CallerRole.Commissioner, null, null),
        [Actor.Referrer] = new Caller(CallerRole.Referrer, null, ReferralArea.OtherOrganisation),
        [Actor.Admin] = ReferralArea.Admin,
        [Actor.Person] = ReferralArea.PersonOnProbation,
    };

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _partner = area.CreateClient(ReferralArea.HostPartner);
    private readonly GraphQLClient _referrer = area.CreateClient(Callers[Actor.Referrer]);

    [Fact]
    public async Task Every_actor_gets_exactly_the_access_the_policy_gives_it()
    {
        var operations = Operations();
        var expected = AccessMatrix.Expected();
        Assert.Equal(AccessMatrix.Actors, Callers.Keys.Order());
        Assert.Equal(expected.Select(e => e.Operation).Order(), operations.Keys.Order());

        var observed = new List<(string Operation, IReadOnlyList<string> Cells)>();
        foreach (var (operation, _) in expected)
        {
            var row = new List<string>();
            foreach (var actor in AccessMatrix.Actors)
            {
                var response = await area.CreateClient(Callers[actor]).PostAsync(await operations[operation](Callers[actor]));
                row.Add(response.Errors.Count == 0 ? "OK" : string.Join("+", response.Errors.Select(e => e["extensions"]?["code"]?.GetValue<string>())));
            }

            observed.Add((operation, row));
        }

        var differences = expected.Zip(observed)
            .SelectMany(pair => AccessMatrix.Actors.Select((actor, i) => (pair.First.Operation, Actor: actor, Policy: pair.First.Cells[i], Observed: pair.Second.Cells[i])))
            .Where(cell => cell.Policy != cell.Observed)
            .Select(cell => $"{cell.Operation} as {AccessMatrix.Column(cell.Actor)}: the policy says {cell.Policy}, the hub answered {cell.Observed}")
            .ToList();
        Assert.True(differences.Count == 0, $"The hub does not do what AccessPolicy says:\n{string.Join("\n", differences)}\n\nIt does:\n{AccessMatrix.Table(observed)}");
    }

    [Fact]
    public void The_matrix_covers_every_field_of_the_schema()
    {
        var schema = area.Hub.Services.GetRequiredService<RehabSchema>();
        schema.Initialize();
        var fields = schema.Query.Fields.Concat(schema.Mutation!.Fields).Select(f => f.Name).ToHashSet();
        var covered = AccessPolicy.All.Select(p => p.Operation.StartsWith("connect", StringComparison.Ordinal) ? "connect" : p.Operation).ToHashSet();

        Assert.Equal(fields.Order(), covered.Order());
    }

    /// <summary>
    /// docs/access.md shows the policy's matrix, rendered. With REHAB_WRITE_DOCS=1 a stale block is rewritten, and the
    /// test still fails that once, so the rewrite is seen and reviewed before it passes.
    /// </summary>
    [Fact]
    public void The_documented_matrix_is_the_policy()
    {
        var path = RepositoryPaths.Combine("docs", "access.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = text.IndexOf(AccessMatrix.Begin + "\n", StringComparison.Ordinal);
        var end = text.IndexOf(AccessMatrix.End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/access.md has no matrix block: a line \"{AccessMatrix.Begin}\", then one \"{AccessMatrix.End}\".");

        var from = begin + AccessMatrix.Begin.Length + 1;
        var documented = text[from..end];
        var generated = AccessMatrix.Block();
        if (documented == generated)
        {
            return;
        }

        var write = Environment.GetEnvironmentVariable(WriteDocs) == "1";
        if (write)
        {
            File.WriteAllText(path, text[..from] + generated + text[end..]);
        }

        Assert.Fail(write
            ? "docs/access.md's matrix was not the policy's and has been rewritten from AccessPolicy: review the diff and run the test again."
            : $"docs/access.md's matrix is not the policy's. Regenerate it from AccessPolicy with\n  {WriteDocs}=1 dotnet test tests/Rehab.Graph.Api.Tests --filter \"FullyQualifiedName~AccessMatrixTests.The_documented_matrix_is_the_policy\"\n" +
              $"and review the diff. The block should read:\n{generated}");
    }

    /// <summary>
    /// The matrix's IJ_COORDINATOR withdraws a booking of its own case; a referral it did not book, even one to its own
    /// organisation or booked by an offender manager at a placement its organisation hosts, stays out of its reach.
    /// </summary>
    [Fact]
    public async Task An_IJ_coordinator_may_not_withdraw_a_referral_not_booked_for_a_case_it_coordinates()
    {
        var coordinator = area.CreateClient(Callers[Actor.IjCoordinator]);
        var referral = await PendingAsync();
        var omBooking = await BookingAsync(ReferralArea.OffenderManager);

        var codes = new List<string?>();
        foreach (var id in new[] { referral, omBooking })
        {
            codes.Add((await coordinator.PostAsync($"mutation {{ withdrawReferral(input: {{referralId: \"{id}\", reason: \"Moved away\"}}) {{ id }} }}")).SingleError().Code);
        }

        Assert.Equal(["FORBIDDEN", "FORBIDDEN"], codes);
        var statuses = await _om.DataAsync($"{{ a: referral(id: \"{referral}\") {{ status }} b: referral(id: \"{omBooking}\") {{ status }} }}");
        Assert.Equal(["PENDING", "PENDING"], new[] { statuses["a"]!["status"]!.GetValue<string>(), statuses["b"]!["status"]!.GetValue<string>() });
    }

    private Dictionary<string, Func<Caller, Task<string>>> Operations()
    {
        const string home = "{latitude: 50.72, longitude: -3.53}";
        return new()
        {
            ["node"] = Fixed($"{{ node(id: \"{ReferralArea.HousingService}\") {{ id }} }}"),
            ["needs"] = Fixed("{ needs { code } }"),
            ["services"] = Fixed("{ services { totalCount } }"),
            ["organisations"] = Fixed("{ organisations { totalCount } }"),
            ["placements"] = Fixed("{ placements { totalCount } }"),
            ["mentors"] = Fixed("{ mentors { totalCount } }"),
            ["connectProfile"] = Fixed($"{{ connect(input: {{profile: {{home: {home}, gender: MALE}}}}) {{ services {{ score }} }} }}"),
            ["connectPerson"] = async caller => $"{{ connect(input: {{personId: \"{await PersonAsync(caller)}\"}}) {{ services {{ score }} }} }}",
            ["person"] = async caller => $"{{ person(id: \"{await PersonAsync(caller)}\") {{ id }} }}",
            ["people"] = Fixed("{ people { totalCount } }"),
            ["updatePerson"] = async caller => $"mutation {{ updatePerson(input: {{personId: \"{await PersonAsync(caller)}\", version: 0, riskFlags: [\"ARSON\"]}}) {{ id }} }}",
            ["provisionGaps"] = Fixed($"{{ provisionGaps(near: {{point: {home}, radiusKm: 5}}) {{ gap }} }}"),
            ["needCounts"] = Fixed("{ needCounts(areas: [\"HU3\"]) { people } }"),
            ["evaluation"] = Fixed("{ evaluation(areas: [\"HU3\"], from: \"2026-01-01\", to: \"2026-12-31\") { goalsMet } }"),
            ["referral"] = async _ => $"{{ referral(id: \"{await PendingAsync()}\") {{ id }} }}",
            ["referrals"] = Fixed("{ referrals { totalCount } }"),
            ["auditTrail"] = Fixed("{ auditTrail { totalCount } }"),
            ["practitioners"] = Fixed("{ practitioners { totalCount } }"),
            ["createReferral"] = async caller => $"mutation {{ createReferral(input: {{personId: \"{await PersonAsync(caller)}\", serviceId: \"{ReferralArea.HousingService}\"}}) {{ id }} }}",
            ["acceptReferral"] = async _ => $"mutation {{ acceptReferral(input: {{referralId: \"{await PendingAsync()}\"}}) {{ id }} }}",
            ["declineReferral"] = async _ => $"mutation {{ declineReferral(input: {{referralId: \"{await PendingAsync()}\", reason: \"Full this month\"}}) {{ id }} }}",
            ["logAttendance"] = async _ => $"mutation {{ logAttendance(input: {{referralId: \"{await AcceptedPlacementAsync()}\", date: \"{Today}\", attended: true}}) {{ id }} }}",
            ["logHours"] = async _ => $"mutation {{ logHours(input: {{referralId: \"{await AcceptedPlacementAsync()}\", date: \"{Today}\", hours: 2}}) {{ id }} }}",
            ["completeReferral"] = async _ => $"mutation {{ completeReferral(input: {{referralId: \"{await AcceptedServiceAsync()}\", outcome: \"Housed\"}}) {{ id }} }}",
            ["withdrawReferral"] = async caller => $"mutation {{ withdrawReferral(input: {{referralId: \"{await WithdrawableAsync(caller)}\", reason: \"Moved away\"}}) {{ id }} }}",
            ["upsertService"] = Fixed($"mutation {{ upsertService(input: {{organisationId: \"{ReferralArea.HostOrganisation}\", name: \"Matrix advice\", needs: [\"ACCOMMODATION\"], location: {home}}}) {{ id }} }}"),
            ["upsertPlacement"] = Fixed($"mutation {{ upsertPlacement(input: {{organisationId: \"{ReferralArea.HostOrganisation}\", title: \"Matrix garden\", kind: \"UNPAID_WORK\", location: {home}, capacity: 4, sessions: [\"Sat 09:00-15:00\"]}}) {{ id }} }}"),
            ["upsertMentor"] = Fixed($"mutation {{ upsertMentor(input: {{organisationId: \"{ReferralArea.HostOrganisation}\", displayName: \"Matrix M.\", gender: FEMALE, capacity: 2, location: {home}}}) {{ id }} }}"),
            ["upsertOrganisation"] = Fixed("mutation { upsertOrganisation(input: {name: \"Matrix Trust\", kind: \"VCSE\"}) { id } }"),
            ["upsertPractitioner"] = Fixed("mutation { upsertPractitioner(input: {name: \"Matrix OM\", deliveryUnit: \"Exeter\"}) { id } }"),
            ["assignOffenderManager"] = async _ => $"mutation {{ assignOffenderManager(input: {{personId: \"{await area.NewPersonAsync()}\", practitionerId: \"{ReferralArea.OtherOffenderManager.PractitionerId}\"}}) {{ id }} }}",
            ["immediateJusticeCase"] = async caller => $"{{ immediateJusticeCase(id: \"{await CaseAsync(caller)}\") {{ id }} }}",
            ["immediateJusticeCases"] = Fixed("{ immediateJusticeCases { id } }"),
            ["referForImmediateJustice"] = Fixed($"mutation {{ referForImmediateJustice(input: {CaseInput}) {{ id }} }}"),
            ["takeImmediateJusticeCase"] = async caller => $"mutation {{ takeImmediateJusticeCase(input: {{caseId: \"{await CaseAsync(caller)}\"}}) {{ id }} }}",
            ["recordCaseContact"] = async caller => $"mutation {{ recordCaseContact(input: {{caseId: \"{await CaseAsync(caller, taken: true)}\"}}) {{ id }} }}",
            ["recordRiskAssessment"] = async caller => $"mutation {{ recordRiskAssessment(input: {{caseId: \"{await CaseAsync(caller, taken: true, contacted: true)}\", riskOfHarm: LOW, riskFlags: []}}) {{ id }} }}",
            ["bookImmediateJusticePlacement"] = async caller =>
                $"mutation {{ bookImmediateJusticePlacement(input: {{caseId: \"{await CaseAsync(caller, taken: true, contacted: true, assessed: true)}\", placementId: \"{await area.NewPlacementAsync()}\"}}) {{ id }} }}",
            ["recordSafetyBriefing"] = async caller => $"mutation {{ recordSafetyBriefing(input: {{caseId: \"{await CaseAsync(caller, taken: true, contacted: true, assessed: true, booked: true)}\"}}) {{ id }} }}",
            ["importServices"] = Fixed($"mutation {{ importServices(input: {{organisationId: \"{ReferralArea.HostOrganisation}\", format: CSV, content: \"name,needs,latitude,longitude\\nMatrix import,ACCOMMODATION,50.72,-3.53\\n\", dryRun: true}}) {{ creates }} }}"),
            ["setServiceStatus"] = async _ => $"mutation {{ setServiceStatus(input: {{serviceId: \"{await NewServiceAsync()}\", status: PAUSED, version: 1}}) {{ id }} }}",
            ["me"] = Fixed("{ me { plan { version } } }"),
            ["plan"] = async caller => $"{{ plan(personId: \"{await PlanPersonAsync(caller)}\") {{ id }} }}",
            ["socialCapitalHistory"] = async caller => $"{{ socialCapitalHistory(personId: \"{await PlanPersonAsync(caller)}\") {{ bonding }} }}",
            ["addGoal"] = async caller => $"mutation {{ addGoal(input: {{personId: \"{await PlanPersonAsync(caller)}\", text: \"Find a home of my own\"}}) {{ id }} }}",
            ["setGoalStatus"] = async caller => $"mutation {{ setGoalStatus(input: {{goalId: \"{await GoalAsync(caller)}\", status: ACHIEVED}}) {{ id }} }}",
            ["addPlanStep"] = async caller => $"mutation {{ addPlanStep(input: {{goalId: \"{await GoalAsync(caller)}\", text: \"Ring the council\", supporter: SELF}}) {{ id }} }}",
            ["setPlanStepStatus"] = async caller => $"mutation {{ setPlanStepStatus(input: {{stepId: \"{await StepAsync(caller)}\", status: DONE}}) {{ id }} }}",
            ["commentOnPlanStep"] = async caller => $"mutation {{ commentOnPlanStep(input: {{stepId: \"{await StepAsync(caller)}\", text: \"Went well\"}}) {{ id }} }}",
            ["assignMentor"] = async _ => $"mutation {{ assignMentor(input: {{personId: \"{await area.NewPersonAsync()}\", mentorId: \"{await NewMentorAsync()}\"}}) {{ id }} }}",
            ["releaseMentor"] = async _ =>
            {
                var (person, mentor) = await MentoredAsync();
                return $"mutation {{ releaseMentor(input: {{personId: \"{person}\", mentorId: \"{mentor}\"}}) {{ id }} }}";
            },
            ["transitionCheck"] = async caller => $"{{ transitionCheck(input: {{personId: \"{await PersonAsync(caller)}\", kind: NEW_HOME, home: {home}, postcodeDistrict: \"EX4\"}}) {{ kind }} }}",
            // A handover, not a move: a district given to a person with needs would show in NeedCountTests' counts.
            ["recordTransition"] = async caller =>
                $"mutation {{ recordTransition(input: {{personId: \"{await PersonAsync(caller)}\", version: 0, kind: OFFENDER_MANAGER_CHANGE, practitionerId: \"{ReferralArea.OtherOffenderManager.PractitionerId}\"}}) {{ id }} }}",
            ["transitions"] = async caller => $"{{ transitions(personId: \"{await PersonAsync(caller)}\") {{ id }} }}",
            ["colleagues"] = _ => Task.FromResult("{ colleagues { totalCount } }"),
            ["deliveryUnits"] = _ => Task.FromResult("{ deliveryUnits { name } }"),
            ["recordPlanReview"] = async caller => $"mutation {{ recordPlanReview(input: {{personId: \"{await PlanPersonAsync(caller)}\", personRating: 4}}) {{ id }} }}",
            ["fund"] = async caller => $"{{ fund(personId: \"{await FundPersonAsync(caller)}\") {{ id }} }}",
            ["fundsHeld"] = async caller => $"{{ fundsHeld(personId: \"{await FundPersonAsync(caller)}\") {{ personId }} }}",
            ["allocateFund"] = async _ => $"mutation {{ allocateFund(input: {{personId: \"{await area.NewPersonAsync()}\", amountPence: 1000}}) {{ id }} }}",
            ["spendFromFund"] = async caller =>
            {
                var person = await FundPersonAsync(caller);
                return $"mutation {{ spendFromFund(input: {{personId: \"{person}\", goalId: \"{await FundFixtures.GoalAsync(area, person)}\", amountPence: 100, description: \"Bus pass\"}}) {{ id }} }}";
            },
            ["refundToFund"] = async caller =>
            {
                var person = await FundPersonAsync(caller);
                return $"mutation {{ refundToFund(input: {{entryId: \"{await FundFixtures.SpendAsync(area, person, await FundFixtures.GoalAsync(area, person), 100)}\", amountPence: 50}}) {{ id }} }}";
            },
            ["projects"] = Fixed("{ projects { totalCount } }"),
            ["createProject"] = async caller =>
                $"mutation {{ createProject(input: {{title: \"Matrix bikes\", kind: SERVICE, needs: [\"HEALTH\"], location: {home}, memberIds: [\"{await PlanPersonAsync(caller)}\"]}}) {{ id }} }}",
            ["joinProject"] = async caller => $"mutation {{ joinProject(input: {{projectId: \"{await ProjectAsync()}\", personId: \"{await PlanPersonAsync(caller)}\"}}) {{ id }} }}",
            ["setProjectStatus"] = async _ => $"mutation {{ setProjectStatus(input: {{projectId: \"{await ProjectAsync()}\", status: RUNNING}}) {{ id }} }}",
            ["awardGrant"] = async _ => $"mutation {{ awardGrant(input: {{projectId: \"{await ProjectAsync()}\", amountPence: 5000}}) {{ id }} }}",
            ["spendFromGrant"] = async _ => $"mutation {{ spendFromGrant(input: {{projectId: \"{await ProjectAsync(grantPence: 5000)}\", amountPence: 100, description: \"Inner tubes\"}}) {{ id }} }}",
            ["refundToGrant"] = async _ => $"mutation {{ refundToGrant(input: {{entryId: \"{await GrantSpendAsync()}\", amountPence: 50}}) {{ id }} }}",
        };
    }

    private string Today => area.Today;

    private static string CaseInput =>
        "{displayName: \"M. Case\", gender: MALE, home: {latitude: 50.72, longitude: -3.53}, phone: \"07700900456\", offenceSummary: \"Criminal damage\", hours: 4, referrerEmail: \"ij@police.example\"}";

    /// <summary>
    /// A fresh case from the referring agency, taken that far along the route by <paramref name="caller"/> when it is a
    /// partner coordinator, else by the offender manager.
    /// </summary>
    private async Task<string> CaseAsync(Caller caller, bool taken = false, bool contacted = false, bool assessed = false, bool booked = false)
    {
        var id = (await _referrer.DataAsync($"mutation {{ referForImmediateJustice(input: {CaseInput}) {{ id }} }}"))["referForImmediateJustice"]!["id"]!.GetValue<string>();
        var steps = new List<string>();
        steps.AddRange(taken ? [$"takeImmediateJusticeCase(input: {{caseId: \"{id}\"}})"] : []);
        steps.AddRange(contacted ? [$"recordCaseContact(input: {{caseId: \"{id}\"}})"] : []);
        steps.AddRange(assessed ? [$"recordRiskAssessment(input: {{caseId: \"{id}\", riskOfHarm: LOW, riskFlags: []}})"] : []);
        steps.AddRange(booked ? [$"bookImmediateJusticePlacement(input: {{caseId: \"{id}\", placementId: \"{await area.NewPlacementAsync()}\"}})"] : []);
        var coordinator = PartnerCoordinator(caller) ? area.CreateClient(caller) : _om;
        foreach (var step in steps)
        {
            await coordinator.DataAsync($"mutation {{ {step} {{ id }} }}");
        }

        return id;
    }

    /// <summary>A fresh person: supervised by the offender manager, or for a partner coordinator the person of a case it has just taken.</summary>
    private async Task<string> PersonAsync(Caller caller)
    {
        if (!PartnerCoordinator(caller))
        {
            return await area.NewPersonAsync();
        }

        var taken = await area.CreateClient(caller).DataAsync($"mutation {{ takeImmediateJusticeCase(input: {{caseId: \"{await CaseAsync(caller)}\"}}) {{ personId }} }}");
        return taken["takeImmediateJusticeCase"]!["personId"]!.GetValue<string>();
    }

    /// <summary>A fresh referral: for a partner coordinator the booking of a case it coordinates, else a pending referral of the offender manager's.</summary>
    private async Task<string> WithdrawableAsync(Caller caller) => PartnerCoordinator(caller) ? await BookingAsync(caller) : await PendingAsync();

    /// <summary>The referral made by booking a placement for a fresh case, coordinated by <paramref name="caller"/> when it is a partner coordinator, else by the offender manager.</summary>
    private async Task<string> BookingAsync(Caller caller)
    {
        var id = await CaseAsync(caller, taken: true, contacted: true, assessed: true, booked: true);
        var read = await (PartnerCoordinator(caller) ? area.CreateClient(caller) : _om).DataAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ referral {{ id }} }} }}");
        return read["immediateJusticeCase"]!["referral"]!["id"]!.GetValue<string>();
    }

    /// <summary>The person whose plan is involved: the caller's own for a person on probation, else a fresh person supervised by the offender manager.</summary>
    private async Task<string> PlanPersonAsync(Caller caller) => caller.PersonId ?? await area.NewPersonAsync();

    /// <summary>
    /// The person whose fund is involved, with 1,000 pence in it: the caller's own for a person on probation; else a fresh person
    /// supervised by the offender manager, whose fund a partner's organisation holds when the caller is a partner.
    /// </summary>
    private async Task<string> FundPersonAsync(Caller caller)
    {
        var person = caller.PersonId ?? await area.NewPersonAsync();
        await FundFixtures.AllocateAsync(area, person, 1000);
        if (caller.Role == CallerRole.Partner)
        {
            await FundFixtures.HandToAsync(area, person, caller.OrganisationId!);
        }

        return person;
    }

    /// <summary>An active goal, written by the offender manager on the plan involved.</summary>
    private async Task<string> GoalAsync(Caller caller) =>
        (await _om.DataAsync($"mutation {{ addGoal(input: {{personId: \"{await PlanPersonAsync(caller)}\", text: \"Get back into work\"}}) {{ id }} }}"))["addGoal"]!["id"]!.GetValue<string>();

    /// <summary>An agreed step of a fresh goal on the plan involved.</summary>
    private async Task<string> StepAsync(Caller caller) =>
        (await _om.DataAsync($"mutation {{ addPlanStep(input: {{goalId: \"{await GoalAsync(caller)}\", text: \"Update the CV\", supporter: SELF}}) {{ id }} }}"))["addPlanStep"]!["id"]!.GetValue<string>();

    private async Task<string> NewMentorAsync() =>
        (await _partner.DataAsync($"mutation {{ upsertMentor(input: {{organisationId: \"{ReferralArea.HostOrganisation}\", displayName: \"Matrix mentor\", gender: MALE, capacity: 2, location: {{latitude: 50.72, longitude: -3.53}}}}) {{ id }} }}"))
        ["upsertMentor"]!["id"]!.GetValue<string>();

    /// <summary>A fresh person of the offender manager's, and a fresh mentor assigned to them.</summary>
    private async Task<(string Person, string Mentor)> MentoredAsync()
    {
        var person = await area.NewPersonAsync();
        var mentor = await NewMentorAsync();
        await _om.DataAsync($"mutation {{ assignMentor(input: {{personId: \"{person}\", mentorId: \"{mentor}\"}}) {{ id }} }}");
        return (person, mentor);
    }

    private static bool PartnerCoordinator(Caller caller) => caller.Coordinator is { OrganisationId: not null };

    /// <summary>A fresh PROPOSED project an admin starts with a fresh person on the offender manager's caseload, with a grant when asked.</summary>
    private async Task<string> ProjectAsync(int grantPence = 0)
    {
        var admin = area.CreateClient(ReferralArea.Admin);
        var created = await admin.DataAsync(
            $"mutation {{ createProject(input: {{title: \"Matrix garden\", kind: GROUP, needs: [\"HEALTH\"], location: {{latitude: 50.72, longitude: -3.53}}, memberIds: [\"{await area.NewPersonAsync()}\"]}}) {{ id }} }}");
        var id = created["createProject"]!["id"]!.GetValue<string>();
        if (grantPence > 0)
        {
            await admin.DataAsync($"mutation {{ awardGrant(input: {{projectId: \"{id}\", amountPence: {grantPence}}}) {{ id }} }}");
        }

        return id;
    }

    /// <summary>A spend of 100 pence from a new project's grant of 5,000, to refund from.</summary>
    private async Task<string> GrantSpendAsync()
    {
        var project = await ProjectAsync(grantPence: 5000);
        var spend = await area.CreateClient(ReferralArea.Admin).DataAsync($"mutation {{ spendFromGrant(input: {{projectId: \"{project}\", amountPence: 100, description: \"Seeds\"}}) {{ id }} }}");
        return spend["spendFromGrant"]!["id"]!.GetValue<string>();
    }

    private static Func<Caller, Task<string>> Fixed(string document) => _ => Task.FromResult(document);

    private async Task<string> PendingAsync() => await CreateAsync($"serviceId: \"{ReferralArea.HousingService}\"");

    private async Task<string> AcceptedServiceAsync() => await AcceptAsync(await PendingAsync());

    private async Task<string> AcceptedPlacementAsync() =>
        await AcceptAsync(await CreateAsync($"placementId: \"{await area.NewPlacementAsync()}\", hoursOrdered: 20"));

    private async Task<string> CreateAsync(string target) =>
        (await _om.DataAsync($"mutation {{ createReferral(input: {{personId: \"{await area.NewPersonAsync()}\", {target}}}) {{ id }} }}"))["createReferral"]!["id"]!.GetValue<string>();

    private async Task<string> AcceptAsync(string id)
    {
        await _partner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{id}\"}}) {{ id }} }}");
        return id;
    }

    private async Task<string> NewServiceAsync() =>
        (await _partner.DataAsync($"mutation {{ upsertService(input: {{organisationId: \"{ReferralArea.HostOrganisation}\", name: \"Matrix status\", needs: [\"ACCOMMODATION\"], location: {{latitude: 50.72, longitude: -3.53}}}}) {{ id }} }}"))
        ["upsertService"]!["id"]!.GetValue<string>();
}
