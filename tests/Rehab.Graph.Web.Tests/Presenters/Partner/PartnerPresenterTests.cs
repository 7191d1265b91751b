using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Tests.Presenters.Partner;

public sealed class PartnerPresenterTests
{
    private static PartnerPageResult Page() => new()
    {
        Organisation = new() { Typename = "Organisation", Id = "org-0052", Name = "Fishermen's Quay Arts" },
        Services = new()
        {
            TotalCount = 2,
            Nodes =
            [
                new() { Id = "svc-0121", Name = "Thinking Through Drama", Status = ServiceStatus.Active, Version = 1, Needs = [new() { Label = "Relationships" }, new() { Label = "Lifestyle" }], ByAndFor = ["YOUNG_ADULTS", "WOMEN"] },
                new() { Id = "svc-0122", Name = "Open Mic", Status = ServiceStatus.Paused, Version = 2, Needs = [], ByAndFor = [] },
            ],
        },
        Placements = new() { TotalCount = 1, Nodes = [new() { Id = "plc-0033", Title = "Theatre set building", Kind = "UNPAID_WORK", Capacity = 4, Filled = 1 }] },
        Mentors = new() { TotalCount = 1, Nodes = [new() { Id = "mnt-0013", DisplayName = "E. Munteanu", Capacity = 3, SpareCapacity = 1 }] },
        Pending = new() { TotalCount = 1 },
        Attention = new() { TotalCount = 2 },
        Referrals = new()
        {
            TotalCount = 30,
            Nodes =
            [
                new()
                {
                    Id = "ref-1", Status = ReferralStatus.Pending, CreatedAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), Attention = ["NO_RESPONSE"],
                    Person = new() { DisplayName = "C. Ellis" }, Service = null, Placement = new() { Title = "Theatre set building" },
                },
            ],
        },
    };

    [Fact]
    public void Services_show_their_status_as_a_tag_and_link_to_their_form()
    {
        var presenter = new PartnerPresenter(Page(), null);

        Assert.Equal("Fishermen's Quay Arts", presenter.Title);
        Assert.Equal(
            [new ServiceRow("Thinking Through Drama", "/partner/services/svc-0121", "Relationships, Lifestyle", "Active", "govuk-tag--green", ByAndFor: "Women, Young adults"),
             new ServiceRow("Open Mic", "/partner/services/svc-0122", "", "Paused", "govuk-tag--yellow")],
            presenter.Services);
        Assert.Equal(new PlacementRow("Theatre set building", "/partner/placements/plc-0033", "Unpaid work", "1 of 4 filled"), Assert.Single(presenter.Placements));
        Assert.Equal(new MentorRow("E. Munteanu", "/partner/mentors/mnt-0013", "2 of 3 mentees"), Assert.Single(presenter.Mentors));
    }

    [Fact]
    public void A_closed_service_stays_listed_tagged_closed_with_a_link_to_reopen_it()
    {
        var page = Page();
        var closed = page with { Services = page.Services with { Nodes = [.. page.Services.Nodes, new() { Id = "svc-0123", Name = "Old Choir", Status = ServiceStatus.Closed, Version = 3, Needs = [], ByAndFor = [] }] } };

        var rows = new PartnerPresenter(closed, null).Services;

        Assert.Equal(new ServiceRow("Old Choir", "/partner/services/svc-0123", "", "Closed", "govuk-tag--grey", "/partner/services/svc-0123#reopen"), rows[^1]);
        Assert.All(rows.SkipLast(1), r => Assert.Null(r.ReopenHref));
    }

    [Fact]
    public void Referrals_waiting_and_needing_attention_are_counted_and_each_links_to_its_page()
    {
        var presenter = new PartnerPresenter(Page(), null);

        Assert.Equal("1 referral waiting for an answer", presenter.PendingText);
        Assert.Equal("2 referrals need attention", presenter.AttentionText);
        Assert.Equal(new ReferralRow("C. Ellis", "/partner/referrals/ref-1", "Theatre set building", "1 December 2026", "Pending", "govuk-tag--blue", "No response"), Assert.Single(presenter.Referrals));
        Assert.Equal("The newest 1 of 30 referrals", presenter.ReferralsCaption);
    }

    [Theory]
    [InlineData("svc-0121", null, null, "Thinking Through Drama is saved")]
    [InlineData("svc-0121", null, "PAUSED", "Thinking Through Drama is paused: it stays listed, and people are not matched to it until you reopen it")]
    [InlineData("svc-0122", null, "ACTIVE", "Open Mic is open for referrals")]
    [InlineData("svc-0121", null, "CLOSED", "Thinking Through Drama is closed: it is gone from the directory, and stays here for you to reopen")]
    [InlineData("svc-0999", null, "CLOSED", "The service is closed: it is gone from the directory")]
    [InlineData("svc-0999", null, null, null)]
    [InlineData("plc-0033", null, null, "Theatre set building is saved")]
    [InlineData("mnt-0013", null, null, "E. Munteanu is saved")]
    [InlineData("plc-0033", null, "PAUSED", null)]
    [InlineData(null, "4", null, "4 services imported")]
    [InlineData(null, "1", null, "1 service imported")]
    [InlineData(null, "<b>", null, null)]
    [InlineData(null, null, null, null)]
    public void The_banner_after_a_change_names_only_what_the_page_itself_lists(string? saved, string? imported, string? status, string? banner) =>
        Assert.Equal(banner, PartnerPresenter.BannerFor(Page(), saved, imported, status));
}
