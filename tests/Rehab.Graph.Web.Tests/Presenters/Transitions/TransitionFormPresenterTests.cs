using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Transitions;
using Person = Rehab.Graph.Client.TransitionPageResult.PersonData;
using Unit = Rehab.Graph.Client.TransitionPageResult.DeliveryUnitsData;

namespace Rehab.Graph.Web.Tests.Presenters.Transitions;

/// <summary>
/// The handover's choice at national scale: colleagues listed from the offender manager's own delivery unit unless they
/// choose another or every unit, narrowed by part of a name, with a hint that says how many match and how to reach those
/// not listed.
/// </summary>
public sealed class TransitionFormPresenterTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static readonly Person Jafari = new() { Id = "per-0001", DisplayName = "H. Jafari", PostcodeDistrict = "HU6", BirthYear = 2005 };

    private static readonly IReadOnlyList<Unit> Units =
    [
        new() { Name = "East Riding", Colleagues = 2, Yours = false },
        new() { Name = "Hull East", Colleagues = 3, Yours = false },
        new() { Name = "Hull North", Colleagues = 1, Yours = true },
    ];

    private static ColleagueList Listed(int total, params (string Id, string Name, string Unit)[] shown) =>
        new(total, [.. shown.Select(c => new ColleagueChoice(c.Id, c.Name, c.Unit))]);

    private static (ColleagueFilter Filter, FieldErrors Errors) Filter(TransitionForm form)
    {
        var errors = new FieldErrors();
        return (form.FilterColleagues([.. Units.Select(u => u.Name)], "Hull North", errors), errors);
    }

    private static TransitionFormPresenter Presenter(TransitionForm form, ColleagueFilter filter, ColleagueList colleagues, FieldErrors? errors = null) =>
        new(Jafari, Units, filter, colleagues, form, errors ?? new FieldErrors(), Today);

    private static KindChoice Handover(TransitionFormPresenter presenter) => presenter.Kinds.Single(k => k.Value == "OFFENDER_MANAGER_CHANGE");

    [Fact]
    public void With_no_unit_chosen_the_offender_managers_own_unit_is_listed_and_the_finder_says_so()
    {
        var form = new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE" };
        var (filter, errors) = Filter(form);
        var presenter = Presenter(form, filter, Listed(1, ("prc-08", "Tom Kettlewell", "Hull North")));

        Assert.Equal(new ColleagueFilter("Hull North", null), filter);
        Assert.False(errors.Any);
        var handover = Handover(presenter);
        var finder = handover.Finder!;
        Assert.Equal("/people/per-0001/transition#practitioner", finder.Action);
        Assert.Equal([("", "All delivery units", false), ("East Riding", "East Riding", false), ("Hull East", "Hull East", false), ("Hull North", "Hull North (yours)", true)],
            finder.Unit.Options!.Select(o => (o.Value, o.Text, o.Selected)));
        var select = Assert.Single(handover.Fields);
        Assert.Equal(["", "prc-08"], select.Options!.Select(o => o.Value));
        Assert.Equal("Tom Kettlewell (Hull North)", select.Options![1].Text);
        Assert.Equal("1 offender manager in Hull North.", select.Hint);
        Assert.Equal([("unit", "Hull North"), ("search", null)], presenter.ListedBy.Select(h => (h.Name, h.Value)));
    }

    [Fact]
    public void A_search_across_every_unit_that_matches_more_than_are_listed_says_how_many_and_how_to_find_the_others()
    {
        var form = new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE", Unit = "", Search = "  smith " };
        var (filter, _) = Filter(form);
        var presenter = Presenter(form, filter, Listed(240, [.. Enumerable.Range(1, 50).Select(i => ($"prc-{i}", $"Sam Smith {i}", "Hull East"))]));

        Assert.Equal(new ColleagueFilter(null, "smith"), filter);
        var handover = Handover(presenter);
        Assert.Equal("All delivery units", handover.Finder!.Unit.Options!.Single(o => o.Selected).Text);
        Assert.Equal("smith", handover.Finder.Search.Value);
        Assert.Equal("240 offender managers whose name contains \u201csmith\u201d: the first 50 are listed. Search for their name to find the others.", handover.Fields[0].Hint);
        Assert.Equal(51, handover.Fields[0].Options!.Count);
        Assert.Equal([("unit", ""), ("search", "smith")], presenter.ListedBy.Select(h => (h.Name, h.Value)));
    }

    [Fact]
    public void No_match_says_what_to_do_and_the_chosen_colleague_stays_chosen_when_listed()
    {
        var empty = new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE", Unit = "Hull East", Search = "zz" };
        var (nobodyFilter, _) = Filter(empty);
        Assert.Equal("No offender managers in Hull East whose name contains \u201czz\u201d. Search for another name, or choose another delivery unit, and select Find offender managers.",
            Handover(Presenter(empty, nobodyFilter, Listed(0))).Fields[0].Hint);

        var chosen = new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE", Unit = "Hull East", Practitioner = "prc-03" };
        var (filter, _) = Filter(chosen);
        var select = Handover(Presenter(chosen, filter, Listed(3, ("prc-01", "Rachel Ashworth", "Hull East"), ("prc-02", "Daniel Okoro", "Hull East"), ("prc-03", "Leanne Hodgkinson", "Hull East")))).Fields[0];
        Assert.Equal("prc-03", select.Options!.Single(o => o.Selected).Value);
        Assert.Equal("3 offender managers in Hull East, by delivery unit and name.", select.Hint);
    }

    [Fact]
    public void A_unit_not_on_the_list_or_too_long_a_search_is_an_error_beside_it_and_the_list_is_their_own_unit()
    {
        var form = new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE", Unit = "Atlantis", Search = new string('x', 101) };
        var (filter, errors) = Filter(form);
        var presenter = Presenter(form, filter, Listed(1, ("prc-08", "Tom Kettlewell", "Hull North")), errors);

        Assert.Equal(new ColleagueFilter("Hull North", null), filter);
        Assert.Equal([("Select a delivery unit from the list", "#unit"), ("Search must be 100 characters or fewer", "#search")],
            presenter.ErrorSummary.Select(e => (e.Text, e.Href)));
        var finder = Handover(presenter).Finder!;
        Assert.Equal("Select a delivery unit from the list", finder.Unit.Error);
        Assert.Equal(new string('x', 101), finder.Search.Value);
        var longest = new string('y', 100);
        Assert.Equal(longest, Filter(new TransitionForm { Search = $" {longest} " }).Filter.Search);
    }

    [Fact]
    public void Other_kinds_have_no_finder_and_a_handover_checked_carries_its_list_to_the_record_form()
    {
        var form = new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE", Unit = "", Search = "ash", Practitioner = "prc-01" };
        var (filter, _) = Filter(form);

        Assert.All(Presenter(form, filter, Listed(0)).Kinds.Where(k => k.Value != "OFFENDER_MANAGER_CHANGE"), k => Assert.Null(k.Finder));
        var check = new TransitionCheckPresenter(
            new() { Id = "per-0001", DisplayName = "H. Jafari", Version = 2 },
            new() { Kind = TransitionKind.OffenderManagerChange, On = Today, ReachKm = 10, Ties = [] },
            form, "key-1", conflict: false);
        Assert.Contains(check.Hidden, h => (h.Name, h.Value) == ("unit", ""));
        Assert.Contains(check.Hidden, h => (h.Name, h.Value) == ("search", "ash"));
    }
}
