using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using static Rehab.Graph.Api.Tests.ImmediateJusticeTests;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Each role sees the contact details its work needs, and no more: a partner working a referral sees who referred
/// (the referring practitioner's line, not any other's); an Immediate Justice coordinator, and the referrer of the
/// case, read how the person can be reached and how to reach the referrer; others read no case at all.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class ContactVisibilityTests(ReferralArea area)
{
    private const string CaseContactFields = "id personContact { name email phone } personPostalAddress referrer { name email phone url }";

    private static readonly Caller Coordinator = new(CallerRole.Partner, null, ReferralArea.HostOrganisation, "coord@devon.example", CallerDuty.IjCoordinator);

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _otherOm = area.CreateClient(ReferralArea.OtherOffenderManager);
    private readonly GraphQLClient _partner = area.CreateClient(ReferralArea.HostPartner);
    private readonly GraphQLClient _police = area.CreateClient(Police);

    [Fact]
    public async Task A_partner_working_a_referral_sees_the_referring_practitioners_contact_and_no_other()
    {
        var mine = await ReferAsync(_om, await area.NewPersonAsync());
        var theirs = await ReferAsync(_otherOm, await area.NewPersonAsync(ReferralArea.OtherOffenderManager));

        var one = (await _partner.DataAsync($"{{ referral(id: \"{mine}\") {{ referrer {{ name email phone url }} }} }}"))["referral"]!["referrer"]!;
        var listed = (await _partner.DataAsync("{ referrals(first: 100) { nodes { id referrer { name email phone } } } }"))["referrals"]!["nodes"]!.AsArray();
        var byOwnOm = (await _om.DataAsync($"{{ referral(id: \"{mine}\") {{ referrer {{ email }} }} }}"))["referral"]!["referrer"]!;
        var otherPartner = await area.CreateClient(ReferralArea.OtherPartner).PostAsync($"{{ referral(id: \"{mine}\") {{ referrer {{ email }} }} }}");

        Assert.Equal(("OM One", "om.one@probation.example", "01632 960001"), (one["name"]!.GetValue<string>(), one["email"]!.GetValue<string>(), one["phone"]!.GetValue<string>()));
        Assert.Null(one["url"]);
        Assert.Equal("om.one@probation.example", Referrer(listed, mine)["email"]!.GetValue<string>());
        Assert.Equal(("OM Two", "om.two@probation.example"), (Referrer(listed, theirs)["name"]!.GetValue<string>(), Referrer(listed, theirs)["email"]!.GetValue<string>()));
        Assert.Equal("om.one@probation.example", byOwnOm["email"]!.GetValue<string>());
        Assert.Null(otherPartner.Data?["referral"]);
    }

    [Fact]
    public async Task Immediate_Justice_coordinators_and_the_referrer_read_the_persons_contact_and_the_referrers()
    {
        var id = (await _police.DataAsync(Mutation("referForImmediateJustice", ReferralInput(
            "email: \"jo.contact@example.org\"; phone: \"07700900321\"; postalAddress: \"3 Quay Road, Exeter EX2 4AN\"; referrerEmail: \"ocd@police.example\""))))
            ["referForImmediateJustice"]!["id"]!.GetValue<string>();

        var byOm = await CaseAsync(_om, id);
        var byCoordinator = await CaseAsync(area.CreateClient(Coordinator), id);
        var byReferrer = await CaseAsync(_police, id);

        Assert.All([byOm, byCoordinator, byReferrer], read =>
        {
            Assert.Equal(("J. Doe", "jo.contact@example.org", "07700900321"),
                (read["personContact"]!["name"]!.GetValue<string>(), read["personContact"]!["email"]!.GetValue<string>(), read["personContact"]!["phone"]!.GetValue<string>()));
            Assert.Equal("3 Quay Road, Exeter EX2 4AN", read["personPostalAddress"]!.GetValue<string>());
            Assert.Equal(("Exe Other Charity", "ocd@police.example", "01632 960222"),
                (read["referrer"]!["name"]!.GetValue<string>(), read["referrer"]!["email"]!.GetValue<string>(), read["referrer"]!["phone"]!.GetValue<string>()));
        });
    }

    [Theory]
    [InlineData("OTHER_REFERRER", "FORBIDDEN", null)]
    [InlineData("PARTNER", "FORBIDDEN", "FORBIDDEN")]
    [InlineData("COMMISSIONER", "FORBIDDEN", "FORBIDDEN")]
    [InlineData("ANONYMOUS", "UNAUTHENTICATED", "UNAUTHENTICATED")]
    public async Task No_one_else_reads_a_cases_contact_details(string role, string code, string? listCode)
    {
        var id = (await _police.DataAsync(Mutation("referForImmediateJustice", ReferralInput("email: \"hidden@example.org\""))))["referForImmediateJustice"]!["id"]!.GetValue<string>();
        var caller = role switch
        {
            "OTHER_REFERRER" => new Caller(CallerRole.Referrer, null, ReferralArea.HostOrganisation),
            "PARTNER" => ReferralArea.HostPartner,
            "COMMISSIONER" => new Caller(CallerRole.Commissioner, null, null),
            _ => Caller.Anonymous,
        };

        var one = await area.CreateClient(caller).PostAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ {CaseContactFields} }} }}");
        var all = await area.CreateClient(caller).PostAsync($"{{ immediateJusticeCases {{ {CaseContactFields} }} }}");

        Assert.Equal(code, one.SingleError().Code);
        Assert.Null(one.Data?["immediateJusticeCase"]);
        // Another referring agency lists its own cases, without this one.
        Assert.Equal(listCode, all.Errors.SingleOrDefault()?["extensions"]?["code"]?.GetValue<string>());
        Assert.DoesNotContain("hidden@example.org", one.Json + all.Json, StringComparison.Ordinal);
    }

    private static JsonNode Referrer(JsonArray referrals, string id) => referrals.Single(r => r!["id"]!.GetValue<string>() == id)!["referrer"]!;

    private static async Task<string> ReferAsync(GraphQLClient om, string personId) =>
        (await om.DataAsync($"mutation {{ createReferral(input: {{personId: \"{personId}\", serviceId: \"{ReferralArea.HousingService}\", needs: [\"ACCOMMODATION\"]}}) {{ id }} }}"))
        ["createReferral"]!["id"]!.GetValue<string>();

    private static async Task<JsonNode> CaseAsync(GraphQLClient client, string id) =>
        (await client.DataAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ {CaseContactFields} }} }}"))["immediateJusticeCase"]!;
}
