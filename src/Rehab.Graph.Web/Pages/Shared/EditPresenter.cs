using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.Shared;

/// <summary>
/// What every add-or-change page shows (<c>_EditForm</c>): its title, where the form posts and where back goes, the errors
/// beside their fields and in the summary, and after a CONFLICT the item as someone else left it.
/// </summary>
/// <param name="noun">What the item is, with its article: "a service", "an organisation".</param>
/// <param name="id">The stored item's id; null for a new one.</param>
/// <param name="fieldOrder">The form's field ids in page order, so the summary lists errors as the page does.</param>
/// <param name="conflict">Someone else changed the item after the user opened it: nothing was saved.</param>
public abstract class EditPresenter(string noun, string? id, FieldErrors errors, IReadOnlyList<string> fieldOrder, bool conflict)
{
    public bool IsNew => id is null;

    public string? Id => id;

    /// <summary>The noun without its article ("service").</summary>
    public string Noun => noun[(noun.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    /// <summary>The stored item's name as the form has it.</summary>
    protected abstract string? Name { get; }

    public string Title => IsNew ? $"Add {noun}" : $"Change {Name}";

    public virtual string Heading => Title;

    /// <summary>Where the form posts; after a conflict, also where "reload" goes.</summary>
    public abstract string Action { get; }

    public abstract string BackHref { get; }

    public abstract string BackText { get; }

    public string Submit => IsNew ? $"Add {Noun}" : "Save changes";

    /// <summary>The form's own fields, rendered inside the shared form.</summary>
    public abstract string FieldsPartial { get; }

    /// <summary>What the page shows under the form, if anything (e.g. a service's pause and close buttons).</summary>
    public virtual string? AfterPartial => null;

    /// <summary>The version the form was filled from, posted back with it.</summary>
    public abstract string? Version { get; }

    public bool Conflict => conflict;

    public bool HasErrors => errors.Any || conflict;

    public IReadOnlyList<ErrorLink> ErrorSummary => conflict
        ? [new ErrorLink($"Someone else changed this {Noun} after you opened it. Check the {Noun} as it is now, then save your changes again", "#conflict"), .. errors.Summary(fieldOrder)]
        : errors.Summary(fieldOrder);

    /// <summary>After a conflict, the item as the other change left it (empty when it could not be read again).</summary>
    public IReadOnlyList<CurrentValue> CurrentValues => conflict ? Current() : [];

    public string? ErrorFor(string field) => errors.For(field);

    public FieldView Field(string fieldId, string label, string? value, string? hint = null, string width = "govuk-!-width-two-thirds", bool multiline = false, string inputMode = "text") =>
        new(fieldId, label, value, errors.For(fieldId), hint, width, multiline, inputMode);

    /// <summary>A select of <paramref name="choices"/>, with a first "not chosen" option when <paramref name="none"/> is given.</summary>
    public FieldView Select(string fieldId, string label, string? value, IEnumerable<(string Code, string Text)> choices, string? none = null, string? hint = null) =>
        new(fieldId, label, value, errors.For(fieldId), hint, "",
            Options: [.. none is null ? [] : new[] { new Option("", none, string.IsNullOrEmpty(value)) }, .. choices.Select(c => new Option(c.Code, c.Text, c.Code == value))]);

    /// <summary>Checkboxes of <paramref name="choices"/>, those in <paramref name="chosen"/> ticked.</summary>
    public CheckboxesView Checkboxes(string fieldId, string legend, IEnumerable<(string Code, string Label)> choices, IReadOnlyCollection<string> chosen, string? hint = "Select all that apply") =>
        new(fieldId, legend, hint, errors.For(fieldId), choices.Select(c => new NeedChoice(c.Code, c.Label, chosen.Contains(c.Code))).ToList());

    /// <summary>The stored item's values, as the conflict shows them.</summary>
    protected abstract IReadOnlyList<CurrentValue> Current();
}

/// <summary>A GOV.UK checkboxes group; the first box has <see cref="Id"/> so the error summary links to it.</summary>
public sealed record CheckboxesView(string Id, string Legend, string? Hint, string? Error, IReadOnlyList<NeedChoice> Choices);
