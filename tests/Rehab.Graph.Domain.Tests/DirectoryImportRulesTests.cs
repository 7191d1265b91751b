using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.OpenReferral;

namespace Rehab.Graph.Domain.Tests;

public sealed class DirectoryImportRulesTests
{
    private static readonly Caller Admin = new(CallerRole.Admin, null, null, "cli");

    private static readonly KnownOrganisation[] Known =
    [
        new("org-0001", "Humber Money Matters"),
        new("org-0002", "Hull Food Hub"),
        new("org-0003", "Hull Food Hub"),
    ];

    private static DirectoryRow Row(int index, OrganisationInFile? organisation) =>
        new(new ImportRow($"[{index}]", null, new ServiceDraft(null, null, null, $"Service {index}", null, ["ACCOMMODATION"], null, null, null, null, null, null, null, null, null, null, null), []), organisation);

    private static DirectoryMatch Match(params DirectoryRow[] rows)
    {
        var sequence = 0;
        return DirectoryImportRules.Match(rows, Known, Admin, () => $"org-new-{++sequence}");
    }

    [Fact]
    public void An_organisation_is_ours_by_the_UUID_we_exported_or_our_own_id_and_else_by_name_whatever_its_case_and_spacing()
    {
        var match = Match(
            Row(0, new OrganisationInFile(OpenReferralIds.Text(OpenReferralIds.Of("org-0001")), "A name of their own", null, null, null)),
            Row(1, new OrganisationInFile("org-0001", null, null, null, null)),
            Row(2, new OrganisationInFile(Guid.NewGuid().ToString(), "  humber  MONEY matters ", null, null, null)));

        Assert.Empty(match.Rejections);
        var organisation = Assert.Single(match.Organisations);
        Assert.Equal(("org-0001", "Humber Money Matters", (OrganisationEdit?)null), (organisation.Id, organisation.Name, organisation.New));
        Assert.Equal(["[0]", "[1]", "[2]"], organisation.Rows.Select(r => r.Position));
    }

    [Fact]
    public void An_organisation_the_hub_does_not_know_is_created_once_for_all_its_services_as_a_VCSE()
    {
        var theirs = Guid.NewGuid().ToString();
        var match = Match(
            Row(0, new OrganisationInFile(theirs, "Bridlington Tenancy Trust", "Tenancy help.", "https://btt.example", "hello@btt.example")),
            Row(1, new OrganisationInFile(theirs, "Bridlington Tenancy Trust", null, null, null)),
            Row(2, new OrganisationInFile(null, "Goole Lunch Club", null, null, null)));

        Assert.Empty(match.Rejections);
        Assert.Equal(["org-new-1", "org-new-2"], match.Organisations.Select(o => o.Id));
        var trust = match.Organisations[0];
        Assert.Equal(2, trust.Rows.Count);
        Assert.Equal(("Bridlington Tenancy Trust", "VCSE", "Tenancy help.", "https://btt.example", "hello@btt.example"),
            (trust.New!.Name, trust.New.Kind, trust.New.Description, trust.New.Website, trust.New.Contact!.Email));
    }

    [Fact]
    public void A_service_naming_no_organisation_an_ambiguous_one_or_an_invalid_new_one_is_rejected_naming_the_field()
    {
        var match = Match(
            Row(0, null),
            Row(1, new OrganisationInFile(null, "hull food hub", null, null, null)),
            Row(2, new OrganisationInFile(Guid.NewGuid().ToString(), null, null, null, null)),
            Row(3, new OrganisationInFile(null, "Scarborough Sheds", null, "javascript:alert(1)", null)),
            Row(4, new OrganisationInFile(null, new string('x', 500), null, null, null)));

        Assert.Empty(match.Organisations);
        Assert.Equal(
            ["organization", "organization.name", "organization.name", "organization.website", "organization.name"],
            match.Rejections.Select(r => Assert.Single(r.Problems).Field));
        Assert.Contains("matches 2 organisations of the hub (org-0002, org-0003)", match.Rejections[1].Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("is not one of the hub's: give its name", match.Rejections[2].Problems[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("'organization.website' must be an http or https address", match.Rejections[3].Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_organisation_named_with_its_id_by_some_services_and_by_its_name_alone_by_others_is_one()
    {
        var theirs = Guid.NewGuid().ToString();
        var match = Match(
            Row(0, new OrganisationInFile(theirs, null, null, null, null)),
            Row(1, new OrganisationInFile(null, "Bridlington Tenancy Trust", null, null, null)),
            Row(2, new OrganisationInFile(theirs, "bridlington tenancy trust", "Tenancy help.", null, null)));

        Assert.Empty(match.Rejections);
        var organisation = Assert.Single(match.Organisations);
        Assert.Equal(["[0]", "[1]", "[2]"], organisation.Rows.Select(r => r.Position));
        Assert.Equal("Tenancy help.", organisation.New!.Description);
    }

    [Fact]
    public void Two_new_organisations_of_one_name_are_rejected_as_the_hub_could_not_tell_them_apart_again()
    {
        var match = Match(
            Row(0, new OrganisationInFile(Guid.NewGuid().ToString(), "Citizens Advice Goole", null, null, null)),
            Row(1, new OrganisationInFile(Guid.NewGuid().ToString(), "citizens advice  goole", null, null, null)),
            Row(2, new OrganisationInFile(null, "Goole Lunch Club", null, null, null)));

        Assert.Equal(["Goole Lunch Club"], match.Organisations.Select(o => o.Name));
        Assert.Equal(["[0]", "[1]"], match.Rejections.Select(r => r.Row.Position));
        Assert.All(match.Rejections, r => Assert.Contains("give them names of their own", Assert.Single(r.Problems).Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_partner_may_not_create_organisations()
    {
        var partner = new Caller(CallerRole.Partner, null, "org-0001");

        Assert.Throws<ForbiddenException>(() => DirectoryImportRules.Match(
            [Row(0, new OrganisationInFile(null, "Goole Lunch Club", null, null, null))], Known, partner, () => "org-new"));
    }
}
