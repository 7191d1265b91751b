using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Referrals;
using Rehab.Graph.Web.Pages.Shared;
using Check = Rehab.Graph.Client.TransitionCheckPageResult.TransitionCheckData;
using Person = Rehab.Graph.Client.TransitionCheckPageResult.PersonData;

namespace Rehab.Graph.Web.Pages.Transitions;

/// <summary>
/// A tie that goes with the person, as a summary card: what it is and how they are tied, how far from home now and after,
/// who they already know there (null for a mentor they know nobody through: the mentor is who they know), and whether it
/// may be lost (the page's warnings say why). <see cref="Href"/> is its page, where the web app has one (a project's).
/// </summary>
public sealed record TieCard(string Id, string Name, string? Href, string What, string Distance, IReadOnlyList<string>? Known, bool MayBreak);

/// <summary>A hidden field of the record form: the transition as checked goes back to the hub as it was checked.</summary>
public sealed record HiddenField(string Name, string? Value);

/// <summary>
/// What the check page shows: the transition planned (each answer with its Change link), a warning for each tie it may
/// break, every tie that goes with them, and the form that records it at the version this page read. After a CONFLICT
/// (their record changed since the check) the page is the check made again, with the error summary saying so.
/// </summary>
public sealed class TransitionCheckPresenter(Person person, Check check, TransitionForm form, string key, bool conflict)
{
    public const string TiesId = "ties";

    public string Title => "Check the transition";

    public string Caption => person.DisplayName;

    public string BackHref => TransitionPaths.Form(person.Id);

    public string Action => TransitionPaths.Check(person.Id);

    public bool HasErrors => conflict;

    public IReadOnlyList<ErrorLink> ErrorSummary => conflict
        ? [new ErrorLink($"{person.DisplayName}'s record has changed since you checked this transition. Check it again below, then record it", "#" + TiesId)]
        : [];

    public IReadOnlyList<AnswerRow> Answers
    {
        get
        {
            var change = TransitionPaths.Form(person.Id);
            var rows = new List<AnswerRow> { new("Transition", [TransitionWords.Kind(check.Kind)], change + "#" + TransitionForm.Fields.Kind, "the kind of transition") };
            if (form.Moves)
            {
                var (placeField, _) = form.HomeFields;
                rows.Add(new("Where they will live", [$"{FormValues.Trimmed(form.Place)}, {form.District}"], change + "#" + placeField, "where they will live"));
            }

            if (check.Kind == TransitionKind.OffenderManagerChange)
            {
                rows.Add(new("New offender manager", [NewOffenderManager], change + "#" + TransitionForm.Fields.Practitioner, "the new offender manager"));
            }

            rows.Add(new("When", [Words.Date(check.On)], change + "#" + TransitionForm.Fields.On, "when"));
            rows.Add(new("Note", [FormValues.Trimmed(form.Note) ?? "None"], change + "#" + TransitionForm.Fields.Note, "the note"));
            return rows;
        }
    }

    /// <summary>Each warning's words, in the order of the ties (those that may break come first).</summary>
    public IReadOnlyList<string> Warnings => check.Ties.Select(t => t.Warning?.Message).OfType<string>().ToList();

    public string NoWarnings => form.Moves
        ? $"Nothing they are tied to would be lost: each tie is within {check.ReachKm.ToString("0.#", CultureInfo.InvariantCulture)} km of their new home, or no further from it than now."
        : "Nothing they are tied to would be lost.";

    public string TiesHeading => check.Ties.Count switch
    {
        0 => "What goes with them",
        1 => "What goes with them: 1 tie",
        var n => $"What goes with them: {n.ToString(CultureInfo.InvariantCulture)} ties",
    };

    public string NoTies => $"{person.DisplayName} has no open referrals, services they go to, mentor or projects yet.";

    public IReadOnlyList<TieCard> Ties => check.Ties.Select((t, i) => new TieCard(
        $"tie-{(i + 1).ToString(CultureInfo.InvariantCulture)}",
        t.Name,
        t.Node.Typename == "Project" ? $"/projects/{Uri.EscapeDataString(t.Node.Id)}" : null,
        $"{TransitionWords.TieKind(t.Kind)}: {TransitionWords.How(t.How)}",
        TransitionWords.Distance(t.DistanceKmNow, t.DistanceKmAfter),
        t.Kind == TieKind.Mentor && t.KnownPeople.Count == 0 ? null : t.KnownPeople.Select(k => TransitionWords.Known(k.Name, k.Relationship)).ToList(),
        t.Warning is not null)).ToList();

    public bool IsHandover => check.Kind == TransitionKind.OffenderManagerChange;

    public string HandoverWarning =>
        $"Once you record it, {person.DisplayName} moves to {check.ToPractitioner?.Name ?? "their new offender manager"}'s caseload with their referrals and fund, and you will no longer see them.";

    private string NewOffenderManager => check.ToPractitioner is { } to ? $"{to.Name} ({to.DeliveryUnit})" : "";

    public string RecordIntro => "Their plan, mentor, open referrals and projects go with them. What this check warns of is kept on their record with the transition.";

    public string Version => person.Version.ToString(CultureInfo.InvariantCulture);

    public string Key => key;

    /// <summary>The transition as checked, for the record form; only the chosen kind's fields.</summary>
    public IReadOnlyList<HiddenField> Hidden =>
    [
        new(TransitionForm.Fields.Kind, form.Kind),
        .. form.ChosenKind == TransitionKind.Release ? [new HiddenField(TransitionForm.Fields.ReleasePlace, form.ReleasePlace), new HiddenField(TransitionForm.Fields.ReleaseDistrict, form.ReleaseDistrict)] : Array.Empty<HiddenField>(),
        .. form.ChosenKind == TransitionKind.NewHome ? [new HiddenField(TransitionForm.Fields.NewHomePlace, form.NewHomePlace), new HiddenField(TransitionForm.Fields.NewHomeDistrict, form.NewHomeDistrict)] : Array.Empty<HiddenField>(),
        .. form.ChosenKind == TransitionKind.OffenderManagerChange ? [new HiddenField(TransitionForm.Fields.Practitioner, form.Practitioner)] : Array.Empty<HiddenField>(),
        .. form.ChosenKind == TransitionKind.OffenderManagerChange && form.Unit is not null
            ? [new HiddenField(TransitionForm.Fields.Unit, form.Unit), new HiddenField(TransitionForm.Fields.Search, form.Search)]
            : Array.Empty<HiddenField>(),
        new("day", form.Day),
        new("month", form.Month),
        new("year", form.Year),
        new(TransitionForm.Fields.Note, form.Note),
    ];
}
