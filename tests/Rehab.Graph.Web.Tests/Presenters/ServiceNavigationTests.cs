using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Navigation;

namespace Rehab.Graph.Web.Tests.Presenters;

public sealed class ServiceNavigationTests
{
    private static WebUser User(WebRole role, string? duty = null) => new(role, "prc-07", "org-0008", duty, null, null);

    [Fact]
    public void Signed_out_the_navigation_has_the_public_pages_only()
    {
        Assert.Equal(["/directory", "/certificates/check"], ServiceNavigation.For(null, "/").Select(i => i.Href));
    }

    [Theory]
    [InlineData(WebRole.OffenderManager, null, "/caseload,/immediate-justice")]
    [InlineData(WebRole.Partner, null, "/partner")]
    [InlineData(WebRole.Partner, "IJ_COORDINATOR", "/partner,/immediate-justice")]
    [InlineData(WebRole.Referrer, null, "/immediate-justice")]
    [InlineData(WebRole.Commissioner, null, "/commissioning,/evaluation")]
    [InlineData(WebRole.Admin, null, "/admin")]
    public void Each_role_starts_with_its_own_pages(WebRole role, string? duty, string expected)
    {
        var links = ServiceNavigation.For(User(role, duty), "/").Select(i => i.Href).ToList();

        Assert.Equal([.. expected.Split(','), "/directory", "/certificates/check"], links);
    }

    [Theory]
    [InlineData("/caseload", "page")]
    [InlineData("/caseload/", "page")]
    [InlineData("/CASELOAD", "page")]
    [InlineData("/caseload/more", "true")]
    [InlineData("/caseloads", null)]
    [InlineData("/", null)]
    public void The_current_page_is_marked_page_and_a_page_within_its_section_true(string path, string? current) =>
        Assert.Equal(current, ServiceNavigation.For(User(WebRole.OffenderManager), path).Single(i => i.Href == "/caseload").Current);

    [Fact]
    public void A_person_on_probation_has_their_plan_and_nothing_else()
    {
        var person = new WebUser(WebRole.Person, null, null, null, null, "H. Jafari", "per-0001");

        var links = ServiceNavigation.For(person, "/my-plan");

        Assert.Equal([new NavigationItem("Your plan", "/my-plan", "page")], links);
    }
}
