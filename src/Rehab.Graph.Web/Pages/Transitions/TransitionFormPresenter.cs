using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Projects;
using Rehab.Graph.Web.Pages.Shared;
using Person = Rehab.Graph.Client.TransitionPageResult.PersonData;
using Unit = Rehab.Graph.Client.TransitionPageResult.DeliveryUnitsData;

namespace Rehab.Graph.Web.Pages.Transitions;

/// <summary>
/// A kind of transition as a radio, with the fields its conditional reveal holds (none for the move to adult services),
/// and for a handover the finder that narrows whom its select lists.
/// </summary>
public sealed record KindChoice(string Id, string Value, string Label, string Hint, bool Checked, IReadOnlyList<FieldView> Fields, ColleagueFinder? Finder = null)
{
    public string ConditionalId => "conditional-" + Id;
}

/// <summary>A colleague a handover may go to, as the select lists them.</summary>
public sealed record ColleagueChoice(string Id, string Name, string DeliveryUnit);

/// <summary>The colleagues the select lists, and how many match in all, from whichever request read them.</summary>
public sealed record ColleagueList(int TotalCount, IReadOnlyList<ColleagueChoice> Shown);

/// <summary>
/// The handover's own small GET form (<see cref="FormId"/>, outside the transition's form; its fields name it with the
/// <c>form</c> attribute, as forms cannot nest): a delivery unit and part of a name, which the page lists colleagues by
/// again. It works without JavaScript, and the address it leads to can be shared.
/// </summary>
public sealed record ColleagueFinder(string FormId, string Action, FieldView Unit, FieldView Search)
{
    public const string Button = "Find offender managers";
}

