using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Shared;
using Placement = Rehab.Graph.Client.PlacementEditPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// A placement the partner's organisation hosts: <c>/partner/placements/new</c> adds one, <c>/partner/placements/{id}</c>
/// changes one (<c>PlacementEditPage</c>, then <c>UpsertPlacement</c> with the version read).
/// </summary>
[RequiresRole(WebRole.Partner)]
[NoStore]
public sealed class PlacementModel(IRehabGraphClient hub) : EditPageModel<Placement, PlacementForm, PlacementInput>
{
    public PlacementEditPresenter Presenter { get; private set; } = null!;

    private string Organisation => WebUser.From(User)!.OrganisationId ?? string.Empty;

    /// <summary>The placement, when the user's organisation hosts it.</summary>
    protected override async Task<Placement?> ReadAsync(string id, CancellationToken cancellationToken) =>
        (await hub.PlacementEditPageAsync(new PlacementEditPageVariables { Id = id }, cancellationToken)).Node is { Typename: "Placement" } placement
        && placement.Organisation?.Id == Organisation
            ? placement
            : null;

    protected override PlacementForm FormFrom(Placement item) => PlacementForm.From(item);

    protected override (PlacementInput? Input, FieldErrors Errors) Validate(string? id) => Form.Validate(Organisation, id);

    protected override async Task<string> SaveAsync(PlacementInput input, CancellationToken cancellationToken) =>
        PartnerPresenter.SavedHref((await hub.UpsertPlacementAsync(new UpsertPlacementVariables { Input = input }, cancellationToken)).UpsertPlacement.Id);

    protected override void Show(string? id, FieldErrors errors, Placement? stored, bool conflict) =>
        Presenter = new PlacementEditPresenter(id, Form, errors, stored, conflict);
}
