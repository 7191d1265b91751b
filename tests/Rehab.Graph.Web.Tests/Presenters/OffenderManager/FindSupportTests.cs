using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.People;
using Connect = Rehab.Graph.Client.FindSupportPageResult.ConnectData;
using Person = Rehab.Graph.Client.FindSupportPageResult.PersonData;

namespace Rehab.Graph.Web.Tests.Presenters.OffenderManager;

public sealed class FindSupportTests
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    private static readonly IReadOnlyList<FindSupportPageResult.NeedsData> Taxonomy =
    [
        new() { Code = "ACCOMMODATION", Label = "Accommodation" },
        new() { Code = "ALCOHOL", Label = "Alcohol misuse" },
        new() { Code = "RELATIONSHIPS", Label = "Relationships" },
    ];

    private static readonly Person Someone = new()
    {
        Id = "per-0001",
        DisplayName = "H. Jafari",
        Home = new() { Latitude = 53.79, Longitude = -0.38 },
        Needs = [new() { Code = "ALCOHOL", Label = "Alcohol misuse", Severity = 1 }, new() { Code = "RELATIONSHIPS", Label = "Relationships", Severity = 3 }],
    };

    private static Connect.ServicesData Service(string id, bool referred = false, string? prior = null, params string[] byAndFor) => new()
    {
        Service = new()
        {
            Id = id, Name = $"Service {id}", Online = false, Organisation = new() { Name = "Org" }, Location = new() { Latitude = 53.8, Longitude = -0.4 },
            ByAndFor = byAndFor,
        },
        DistanceKm = 1.25,
        Score = 3.14159,
        Reasons = [new() { Code = "NEED", Text = "Addresses relationships" }],
        Bridges = [new() { Text = "Their mentor volunteers there", Hops = 2 }],
        AlreadyReferred = referred,
        Completed = false,
        PriorReferral = prior is null ? null : new() { Id = prior, Status = ReferralStatus.Pending },
    };

    private static Connect Result(params Connect.ServicesData[] services) => new()
    {
        Services = services,
        Online = [],
        Placements =
        [
            new()
            {
                Placement = new()
                {
                    Id = "plc-1", Title = "Garden", Kind = "UNPAID_WORK", Organisation = new() { Name = "Parks" }, Location = new() { Latitude = 53.7, Longitude = -0.3 }, Sessions = ["Sat 10:00-16:00"],
                },
                DistanceKm = 2,
                Score = 1,
                AvailableSlots = 0,
                CanStartWithin48h = true,
                Reasons = [new() { Code = "NEAR", Text = "2.0 km from home" }],
                Bridges = [],
                AlreadyReferred = false,
                Completed = false,
            },
        ],
        Mentors = [new() { Mentor = new() { Id = "mnt-1", DisplayName = "Sam", Location = new() { Latitude = 53.75, Longitude = -0.35 }, Organisations = [] }, DistanceKm = 3, Score = 1, Reasons = [], CurrentMentor = true }],
        Projects =
        [
            new()
            {
                Project = new() { Id = "prj-1", Title = "Bike repair", Kind = ProjectKind.Service, Aims = "Fix bikes", Contact = new() { Phone = "01632 960777" } },
                DistanceKm = 0.5,
                Score = 2,
                Reasons = [new() { Code = "LIVED_EXPERIENCE", Text = "Run by people with lived experience of probation, as a service for others" }],
                Member = false,
            },
            new() { Project = new() { Id = "prj-2", Title = "Walking group", Kind = ProjectKind.Group }, DistanceKm = 4, Score = 1, Reasons = [], Member = true },
        ],
        Excluded = [new() { Id = "svc-x", Name = "Women's Centre", Rule = "WOMEN_ONLY", Kind = "SERVICE", Detail = "For women only" }],
    };

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("99999999999999999999")]
    [InlineData("ten")]
    public void A_radius_not_on_the_list_is_an_error_beside_the_select(string radius)
    {
        var (variables, errors) = new FindSupportForm([], radius).Validate("per-0001");

        Assert.Null(variables);
        Assert.Equal("Choose a distance from the list", errors[FindSupportForm.Fields.Radius]);
    }

    [Fact]
    public void Without_a_filter_the_search_is_the_person_s_own_needs_within_10_km()
    {
        var (variables, errors) = new FindSupportForm([], null).Validate("per-0001");

        Assert.Empty(errors);
        Assert.Equal(new FindSupportPageVariables { Id = "per-0001", Needs = null, RadiusKm = 10, First = FindSupportForm.PerSection }, variables);
    }

    [Fact]
    public void Needs_chosen_are_sent_once_each_and_a_code_that_cannot_be_one_is_an_error()
    {
        var (variables, _) = new FindSupportForm(["ALCOHOL", "ALCOHOL", " RELATIONSHIPS "], "3").Validate("per-0001");
        Assert.Equal(["ALCOHOL", "RELATIONSHIPS"], variables!.Needs!);
        Assert.Equal(3, variables.RadiusKm);

        var (refused, errors) = new FindSupportForm(["<script>"], "3").Validate("per-0001");
        Assert.Null(refused);
        Assert.Equal("Choose needs from the list", errors[FindSupportForm.Fields.Need]);
    }

    [Fact]
    public void The_list_and_the_map_number_the_same_results_and_the_map_has_home_and_the_radius()
    {
        var presenter = new FindSupportPresenter(new FindSupportForm([], "5"), Someone, Taxonomy, Result(Service("svc-1"), Service("svc-2")), NoErrors);

        var numbered = presenter.Sections.SelectMany(s => s.Cards).Where(c => c.Number is not null).ToList();
        Assert.Equal(["1", "2", "3", "4"], numbered.Select(c => c.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(numbered.Select(c => (c.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Name)), presenter.Map.Markers.Select(m => (m.Label, m.Name)));
        Assert.Equal(5, presenter.Map.RadiusKm);
        Assert.Equal(53.79, presenter.Map.Home!.Lat);
        Assert.Equal("#match-3", presenter.Map.Markers[2].Href);
        Assert.DoesNotContain("</script", presenter.Map.ToJson(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_match_reads_out_its_reasons_and_bridges_and_is_referred_from_its_refer_link_unless_already_referred()
    {
        var presenter = new FindSupportPresenter(new FindSupportForm([], null), Someone, Taxonomy, Result(Service("svc-1"), Service("svc-2", referred: true, prior: "ref-9")), NoErrors);

        var (fresh, referred) = (presenter.Services[0], presenter.Services[1]);
        Assert.Equal(["Addresses relationships"], fresh.Reasons);
        Assert.Equal(["Their mentor volunteers there"], fresh.Bridges);
        Assert.Equal("1.3 km", fresh.Distance);
        Assert.Equal("3.14", fresh.Score);
        Assert.Equal("/people/per-0001/refer?service=svc-1", fresh.ReferHref);
        Assert.Null(referred.ReferHref);
        Assert.Equal("/referrals/ref-9", referred.PriorReferralHref);
        Assert.Contains(referred.Tags, t => t.Text == "Already referred");
        Assert.Null(presenter.Placements[0].ReferHref);
        Assert.Contains(presenter.Placements[0].Tags, t => t.Text == "Can start within 48 hours");
        Assert.Contains(presenter.Mentors[0].Tags, t => t.Text == "Their mentor");
    }

    [Fact]
    public void A_service_run_by_and_for_communities_says_so_first_among_its_details_and_one_open_to_all_says_nothing()
    {
        var byAndFor = Service("svc-1", byAndFor: ["OLDER_PEOPLE", "WOMEN"]) with
        {
            Reasons = [new() { Code = "BY_AND_FOR", Text = "Run by and for women" }],
            Service = Service("svc-1").Service with { ByAndFor = ["OLDER_PEOPLE", "WOMEN"], Address = new() { Lines = ["1 High St"], Town = "Hull", Postcode = "HU1 1AA" } },
        };
        var presenter = new FindSupportPresenter(new FindSupportForm([], null), Someone, Taxonomy, Result(byAndFor, Service("svc-2")), NoErrors);

        Assert.Equal(["Run by and for women and older people", "1 High St, Hull, HU1 1AA"], presenter.Services[0].Details);
        Assert.Equal(["Run by and for women"], presenter.Services[0].Reasons);
        Assert.Empty(presenter.Services[1].Details);
    }

    [Fact]
    public void The_why_not_list_names_each_item_its_kind_and_the_rule_in_words()
    {
        var presenter = new FindSupportPresenter(new FindSupportForm([], null), Someone, Taxonomy, Result(), NoErrors);

        Assert.Equal([new ExclusionRow("Women's Centre", "Service", "Women only", "For women only")], presenter.Excluded);
    }

    [Fact]
    public void The_person_s_needs_come_first_most_severe_first_and_are_ticked_unless_others_are_chosen()
    {
        var unfiltered = new FindSupportPresenter(new FindSupportForm([], null), Someone, Taxonomy, Result(), NoErrors).NeedChoices;
        Assert.Equal(["RELATIONSHIPS", "ALCOHOL", "ACCOMMODATION"], unfiltered.Select(c => c.Value));
        Assert.Equal([true, true, false], unfiltered.Select(c => c.Checked));

        var chosen = new FindSupportPresenter(new FindSupportForm(["ACCOMMODATION"], null), Someone, Taxonomy, Result(), NoErrors);
        Assert.Equal([false, false, true], chosen.NeedChoices.Select(c => c.Checked));
        Assert.Equal("Within 10 km of home, for accommodation", chosen.Summary);
    }

    [Fact]
    public void Projects_link_to_their_page_with_kind_aims_distance_reasons_and_their_own_contact_and_a_member_s_is_tagged()
    {
        var presenter = new FindSupportPresenter(new FindSupportForm([], null), Someone, Taxonomy, Result(), NoErrors);

        var (first, second) = (presenter.Projects[0], presenter.Projects[1]);
        Assert.Equal(("Bike repair", "/projects/prj-1", "A service for others", "Fix bikes", "0.5 km"), (first.Title, first.Href, first.Kind, first.Aims, first.Distance));
        Assert.Equal(["Run by people with lived experience of probation, as a service for others"], first.Reasons);
        Assert.Equal(["01632 960777"], first.Contact);
        Assert.Empty(first.Tags);
        Assert.Empty(second.Contact);
        Assert.Equal(["Already a member"], second.Tags.Select(t => t.Text));
        Assert.Equal("Projects run by people with lived experience", presenter.ProjectsHeading);
    }

    [Fact]
    public void No_projects_nearby_is_said_in_words()
    {
        var presenter = new FindSupportPresenter(new FindSupportForm([], null), Someone, Taxonomy, Result() with { Projects = [] }, NoErrors);

        Assert.Empty(presenter.Projects);
        Assert.Equal("No projects run by people on probation nearby serve these needs yet.", presenter.ProjectsEmpty);
    }
}
