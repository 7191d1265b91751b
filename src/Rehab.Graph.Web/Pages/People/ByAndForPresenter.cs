using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// What the page for a person's wish for services run by and for a community shows: a box per community (ticked as
/// stored, or as posted when refused), the version read, and the errors; after a CONFLICT an error asking to reload,
/// linking to the page itself.
/// </summary>
public sealed class ByAndForPresenter(string personId, string displayName, ByAndForForm form, FieldErrors errors, bool conflict = false)
{
    /// <summary>The person page's <c>?done=</c> after a save.</summary>
    public const string Done = "by-and-for";

    public const string Saved = "Services run by and for saved";

    public static string PathFor(string personId) => $"/people/{Uri.EscapeDataString(personId)}/by-and-for";

    public string Path => PathFor(personId);

    public string PersonHref => $"/people/{Uri.EscapeDataString(personId)}";

    public string Title => "Services run by and for";

    public string Caption => displayName;

    public string Question => $"Does {displayName} want services run by and for a community?";

    public string Hint =>
        "Services run by and for the communities you tick come first among those that meet their needs. Leave all unticked for no preference.";

    public bool HasErrors => conflict || errors.Any;

    public string? Version => form.Version;

    public string? Error => conflict ? ConflictMessage : errors.For(ByAndForForm.Field);

    public IReadOnlyList<ErrorLink> ErrorSummary => conflict
        ? [new ErrorLink(ConflictMessage, Path)]
        : errors.Summary([ByAndForForm.Field]);

    public IReadOnlyList<NeedChoice> Choices =>
        Communities.All.Select(c => new NeedChoice(c.Code, c.Label, form.ByAndFor.Contains(c.Code))).ToList();

    private string ConflictMessage =>
        $"Someone changed {displayName}'s record after you opened this page. Reload the page to see it as it is now, then choose again";
}
