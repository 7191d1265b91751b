using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Transitions;
using Transition = Rehab.Graph.Client.PersonPageResult.TransitionsData;

namespace Rehab.Graph.Web.Tests.Presenters.Transitions;

public sealed class TransitionHistoryPresenterTests
{
    private static Transition Transition(TransitionKind kind, string? recordedBy = "prc-07", string? from = null, string? to = null, string? note = null, params string[] warnings) => new()
    {
        Id = "trn-" + kind,
        Kind = kind,
        On = new DateOnly(2026, 12, 6),
        RecordedAt = new DateTimeOffset(2026, 12, 6, 10, 3, 0, TimeSpan.Zero),
        RecordedBy = recordedBy,
        FromDistrict = "HU6",
        ToDistrict = kind is TransitionKind.NewHome or TransitionKind.Release ? "HU19" : "HU6",
        RecordedByPractitioner = Name(recordedBy) is { } recorder ? new() { Name = recorder } : null,
        FromPractitionerId = from,
        FromPractitioner = Name(from) is { } handedBy ? new() { Name = handedBy } : null,
        ToPractitionerId = to,
        ToPractitioner = Name(to) is { } takenBy ? new() { Name = takenBy } : null,
        Note = note,
        Warnings = warnings.Select(w => new Transition.WarningsData { Code = "OUT_OF_REACH", Message = w }).ToList(),
    };

    /// <summary>The hub names practitioners it holds; prc-gone is one no longer on it.</summary>
    private static string? Name(string? id) => id switch
    {
        "prc-01" => "Rachel Ashworth",
        "prc-03" => "Leanne Hodgkinson",
        "prc-07" => "Aisha Rahman",
        _ => null,
    };

    [Fact]
    public void Each_transition_says_what_it_changed_what_it_noted_what_was_warned_of_and_who_recorded_it()
    {
        var history = new TransitionHistoryPresenter(
            [
                Transition(TransitionKind.NewHome, note: "Moving in with her sister", warnings: ["Prison Release Housing Desk would be 24.4 km from their new home."]),
                Transition(TransitionKind.OffenderManagerChange, recordedBy: "prc-03", from: "prc-03", to: "prc-07"),
                Transition(TransitionKind.OffenderManagerChange, recordedBy: null, from: "prc-01", to: "prc-03"),
                Transition(TransitionKind.OffenderManagerChange, recordedBy: "prc-gone", from: "prc-gone", to: "prc-01"),
            ],
            "per-0001", "prc-07", done: null);

        var (move, handover, byAdmin, gone) = (history.Items[0], history.Items[1], history.Items[2], history.Items[3]);
        Assert.Equal("New home, 6 December 2026", move.Heading);
        Assert.Equal(
            [("Home", "From HU6 to HU19"), ("Note", "Moving in with her sister"), ("Warned of", "Prison Release Housing Desk would be 24.4 km from their new home."), ("Recorded", "6 December 2026 at 10:03am by you")],
            move.Details.Select(d => (d.Key, d.Values.Single())));
        Assert.Equal(
            [("Handed over", "From Leanne Hodgkinson to you"), ("Warned of", "Nothing"), ("Recorded", "6 December 2026 at 10:03am by Leanne Hodgkinson")],
            handover.Details.Select(d => (d.Key, d.Values.Single())));
        Assert.Equal(("From Rachel Ashworth to Leanne Hodgkinson", "6 December 2026 at 10:03am by an admin"), (byAdmin.Details[0].Values.Single(), byAdmin.Details[^1].Values.Single()));
        Assert.Equal(
            ("From an offender manager no longer on the hub to Rachel Ashworth", "6 December 2026 at 10:03am by an offender manager no longer on the hub"),
            (gone.Details[0].Values.Single(), gone.Details[^1].Values.Single()));
        Assert.Null(history.Banner);
        Assert.Equal("/people/per-0001/transition", history.PlanHref);
    }

    [Fact]
    public void The_banner_after_recording_names_the_newest_transition_and_a_new_home_s_district()
    {
        Assert.Equal("New home recorded: their home is now in HU19",
            new TransitionHistoryPresenter([Transition(TransitionKind.NewHome)], "per-0001", "prc-07", TransitionPaths.Done).Banner);
        Assert.Equal("Move to adult services recorded",
            new TransitionHistoryPresenter([Transition(TransitionKind.YouthToAdult), Transition(TransitionKind.Release)], "per-0001", "prc-07", TransitionPaths.Done).Banner);
        Assert.Null(new TransitionHistoryPresenter([], "per-0001", "prc-07", TransitionPaths.Done).Banner);
        Assert.DoesNotContain(new TransitionHistoryPresenter([Transition(TransitionKind.YouthToAdult)], "per-0001", "prc-07", null).Items[0].Details, d => d.Key == "Home");
    }
}
