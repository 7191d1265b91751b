using Rehab.Graph.Web.Maps;
using Rehab.Graph.Web.Pages.Commissioning;
using Result = Rehab.Graph.Client.CommissioningPageResult;

namespace Rehab.Graph.Web.Tests.Presenters.Commissioning;

public sealed class CommissioningPresenterTests
{
    private static readonly IReadOnlyList<Result.NeedsData> Needs =
    [
        new() { Code = "ACCOMMODATION", Label = "Accommodation" },
        new() { Code = "DRUGS", Label = "Drug misuse" },
    ];

    private static Result.NeedCountsData Count(string area, string need, int? people, int? unmet) => new()
    {
        Area = area,
        Need = new() { Code = need, Label = Needs.Single(n => n.Code == need).Label },
        People = people,
        Unmet = unmet,
    };

    private static CommissioningForm Form(string? areas = null, string? place = null, string? radius = null, params string[] needs) => new(areas, needs, place, radius);

    [Fact]
    public void Withheld_counts_are_said_as_such_and_a_counted_zero_stays_zero()
    {
        var presenter = new CommissioningPresenter(Form(), Needs, [Count("HU3", "DRUGS", null, null), Count("HU3", "ACCOMMODATION", 7, null), Count("HU4", "DRUGS", 6, 0)], [], new Dictionary<string, string>());

        Assert.Equal(
            [
                new NeedCountRow("HU3", "Accommodation", new("7", false), new("Withheld", true)),
                new NeedCountRow("HU3", "Drug misuse", new("Fewer than 5", true), new("Withheld", true)),
                new NeedCountRow("HU4", "Drug misuse", new("6", false), new("0", false)),
            ],
            presenter.CountRows);
        Assert.True(presenter.AnyWithheld);
    }

