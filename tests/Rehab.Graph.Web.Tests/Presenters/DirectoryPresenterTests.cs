using Rehab.Graph.Client;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Directory;
using Services = Rehab.Graph.Client.DirectoryPageResult.ServicesData;

namespace Rehab.Graph.Web.Tests.Presenters;

public sealed class DirectoryPresenterTests
{
    private static readonly IReadOnlyList<DirectoryPageResult.NeedsData> Needs =
    [
        new() { Code = "ACCOMMODATION", Label = "Accommodation" },
        new() { Code = "MENTAL_HEALTH", Label = "Mental health and wellbeing" },
    ];

    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    private static Services.NodesData Service(string id, double? distanceKm = null, bool online = false, Services.NodesData.AddressData? address = null, Services.NodesData.ContactData? contact = null) => new()
    {
        Id = id,
        Name = $"Service {id}",
        DistanceKm = distanceKm,
        Online = online,
        WomenOnly = false,
        ByAndFor = [],
        Organisation = new() { Name = "Humber Housing" },
        Needs = [new() { Code = "ACCOMMODATION", Label = "Accommodation" }, new() { Code = "ATTITUDES_THINKING_BEHAVIOUR", Label = "Attitudes, thinking and behaviour" }],
        Address = address,
        Contact = contact,
    };

    private static Services Page(int total, bool hasNext, string? endCursor, params Services.NodesData[] nodes) => new()
    {
        TotalCount = total,
        Nodes = nodes,
        PageInfo = new() { HasNextPage = hasNext, EndCursor = endCursor },
    };

    private static DirectoryForm Form(string? place = null, string? need = null, string? after = null, string? trail = null, string? byAndFor = null) =>
        new(place, "3", need, byAndFor, false, CursorTrail.Of(after, trail));

    [Fact]
    public void The_heading_says_how_many_services_for_which_need_near_where()
    {
        var near = new DirectoryPresenter(Form(place: "Orchard Park", need: "ACCOMMODATION"), Needs, Page(1, false, null, Service("svc-1", 0.4)), NoErrors);
        var all = new DirectoryPresenter(Form(), Needs, Page(160, true, "c9", Service("svc-1")), NoErrors);

        Assert.Equal("1 service for accommodation within 3 km of Orchard Park", near.ResultsHeading);
        Assert.Equal("160 services", all.ResultsHeading);
    }

    [Fact]
    public void A_card_shows_the_distance_or_online_the_address_lines_and_the_contact()
    {
        var presenter = new DirectoryPresenter(Form(place: "Hull"), Needs, Page(2, false, null,
            Service("svc-1", 1.26, address: new() { Lines = ["34 Coltman Street"], Town = "Hull", Postcode = "HU3 2XP" }, contact: new() { Phone = "01632 960406", Email = "a@b.example" }),
            Service("svc-2", 12.3, online: true)), NoErrors);

        var (near, online) = (presenter.Cards[0], presenter.Cards[1]);

        Assert.Equal("1.3 km away", near.Distance);
        Assert.Equal(["34 Coltman Street", "Hull", "HU3 2XP"], near.Address);
        Assert.Equal("01632 960406", near.Phone);
        Assert.Equal("a@b.example", near.Email);
        Assert.Null(near.Website);
        Assert.Equal(["Accommodation", "Attitudes, thinking and behaviour"], near.Needs);
        Assert.Equal("Humber Housing", near.Organisation);
        Assert.Equal("Online", online.Distance);
        Assert.Empty(online.Address);
    }

    [Fact]
    public void The_first_page_has_next_and_no_previous_and_says_which_results_it_shows()
    {
        var presenter = new DirectoryPresenter(Form(place: "Hull", need: "ACCOMMODATION"), Needs, Page(23, true, "c10", Service("svc-1")), NoErrors);

        var pages = presenter.Pagination!;

        Assert.Null(pages.PreviousHref);
        Assert.Equal("/directory?place=Hull&radius=3&need=ACCOMMODATION&after=c10", pages.NextHref);
        Assert.Equal("Showing 1 to 1 of 23 results", pages.Summary);
    }

