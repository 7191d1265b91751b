using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.People;
using Transition = Rehab.Graph.Client.PersonPageResult.TransitionsData;

namespace Rehab.Graph.Web.Pages.Transitions;

/// <summary>A past transition: its kind and day, and what it changed, what it noted and what was warned of.</summary>
public sealed record TransitionItem(string Heading, IReadOnlyList<SummaryRow> Details);

/// <summary>
/// The person page's transitions section: their transitions newest first (a new offender manager reads the whole
/// history, with the note the last one left), the link to plan one, and the banner after one is recorded.
/// </summary>
/// <param name="me">The signed-in offender manager's practitioner id, shown as "you".</param>
/// <param name="done">The page's <c>done</c> code: <see cref="TransitionPaths.Done"/> after one is recorded.</param>
public sealed class TransitionHistoryPresenter(IReadOnlyList<Transition> transitions, string personId, string? me, string? done)
{
    public string PlanHref => TransitionPaths.Form(personId);

    public string Empty => "No transitions recorded.";

    public IReadOnlyList<TransitionItem> Items => transitions.Select(Item).ToList();

    /// <summary>The success banner for the transition just recorded (the newest), or null.</summary>
    public string? Banner => done == TransitionPaths.Done && transitions.Count > 0
        ? $"{TransitionWords.Kind(transitions[0].Kind)} recorded{(Moved(transitions[0]) && transitions[0].ToDistrict is { } to ? $": their home is now in {to}" : "")}"
        : null;

    /// <summary>A release or a new home: the hub keeps the district they live in on every transition, moved or not.</summary>
    private static bool Moved(Transition t) => t.Kind is TransitionKind.Release or TransitionKind.NewHome;

    private TransitionItem Item(Transition t)
    {
        var details = new List<SummaryRow>();
        if (Moved(t) && t.ToDistrict is { } to)
        {
            details.Add(new("Home", [t.FromDistrict is { } from ? $"From {from} to {to}" : $"To {to}"]));
        }

        if (t.FromPractitionerId is { } handedBy && t.ToPractitionerId is { } takenBy)
        {
            details.Add(new("Handed over", [$"From {TransitionWords.Practitioner(handedBy, t.FromPractitioner?.Name, me)} to {TransitionWords.Practitioner(takenBy, t.ToPractitioner?.Name, me)}"]));
        }

        if (t.Note is { } note)
        {
            details.Add(new("Note", [note]));
        }

        details.Add(new("Warned of", t.Warnings.Count == 0 ? ["Nothing"] : t.Warnings.Select(w => w.Message).ToList()));
        details.Add(new("Recorded", [$"{Words.DateTime(t.RecordedAt)} by {(t.RecordedBy is { } by ? TransitionWords.Practitioner(by, t.RecordedByPractitioner?.Name, me) : "an admin")}"]));
        return new($"{TransitionWords.Kind(t.Kind)}, {Words.Date(t.On)}", details);
    }
}