    [Fact]
    public void The_map_adds_up_each_districts_shown_counts_at_its_centre_and_counts_the_withheld_ones()
    {
        var presenter = new CommissioningPresenter(
            Form(), Needs, [Count("HU3", "DRUGS", null, null), Count("HU3", "ACCOMMODATION", 7, null), Count("HU4", "DRUGS", 6, 0), Count("HU4", "ACCOMMODATION", 9, 5)], [], new Dictionary<string, string>());

        Assert.Equal(
            [new MapDistrict("HU3", 53.7415, -0.36, 7, 0, 2), new MapDistrict("HU4", 53.734, -0.39, 15, 5, 0)],
            presenter.MapDistricts);
        Assert.Equal(
            [new MapArea("HU3", 53.7415, -0.36, 0, 13, "0 not yet connected of 7 counted; 2 counts withheld"), new MapArea("HU4", 53.734, -0.39, 4, 17, "5 not yet connected of 15 counted")],
            presenter.Map.Areas);
        Assert.Contains("\"areas\":[{\"name\":\"HU3\",\"lat\":53.7415,\"lon\":-0.36,\"shade\":0,\"size\":13,", presenter.Map.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Districts_come_in_postcode_order_so_HU2_is_before_HU10_and_YO_after_HU()
    {
        var presenter = new CommissioningPresenter(
            Form(), Needs, [Count("YO25", "DRUGS", 5, 5), Count("HU10", "DRUGS", 5, 5), Count("HU2", "DRUGS", 5, 5), Count("DN14", "DRUGS", 5, 5)], [], new Dictionary<string, string>());

        Assert.Equal(["DN14", "HU2", "HU10", "YO25"], presenter.CountRows.Select(r => r.Area));
    }

    [Fact]
    public void The_caption_says_what_is_counted_and_the_ticked_needs_stay_ticked()
    {
        var filtered = new CommissioningPresenter(Form("hu3 HU5", null, null, "DRUGS"), Needs, [], [], new Dictionary<string, string>());
        var everything = new CommissioningPresenter(Form(), Needs, [], [], new Dictionary<string, string>());

        Assert.Equal("Need counts: HU3, HU5; Drug misuse", filtered.CountsCaption);
        Assert.Equal([false, true], filtered.NeedOptions.Select(o => o.Selected));
        Assert.Equal("Need counts, every district and need", everything.CountsCaption);
    }

    [Fact]
    public void Provision_gaps_keep_the_hubs_order_least_provided_first_with_a_tag_for_a_gap()
    {
        Result.ProvisionGapsData Gap(string need, int within, double? nearest, bool gap) =>
            new() { Need = new() { Code = need, Label = need }, ServicesWithinRadius = within, OnlineServices = 1, NearestKm = nearest, Gap = gap };
        var presenter = new CommissioningPresenter(Form(null, "Hedon", "10"), Needs, [], [Gap("A", 0, null, true), Gap("B", 4, 1.25, false)], new Dictionary<string, string>());

        Assert.Equal(
            [new ProvisionGapRow("A", "0", "1", "None in the region", "Gap", "govuk-tag--red"), new ProvisionGapRow("B", "4", "1", "1.3 km", "Provided", "govuk-tag--green")],
            presenter.GapRows);
        Assert.Equal("Provision within 10 km of Hedon, least provided first", presenter.GapsCaption);
    }

    [Fact]
    public void Errors_are_listed_in_the_order_of_the_fields_each_linking_to_its_field()
    {
        var errors = new Dictionary<string, string> { ["radius"] = "Choose a distance from the list", ["areas"] = "Bad district" };
        var presenter = new CommissioningPresenter(Form(), Needs, null, null, errors);

        Assert.Equal(["#areas", "#radius"], presenter.ErrorSummary.Select(e => e.Href));
        Assert.False(presenter.HasCounts);
        Assert.False(presenter.HasGaps);
    }

    [Fact]
    public void Figures_for_a_community_say_so_in_both_captions_and_its_option_is_selected()
    {
        var women = new CommissioningPresenter(Form(areas: "HU3", place: "Hedon", radius: "10") with { ByAndFor = "WOMEN" }, Needs, [], [], new Dictionary<string, string>());
        var all = new CommissioningPresenter(Form(place: "Hedon", radius: "10"), Needs, [], [], new Dictionary<string, string>());

        Assert.Equal("Need counts: HU3; people who want services run by and for women", women.CountsCaption);
        Assert.Equal("Provision of services run by and for women within 10 km of Hedon, least provided first", women.GapsCaption);
        Assert.Equal("Only the people who want services run by and for women are counted.", women.CountsFor);
        Assert.Equal("Nobody on probation in these districts who wants services run by and for women has these needs.", women.CountsEmpty);
        Assert.Null(all.CountsFor);
        Assert.Equal("WOMEN", Assert.Single(women.ByAndForOptions, o => o.Selected).Value);
        Assert.Equal(
            ["All services", "Women", "Minority ethnic communities", "Older people", "Disabled people", "Young adults", "LGBT+"],
            all.ByAndForOptions.Select(o => o.Text));
        Assert.Equal("", Assert.Single(all.ByAndForOptions, o => o.Selected).Value);
        Assert.Equal("Provision within 10 km of Hedon, least provided first", all.GapsCaption);
    }

    [Fact]
    public void A_refused_community_is_an_error_linked_from_the_summary_and_the_figures_are_not_said_to_be_for_it()
    {
        var presenter = new CommissioningPresenter(
            Form() with { ByAndFor = "EVERYONE" }, Needs, null, null, new Dictionary<string, string> { ["byAndFor"] = "Choose a community from the list" });

        Assert.Equal([new("Choose a community from the list", "#byAndFor")], presenter.ErrorSummary);
        Assert.Equal("", Assert.Single(presenter.ByAndForOptions, o => o.Selected).Value);
        Assert.Equal("Need counts, every district and need", presenter.CountsCaption);
    }
}
