using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Transitions;
using Check = Rehab.Graph.Client.TransitionCheckPageResult.TransitionCheckData;
using Person = Rehab.Graph.Client.TransitionCheckPageResult.PersonData;
using Tie = Rehab.Graph.Client.TransitionCheckPageResult.TransitionCheckData.TiesData;

namespace Rehab.Graph.Web.Tests.Presenters.Transitions;

public sealed class TransitionCheckPresenterTests
{
    private static readonly Person Jafari = new() { Id = "per-0001", DisplayName = "H. Jafari", PostcodeDistrict = "HU6", Version = 4 };

    private static readonly TransitionForm ToWithernsea = new() { Kind = "NEW_HOME", NewHomePlace = "Withernsea", NewHomeDistrict = "hu19", Note = "Moving in with her sister" };

    private static Tie Tie(TieKind kind, string typename, string id, string name, string how, double? now, double? after, string? warning = null, params (string? Name, string Relationship)[] known) => new()
    {
        Kind = kind,
        Node = new() { Typename = typename, Id = id },
        Name = name,
        How = how,
        DistanceKmNow = now,
        DistanceKmAfter = after,
        KnownPeople = known.Select(k => new Tie.KnownPeopleData { Name = k.Name, Relationship = k.Relationship }).ToList(),
        Warning = warning is null ? null : new Tie.WarningData { Code = "OUT_OF_REACH", Message = warning },
    };

    private static Check Check(TransitionKind kind, params Tie[] ties) => new() { Kind = kind, On = new DateOnly(2026, 12, 6), ReachKm = 10, Ties = ties };

    private static readonly Check FarAway = Check(
        TransitionKind.NewHome,
        Tie(TieKind.Service, "Service", "svc-0001", "Prison Release Housing Desk", "ATTENDS", 0.2, 24.4, "Prison Release Housing Desk would be 24.4 km from their new home.",
            (null, "A friend of theirs goes there too"), ("T. Okafor", "Their mentor, who volunteers with Humber Housing Pathways")),
        Tie(TieKind.Mentor, "Mentor", "mnt-0031", "T. Okafor", "MENTOR", 0.1, 24.5, "Their mentor T. Okafor would be 24.5 km from their new home."),
        Tie(TieKind.Project, "Project", "prj-1", "Bike repair", "MEMBER", 0.3, 24.3, "Bike repair would be 24.3 km from their new home.", (null, "3 other members")),
        Tie(TieKind.Service, "Service", "svc-0090", "Debt advice online", "ACCEPTED", null, null));

    [Fact]
    public void Each_tie_that_may_break_has_its_warning_first_and_every_tie_says_how_far_it_is_and_who_they_know_there()
    {
        var presenter = new TransitionCheckPresenter(Jafari, FarAway, ToWithernsea, "key-1", conflict: false);

        Assert.Equal(
            ["Prison Release Housing Desk would be 24.4 km from their new home.", "Their mentor T. Okafor would be 24.5 km from their new home.", "Bike repair would be 24.3 km from their new home."],
            presenter.Warnings);
        var housing = presenter.Ties[0];
        Assert.Equal(("tie-1", "Service: they go there", "0.2 km from home now, 24.4 km after"), (housing.Id, housing.What, housing.Distance));
        Assert.Equal(["A friend of theirs goes there too", "T. Okafor (their mentor, who volunteers with Humber Housing Pathways)"], housing.Known);
        Assert.Null(housing.Href);
        Assert.True(housing.MayBreak);
        Assert.Null(presenter.Ties[1].Known);
        Assert.Equal(("/projects/prj-1", "Project: they are a member"), (presenter.Ties[2].Href, presenter.Ties[2].What));
        Assert.Equal(("Online", "Service: referral accepted", false, 0), (presenter.Ties[3].Distance, presenter.Ties[3].What, presenter.Ties[3].MayBreak, presenter.Ties[3].Known!.Count));
        Assert.Equal("What goes with them: 4 ties", presenter.TiesHeading);
        Assert.False(presenter.HasErrors);
    }

    [Fact]
    public void The_answers_each_change_on_the_form_and_the_record_form_carries_them_with_the_version_read_and_the_key()
    {
        var presenter = new TransitionCheckPresenter(Jafari, FarAway, ToWithernsea, "key-1", conflict: false);

        Assert.Equal(
            [("Transition", "New home"), ("Where they will live", "Withernsea, HU19"), ("When", "6 December 2026"), ("Note", "Moving in with her sister")],
            presenter.Answers.Select(a => (a.Key, a.Values.Single())));
        Assert.Equal("/people/per-0001/transition#newHomePlace", presenter.Answers[1].ChangeHref);
        Assert.Equal(["kind", "newHomePlace", "newHomeDistrict", "day", "month", "year", "note"], presenter.Hidden.Select(h => h.Name));
        Assert.Equal(("4", "key-1", "/people/per-0001/transition/check"), (presenter.Version, presenter.Key, presenter.Action));
        Assert.False(presenter.IsHandover);
    }

    [Fact]
    public void A_handover_names_who_takes_them_over_and_warns_they_leave_the_caseload()
    {
        var handover = new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE", Practitioner = "prc-03", NewHomePlace = "Goole" };

        var check = Check(TransitionKind.OffenderManagerChange) with { ToPractitioner = new() { Name = "Leanne Hodgkinson", DeliveryUnit = "Hull East" } };

        var presenter = new TransitionCheckPresenter(Jafari, check, handover, "key-2", conflict: false);

        Assert.Equal(["Transition", "New offender manager", "When", "Note"], presenter.Answers.Select(a => a.Key));
        Assert.Equal("Leanne Hodgkinson (Hull East)", presenter.Answers[1].Values.Single());
        Assert.Equal(["kind", "practitioner", "day", "month", "year", "note"], presenter.Hidden.Select(h => h.Name));
        Assert.True(presenter.IsHandover);
        Assert.Contains("moves to Leanne Hodgkinson's caseload", presenter.HandoverWarning);
        Assert.Empty(presenter.Warnings);
        Assert.Equal("Nothing they are tied to would be lost.", presenter.NoWarnings);
        Assert.Equal("H. Jafari has no open referrals, services they go to, mentor or projects yet.", presenter.NoTies);
    }

    [Fact]
    public void After_a_conflict_the_error_summary_asks_to_check_again()
    {
        var presenter = new TransitionCheckPresenter(Jafari, Check(TransitionKind.NewHome), ToWithernsea, "key-1", conflict: true);

        Assert.True(presenter.HasErrors);
        var error = Assert.Single(presenter.ErrorSummary);
        Assert.Equal(("H. Jafari's record has changed since you checked this transition. Check it again below, then record it", "#ties"), (error.Text, error.Href));
        Assert.Equal("Nothing they are tied to would be lost: each tie is within 10 km of their new home, or no further from it than now.", presenter.NoWarnings);
    }
}
