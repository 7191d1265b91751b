using Rehab.Graph.Client;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Caseload;
using People = Rehab.Graph.Client.CaseloadPageResult.PeopleData;

namespace Rehab.Graph.Web.Tests.Presenters;

public sealed class CaseloadPresenterTests
{
    private static People.NodesData Person(string id, RiskLevel? risk = null, params (string Label, int Severity)[] needs) => new()
    {
        Id = id,
        DisplayName = $"Person {id}",
        PostcodeDistrict = null,
        RiskOfHarm = risk,
        RiskFlags = id == "per-0001" ? ["NO_CONTACT_CHILDREN"] : [],
        Needs = needs.Select(n => new People.NodesData.NeedsData { Label = n.Label, Severity = n.Severity }).ToList(),
    };

    private static People Page(int total, bool hasNext, string? end, params People.NodesData[] nodes) =>
        new() { TotalCount = total, Nodes = nodes, PageInfo = new() { HasNextPage = hasNext, EndCursor = end } };

    [Fact]
    public void A_row_links_to_the_person_and_shows_risk_as_a_tag_and_the_most_severe_needs_first()
    {
        var presenter = new CaseloadPresenter(Page(1, false, null, Person("per-0001", RiskLevel.VeryHigh, ("Accommodation", 1), ("Drug misuse", 3))), CursorTrail.Of(null, null));

        var row = Assert.Single(presenter.Rows);

        Assert.Equal("/people/per-0001", row.Href);
        Assert.Equal("Very high", row.RiskOfHarm);
        Assert.Equal("govuk-tag--red", row.RiskTag);
        Assert.Equal(["Drug misuse", "Accommodation"], row.Needs);
        Assert.Equal(["No contact children"], row.RiskFlags);
        Assert.Equal("Not known", row.Area);
        Assert.Equal("1 person you supervise", presenter.Caption);
    }

    [Fact]
    public void Someone_not_yet_assessed_says_so_rather_than_showing_nothing()
    {
        var row = Assert.Single(new CaseloadPresenter(Page(1, false, null, Person("per-0002")), CursorTrail.Of(null, null)).Rows);

        Assert.Equal("Not assessed", row.RiskOfHarm);
        Assert.Null(row.RiskTag);
        Assert.Equal(["None assessed"], row.Needs);
        Assert.Equal(["None"], row.RiskFlags);
    }

    [Fact]
    public void A_caseload_that_fits_on_one_page_has_no_pagination_and_a_longer_one_pages_by_25()
    {
        var one = new CaseloadPresenter(Page(21, false, null, Person("per-0001")), CursorTrail.Of(null, null));
        var longer = new CaseloadPresenter(Page(30, true, "c25", Enumerable.Range(1, 25).Select(i => Person($"per-{i:0000}")).ToArray()), CursorTrail.Of(null, null));

        Assert.Null(one.Pagination);
        Assert.Equal("/caseload?after=c25", longer.Pagination!.NextHref);
        Assert.Equal("Showing 1 to 25 of 30 people", longer.Pagination.Summary);
        Assert.Equal("30 people you supervise", longer.Caption);
    }
}
