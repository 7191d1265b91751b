using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>What the add or edit organisation page shows: the form as filled in, errors beside their fields and in the summary, and after a conflict the organisation as it is now.</summary>
/// <param name="stored">The organisation as stored: after a conflict, as the other change left it.</param>
public sealed class OrganisationEditPresenter(string? organisationId, OrganisationForm form, FieldErrors errors, OrganisationPageResult.NodeData? stored = null, bool conflict = false)
    : EditPresenter("an organisation", organisationId, errors, OrganisationForm.Fields.InOrder, conflict)
{
    public OrganisationForm Form => form;

    protected override string? Name => form.Name;

    public override string Action => OrganisationsPresenter.Path + "/" + Uri.EscapeDataString(Id ?? OrganisationModel.NewId);

    public override string BackHref => OrganisationsPresenter.Path;

    public override string BackText => "Back to organisations";

    public override string FieldsPartial => "/Pages/Admin/_OrganisationFields.cshtml";

    public override string? Version => form.Version;

    public FieldView Kind => Select(OrganisationForm.Fields.Kind, "Kind", form.Kind, OrganisationForm.Kinds, none: "Choose a kind");

    protected override IReadOnlyList<CurrentValue> Current() => stored is null
        ? []
        :
        [
            new("Name", stored.Name ?? ""),
            new("Kind", OrganisationForm.Kinds.FirstOrDefault(k => k.Code == stored.Kind).Label ?? stored.Kind ?? ""),
            new("Description", stored.Description ?? "None"),
            new("Website", stored.Website ?? "None"),
            new("Version", FormValues.Text(stored.Version) ?? ""),
        ];
}
