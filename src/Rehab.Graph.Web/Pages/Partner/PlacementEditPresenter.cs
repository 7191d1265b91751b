using System.Globalization;
using Rehab.Graph.Web.Pages.Shared;
using Placement = Rehab.Graph.Client.PlacementEditPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>What the placement form shows; after a CONFLICT, the placement as someone else left it.</summary>
/// <param name="stored">The placement as stored: after a conflict, as the other change left it.</param>
public sealed class PlacementEditPresenter(string? placementId, PlacementForm form, FieldErrors errors, Placement? stored, bool conflict = false)
    : EditPresenter("a placement", placementId, errors, PlacementForm.FieldOrder, conflict)
{
    public PlacementForm Form => form;

    protected override string? Name => form.Title;

    public override string Heading => IsNew ? Title : "Change a placement";

    public override string Action => IsNew ? PartnerPresenter.PlacementHref("new") : PartnerPresenter.PlacementHref(Id!);

    public override string BackHref => PartnerPresenter.Path;

    public override string BackText => "Back to your organisation";

    public override string FieldsPartial => "/Pages/Partner/_PlacementFields.cshtml";

    public override string? Version => form.Version;

    /// <summary>How many places are taken: capacity may not go below it.</summary>
    public string? Filled => stored?.Filled is { } filled ? $"{filled} of its places are filled: it can have no fewer places than that." : null;

    public FieldView Kind => Select("kind", "Kind of placement", form.Kind, PlacementForm.Kinds, none: "Choose a kind");

    public FieldView MaxRiskOfHarm => Select(
        "maxRiskOfHarm", "The highest risk of harm its supervision can manage", form.MaxRiskOfHarm, PlacementForm.RiskLevels,
        hint: "Without one, only people at low risk of harm are offered it");

    public CheckboxesView UnsuitableFor => Checkboxes("unsuitableFor", "Not suitable for people with these risk flags", PlacementForm.RiskFlags, form.UnsuitableFor);

    public CheckboxesView Skills => Checkboxes("skills", "Skills the work uses", PlacementForm.SkillChoices, form.Skills);

    protected override IReadOnlyList<CurrentValue> Current() => stored is null
        ? []
        :
        [
            new("Title", stored.Title ?? ""),
            new("Kind", PlacementForm.Kinds.FirstOrDefault(k => k.Code == stored.Kind).Label ?? stored.Kind ?? ""),
            new("Places", $"{stored.Filled} of {stored.Capacity} filled"),
            new("Sessions", stored.Sessions is { Count: > 0 } sessions ? string.Join(", ", sessions) : "None"),
            new("Supervisor", stored.Supervisor ?? "Not given"),
            new("Meeting point", stored.MeetingPoint ?? "Not given"),
            new("Version", stored.Version?.ToString(CultureInfo.InvariantCulture) ?? ""),
        ];
}
