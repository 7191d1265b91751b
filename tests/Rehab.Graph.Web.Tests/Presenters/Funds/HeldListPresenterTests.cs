using Rehab.Graph.Web.Pages.Funds;

namespace Rehab.Graph.Web.Tests.Presenters.Funds;

public sealed class HeldListPresenterTests
{
    [Fact]
    public void The_caption_counts_the_women_whose_funds_are_held()
    {
        var one = new HeldListPresenter([new HeldFundRow("B. Hussain", "/partner/funds/per-0095", "£12.50", "4 May 2026")]);
        var two = new HeldListPresenter([.. one.Rows, new HeldFundRow("K. Lowe", "/partner/funds/per-0096", "£0", "")]);

        Assert.Equal(("1 woman", "2 women"), (one.Caption, two.Caption));
    }

    [Fact]
    public void With_none_held_it_says_how_a_fund_comes_to_be_held()
    {
        Assert.Empty(new HeldListPresenter([]).Rows);
        Assert.Contains("an admin allocates money to a woman's fund for your service to hold", new HeldListPresenter([]).None, StringComparison.Ordinal);
    }
}
