using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Who may do what: every query and mutation, called by every role and by an anonymous caller, with
/// valid input and fresh state, through HTTP on the real graph. The expected table is the policy; any
/// cell that changes fails the test, and the message shows the whole table as it now is.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class AccessMatrixTests(ReferralArea area)
{
    // OK: answered without errors. Otherwise the error code. OM is the offender manager of the person
    // involved and PARTNER the organisation referred to or listing; REFERRER and PARTNER act for their own organisations.
    // IJ_COORDINATOR is a user of the same organisation as PARTNER whose token carries the IJ_COORDINATOR duty: it
    // coordinates the case involved, and the person involved is the person of a case it coordinates.
    private const string Expected = """
        operation                      ANONYMOUS        OFFENDER_MANAGER PARTNER          IJ_COORDINATOR   COMMISSIONER     REFERRER         ADMIN
        node                           OK               OK               OK               OK               OK               OK               OK
        needs                          OK               OK               OK               OK               OK               OK               OK
        services                       OK               OK               OK               OK               OK               OK               OK
        organisations                  OK               OK               OK               OK               OK               OK               OK
        placements                     OK               OK               OK               OK               OK               OK               OK
        mentors                        OK               OK               OK               OK               OK               OK               OK
        connectProfile                 OK               OK               OK               OK               OK               OK               OK
        connectPerson                  UNAUTHENTICATED  OK               FORBIDDEN        OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        person                         UNAUTHENTICATED  OK               FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN
        people                         UNAUTHENTICATED  OK               FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN
        provisionGaps                  UNAUTHENTICATED  OK               OK               OK               OK               OK               OK
        needCounts                     UNAUTHENTICATED  FORBIDDEN        FORBIDDEN        FORBIDDEN        OK               FORBIDDEN        OK
        referral                       UNAUTHENTICATED  OK               OK               OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        referrals                      UNAUTHENTICATED  OK               OK               OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        auditTrail                     UNAUTHENTICATED  FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        OK
        practitioners                  UNAUTHENTICATED  FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        OK
        createReferral                 UNAUTHENTICATED  OK               FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN
        acceptReferral                 UNAUTHENTICATED  FORBIDDEN        OK               OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        declineReferral                UNAUTHENTICATED  FORBIDDEN        OK               OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        logAttendance                  UNAUTHENTICATED  FORBIDDEN        OK               OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        logHours                       UNAUTHENTICATED  FORBIDDEN        OK               OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        completeReferral               UNAUTHENTICATED  FORBIDDEN        OK               OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        withdrawReferral               UNAUTHENTICATED  OK               FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN
        upsertService                  UNAUTHENTICATED  FORBIDDEN        OK               OK               FORBIDDEN        FORBIDDEN        OK
        upsertPlacement                UNAUTHENTICATED  FORBIDDEN        OK               OK               FORBIDDEN        FORBIDDEN        OK
        upsertMentor                   UNAUTHENTICATED  FORBIDDEN        OK               OK               FORBIDDEN        FORBIDDEN        OK
        setServiceStatus               UNAUTHENTICATED  FORBIDDEN        OK               OK               FORBIDDEN        FORBIDDEN        OK
        importServices                 UNAUTHENTICATED  FORBIDDEN        OK               OK               FORBIDDEN        FORBIDDEN        OK
        upsertOrganisation             UNAUTHENTICATED  FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        OK
        upsertPractitioner             UNAUTHENTICATED  FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        OK
        assignOffenderManager          UNAUTHENTICATED  FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        OK
        immediateJusticeCase           UNAUTHENTICATED  OK               FORBIDDEN        OK               FORBIDDEN        OK               FORBIDDEN
        immediateJusticeCases          UNAUTHENTICATED  OK               FORBIDDEN        OK               FORBIDDEN        OK               FORBIDDEN
        referForImmediateJustice       UNAUTHENTICATED  FORBIDDEN        FORBIDDEN        FORBIDDEN        FORBIDDEN        OK               FORBIDDEN
        takeImmediateJusticeCase       UNAUTHENTICATED  OK               FORBIDDEN        OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        recordCaseContact              UNAUTHENTICATED  OK               FORBIDDEN        OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        recordRiskAssessment           UNAUTHENTICATED  OK               FORBIDDEN        OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        bookImmediateJusticePlacement  UNAUTHENTICATED  OK               FORBIDDEN        OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        recordSafetyBriefing           UNAUTHENTICATED  OK               FORBIDDEN        OK               FORBIDDEN        FORBIDDEN        FORBIDDEN
        """;

    private static readonly (string Name, Caller Caller)[] Callers =
    [
        ("ANONYMOUS", Caller.Anonymous),
        ("OFFENDER_MANAGER", ReferralArea.OffenderManager),
        ("PARTNER", ReferralArea.HostPartner),
        ("IJ_COORDINATOR", ReferralArea.HostPartner with { Duty = CallerDuty.IjCoordinator }),
        ("COMMISSIONER", new Caller(CallerRole.Commissioner, null, null)),
        ("REFERRER", new Caller(CallerRole.Referrer, null, ReferralArea.OtherOrganisation)),
        ("ADMIN", ReferralArea.Admin),
    ];

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _partner = area.CreateClient(ReferralArea.HostPartner);
    private readonly GraphQLClient _referrer = area.CreateClient(Callers.Single(c => c.Name == "REFERRER").Caller);

    [Fact]
    public async Task Every_role_gets_exactly_the_access_the_policy_gives_it()
    {
        var operations = Operations();
        var expected = Parse(Expected);
        Assert.Equal(expected.Keys.Order(), operations.Keys.Order());

        var actual = new Dictionary<string, string[]>();
        foreach (var (operation, document) in operations)
        {
            var row = new string[Callers.Length];
            for (var i = 0; i < Callers.Length; i++)
            {
                var response = await area.CreateClient(Callers[i].Caller).PostAsync(await document(Callers[i].Caller));
                row[i] = response.Errors.Count == 0 ? "OK" : string.Join("+", response.Errors.Select(e => e["extensions"]?["code"]?.GetValue<string>()));
            }

            actual[operation] = row;
        }

        Assert.True(
            expected.All(e => actual[e.Key].SequenceEqual(e.Value)),
            $"The access matrix changed. It is now:\n{Format(actual, expected.Keys)}");
    }

    [Fact]
    public void The_matrix_covers_every_field_of_the_schema()
    {
        var schema = area.Hub.Services.GetRequiredService<RehabSchema>();
        schema.Initialize();
        var fields = schema.Query.Fields.Concat(schema.Mutation!.Fields).Select(f => f.Name).ToHashSet();
        var covered = Parse(Expected).Keys.Select(k => k.StartsWith("connect", StringComparison.Ordinal) ? "connect" : k).ToHashSet();

        Assert.Equal(fields.Order(), covered.Order());
    }

    [Fact]
    public void The_documented_matrix_is_the_tested_one()
    {
        var documented = File.ReadAllText(Rehab.Graph.Testing.RepositoryPaths.Combine("docs", "access.md"));

        Assert.All(
            Expected.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            row => Assert.Contains("\n" + row + "\n", documented.ReplaceLineEndings("\n"), StringComparison.Ordinal));
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
            ["provisionGaps"] = Fixed($"{{ provisionGaps(near: {{point: {home}, radiusKm: 5}}) {{ gap }} }}"),
            ["needCounts"] = Fixed("{ needCounts(areas: [\"HU3\"]) { people } }"),
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
            ["withdrawReferral"] = async _ => $"mutation {{ withdrawReferral(input: {{referralId: \"{await PendingAsync()}\", reason: \"Moved away\"}}) {{ id }} }}",
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

    private static bool PartnerCoordinator(Caller caller) => caller.Coordinator is { OrganisationId: not null };

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

    private static Dictionary<string, string[]> Parse(string table) =>
        table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(cells => cells[0], cells => cells[1..]);

    private static string Format(Dictionary<string, string[]> actual, IEnumerable<string> order)
    {
        var text = new StringBuilder("operation".PadRight(31) + string.Concat(Callers.Select(c => c.Name.PadRight(17))).TrimEnd() + "\n");
        foreach (var operation in order)
        {
            text.Append(operation.PadRight(31)).Append(string.Concat(actual[operation].Select(c => c.PadRight(17))).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