/// <summary>
/// What the plan-a-transition form shows: the kinds as radios, each revealing what it needs (where they will live, or
/// who takes them over), the day and a note, as typed, with errors beside them and in the summary.
/// </summary>
public sealed class TransitionFormPresenter(
    Person person, IReadOnlyList<Unit> units, ColleagueFilter filter, ColleagueList colleagues, TransitionForm form, FieldErrors errors, DateOnly today)
{
    public string Title => "Plan a transition";

    public string Caption => person.DisplayName;

    public string PersonHref => $"/people/{Uri.EscapeDataString(person.Id)}#transitions";

    public string Action => TransitionPaths.Form(person.Id);

    public string Intro =>
        $"Check what goes with {person.DisplayName} and which ties it may break before you record it. "
        + "Their plan, mentor, open referrals and projects go with them whatever the transition.";

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary(TransitionForm.FieldOrder);

    public string? KindError => errors.For(TransitionForm.Fields.Kind);

    public IReadOnlyList<KindChoice> Kinds =>
    [
        Kind(TransitionForm.Fields.Kind, TransitionKind.Release, "Release from prison", "To the address they will live at",
            Home("the release address", TransitionForm.Fields.ReleasePlace, form.ReleasePlace, TransitionForm.Fields.ReleaseDistrict, form.ReleaseDistrict)),
        Kind("kind-new-home", TransitionKind.NewHome, "A new home", "A move in the community",
            Home("their new home", TransitionForm.Fields.NewHomePlace, form.NewHomePlace, TransitionForm.Fields.NewHomeDistrict, form.NewHomeDistrict)),
        Kind("kind-handover", TransitionKind.OffenderManagerChange, "A new offender manager",
            "Hand them over: their referrals, Immediate Justice cases and fund go with them, and you will no longer see them",
            [NewOffenderManager], Finder),
        Kind("kind-adult", TransitionKind.YouthToAdult, "Move from youth to adult services",
            person.BirthYear is { } born ? $"At 18 to 25. They were born in {born}." : "At 18 to 25. Their year of birth is not recorded.", []),
    ];

    public DateView On => new(TransitionForm.Fields.On, "When is it? (optional)",
        $"Leave it blank for today. Within a year of today, for example {today.AddDays(14).ToString("d M yyyy", CultureInfo.InvariantCulture)}", form.Day, form.Month, form.Year, errors.For(TransitionForm.Fields.On));

    public FieldView Note => new(TransitionForm.Fields.Note, "Note for whoever reads their record next (optional)", form.Note, errors.For(TransitionForm.Fields.Note),
        $"What helps them through it, for example who they trust or what time of day suits them. Up to {TransitionForm.NoteMaxLength} characters.", Multiline: true);

    /// <summary>
    /// The list the select shows, carried by the transition's form so a refusal or Change shows the same one: the unit
    /// (empty for every unit) and the search.
    /// </summary>
    public IReadOnlyList<HiddenField> ListedBy =>
        [new(TransitionForm.Fields.Unit, filter.DeliveryUnit ?? ""), new(TransitionForm.Fields.Search, filter.Search)];

    /// <summary>The delivery unit and name to list colleagues by, as the list shows them now.</summary>
    private ColleagueFinder Finder
    {
        get
        {
            var unit = filter.DeliveryUnit ?? "";
            return new ColleagueFinder("colleague-finder", Action + "#" + TransitionForm.Fields.Practitioner,
                new FieldView(TransitionForm.Fields.Unit, "Delivery unit", unit, errors.For(TransitionForm.Fields.Unit), "Yours to start with", "",
                    Options: [new Option("", "All delivery units", unit.Length == 0), .. units.Select(u => new Option(u.Name, u.Yours ? $"{u.Name} (yours)" : u.Name, u.Name == unit))]),
                new FieldView(TransitionForm.Fields.Search, "Name contains (optional)", errors.For(TransitionForm.Fields.Search) is null ? filter.Search : form.Search,
                    errors.For(TransitionForm.Fields.Search), "Part of their first name or surname", "govuk-!-width-two-thirds"));
        }
    }

    /// <summary>
    /// Colleagues by delivery unit and name, each with their unit so two of one name are told apart: those the finder
    /// narrows to, the first 50; the hint says how many match, and when that is more than are listed, how to find the rest.
    /// </summary>
    private FieldView NewOffenderManager
    {
        get
        {
            var chosen = FormValues.Trimmed(form.Practitioner);
            var where = filter.DeliveryUnit is { } unit ? $" in {unit}" : "";
            var named = filter.Search is { } search ? $" whose name contains \u201c{search}\u201d" : "";
            var hint = (colleagues.TotalCount, colleagues.Shown.Count) switch
            {
                (0, _) => $"No offender managers{where}{named}. Search for another name, or choose another delivery unit, and select {ColleagueFinder.Button}.",
                var (total, shown) when total > shown =>
                    $"{total} offender managers{where}{named}: the first {shown} are listed. Search for their name to find the others.",
                (1, _) => $"1 offender manager{where}{named}.",
                var (total, _) => $"{total} offender managers{where}{named}, by delivery unit and name.",
            };
            return new(TransitionForm.Fields.Practitioner, "Who is taking them over?", chosen, errors.For(TransitionForm.Fields.Practitioner), hint, "",
                Options: [new Option("", "Choose an offender manager", chosen is null), .. colleagues.Shown.Select(c => new Option(c.Id, $"{c.Name} ({c.DeliveryUnit})", c.Id == chosen))]);
        }
    }

    private KindChoice Kind(string id, TransitionKind kind, string label, string hint, IReadOnlyList<FieldView> fields, ColleagueFinder? finder = null)
    {
        var code = HubCodes.Of(kind);
        return new(id, code, label, hint, form.Kind == code, fields, finder);
    }

    /// <summary>Where they will live: <paramref name="home"/> says whose fields they are, so each label is the page's only one.</summary>
    private IReadOnlyList<FieldView> Home(string home, string placeField, string? place, string districtField, string? district) =>
    [
        new(placeField, $"Town or area of {home}", place, errors.For(placeField), "The nearest in the region: distances to what they are tied to are measured from it", "",
            Options: [new Option("", "Choose a place", string.IsNullOrEmpty(place)), .. ProjectChoices.Places.Select(p => new Option(p.Name, p.Name, p.Name == place))]),
        new(districtField, $"Postcode district of {home}", district, errors.For(districtField), "The first part of the postcode, like HU19", "govuk-input--width-5"),
    ];
}