    [Fact]
    public void A_search_by_community_keeps_it_on_the_next_page_and_selected_and_a_card_says_whom_its_service_is_run_by_and_for()
    {
        var presenter = new DirectoryPresenter(
            Form(place: "Hull", byAndFor: "WOMEN"), Needs, Page(23, true, "c10", Service("svc-1") with { ByAndFor = ["OLDER_PEOPLE", "WOMEN"] }, Service("svc-2")), NoErrors);

        Assert.Equal("/directory?place=Hull&radius=3&byAndFor=WOMEN&after=c10", presenter.Pagination!.NextHref);
        Assert.Equal("WOMEN", Assert.Single(presenter.ByAndForOptions, o => o.Selected).Value);
        Assert.Equal("Women, Older people", presenter.Cards[0].ByAndFor);
        Assert.Null(presenter.Cards[1].ByAndFor);
    }

    [Fact]
    public void Later_pages_carry_the_cursors_before_them_so_previous_goes_back_one_page()
    {
        var second = new DirectoryPresenter(Form(after: "c10"), Needs, Page(30, true, "c20", Enumerable.Range(1, 10).Select(i => Service($"svc-{i}")).ToArray()), NoErrors);
        var third = new DirectoryPresenter(Form(after: "c20", trail: "c10"), Needs, Page(30, false, "c30", Service("svc-21")), NoErrors);

        Assert.Equal("/directory", second.Pagination!.PreviousHref);
        Assert.Equal("/directory?after=c20&trail=c10", second.Pagination.NextHref);
        Assert.Equal("Showing 11 to 20 of 30 results", second.Pagination.Summary);
        Assert.Equal("/directory?after=c10", third.Pagination!.PreviousHref);
        Assert.Null(third.Pagination.NextHref);
        Assert.Equal("Showing 21 to 21 of 30 results", third.Pagination.Summary);
    }

    [Fact]
    public void No_results_have_no_pagination()
    {
        var presenter = new DirectoryPresenter(Form(place: "Hull"), Needs, Page(0, false, null), NoErrors);

        Assert.True(presenter.HasResults);
        Assert.Empty(presenter.Cards);
        Assert.Null(presenter.Pagination);
        Assert.Equal("0 services within 3 km of Hull", presenter.ResultsHeading);
    }

    [Fact]
    public void Errors_are_in_the_summary_in_the_fields_order_each_linked_to_its_field_and_shown_beside_it()
    {
        var errors = new Dictionary<string, string> { ["radius"] = "Choose a distance from the list", ["place"] = "Place must be 100 characters or fewer" };

        var presenter = new DirectoryPresenter(Form(place: "x"), Needs, null, errors);

        Assert.True(presenter.HasErrors);
        Assert.False(presenter.HasResults);
        Assert.Equal(["#place", "#radius"], presenter.ErrorSummary.Select(e => e.Href));
        Assert.Equal("Choose a distance from the list", presenter.ErrorFor("radius"));
        Assert.Null(presenter.ErrorFor("need"));
    }

    [Fact]
    public void An_error_the_hub_gave_for_no_field_of_the_form_links_to_the_first_field()
    {
        var presenter = new DirectoryPresenter(Form(), Needs, null, new Dictionary<string, string> { [""] = "Something the hub refused" });

        Assert.Equal(["#place"], presenter.ErrorSummary.Select(e => e.Href));
    }

    [Fact]
    public void The_need_and_distance_chosen_stay_chosen()
    {
        var presenter = new DirectoryPresenter(Form(need: "MENTAL_HEALTH"), Needs, null, NoErrors);

        Assert.Equal(["", "ACCOMMODATION", "MENTAL_HEALTH"], presenter.NeedOptions.Select(o => o.Value));
        Assert.Equal("MENTAL_HEALTH", Assert.Single(presenter.NeedOptions, o => o.Selected).Value);
        Assert.Equal("3", Assert.Single(presenter.RadiusOptions, o => o.Selected).Value);
    }
}
