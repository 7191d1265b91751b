using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>What the add or edit practitioner page shows.</summary>
public sealed class PractitionerEditPresenter(PractitionerForm form, IReadOnlyDictionary<string, string> errors, string? from = null, bool conflict = false)
{
    public PractitionerForm Form => form;

    public string Title => form.IsNew ? "Add a practitioner" : $"Change {form.Name}";

    /// <summary>Where the form posts (and, after a conflict, where the reload link goes).</summary>
    public string Action => form.IsNew ? PractitionersPresenter.Path + "/new" : PractitionersPresenter.EditHref(form.Id!, from);

    public bool HasErrors => errors.Count > 0 || conflict;

    public bool Conflict => conflict;

    public IReadOnlyList<ErrorLink> ErrorSummary =>
        (conflict ? [new ErrorLink("Someone else changed this practitioner after you opened it, so your change was not saved. Reload it to see their change, then make yours again", "#reload")] : Array.Empty<ErrorLink>())
            .Concat(PractitionerForm.Fields.InOrder.Where(errors.ContainsKey).Select(id => new ErrorLink(errors[id], "#" + id)))
            .Concat(errors.Where(e => e.Key.Length == 0).Select(e => new ErrorLink(e.Value, "#" + PractitionerForm.Fields.Name)))
            .ToList();

    public string? ErrorFor(string field) => errors.TryGetValue(field, out var message) ? message : null;
}
