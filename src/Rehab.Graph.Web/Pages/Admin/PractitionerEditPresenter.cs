using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>What the add or edit practitioner page shows; after a conflict, the practitioner as they are now.</summary>
/// <param name="from">The list's cursor before the practitioner: how their page finds them again.</param>
/// <param name="stored">The practitioner as stored: after a conflict, as the other change left them.</param>
public sealed class PractitionerEditPresenter(string? practitionerId, PractitionerForm form, FieldErrors errors, string? from = null, PractitionerPageResult.PractitionersData.NodesData? stored = null, bool conflict = false)
    : EditPresenter("a practitioner", practitionerId, errors, PractitionerForm.Fields.InOrder, conflict)
{
    public PractitionerForm Form => form;

    protected override string? Name => form.Name;

    public override string Action => IsNew ? PractitionersPresenter.Path + "/" + OrganisationModel.NewId : PractitionersPresenter.EditHref(Id!, from);

    public override string BackHref => PractitionersPresenter.Path;

    public override string BackText => "Back to practitioners";

    public override string FieldsPartial => "/Pages/Admin/_PractitionerFields.cshtml";

    public override string? Version => form.Version;

    protected override IReadOnlyList<CurrentValue> Current() => stored is null
        ? []
        :
        [
            new("Name", stored.Name),
            new("Delivery unit", stored.DeliveryUnit),
            new("Email", stored.Email ?? "None"),
            new("Phone", stored.Phone ?? "None"),
            new("Version", FormValues.Text(stored.Version) ?? ""),
        ];
}
