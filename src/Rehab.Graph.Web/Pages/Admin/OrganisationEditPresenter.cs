using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>What the add or edit organisation page shows: the form as filled in, errors beside their fields and in the summary.</summary>
public sealed class OrganisationEditPresenter(OrganisationForm form, IReadOnlyDictionary<string, string> errors, bool conflict = false)
{
    public OrganisationForm Form => form;

    public string Title => form.IsNew ? "Add an organisation" : $"Change {form.Name}";

    public string Action => form.IsNew ? OrganisationsPresenter.Path + "/new" : $"{OrganisationsPresenter.Path}/{Uri.EscapeDataString(form.Id!)}";

    public bool HasErrors => errors.Count > 0 || conflict;

    /// <summary>Someone else changed the organisation since this form was opened: the change was not made.</summary>
    public bool Conflict => conflict;

    public IReadOnlyList<ErrorLink> ErrorSummary =>
        (conflict ? [new ErrorLink("Someone else changed this organisation after you opened it, so your change was not saved. Reload it to see their change, then make yours again", "#reload")] : Array.Empty<ErrorLink>())
            .Concat(OrganisationForm.Fields.InOrder.Where(errors.ContainsKey).Select(id => new ErrorLink(errors[id], "#" + id)))
            .Concat(errors.Where(e => e.Key.Length == 0).Select(e => new ErrorLink(e.Value, "#" + OrganisationForm.Fields.Name)))
            .ToList();

    public string? ErrorFor(string field) => errors.TryGetValue(field, out var message) ? message : null;

    public IReadOnlyList<Option> KindOptions =>
        [new Option(string.Empty, "Choose a kind", string.IsNullOrEmpty(form.Kind)), .. OrganisationForm.Kinds.Select(k => new Option(k.Code, k.Label, k.Code == form.Kind))];
}
