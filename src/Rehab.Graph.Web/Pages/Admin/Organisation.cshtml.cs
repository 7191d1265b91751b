using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;
using Organisation = Rehab.Graph.Client.OrganisationPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>
/// Add an organisation (<c>/admin/organisations/new</c>) or change one: one request (<c>OrganisationPage</c>) to read it,
/// one (<c>UpsertOrganisation</c>) to save it with the version read, then back to the list with a banner.
/// </summary>
[RequiresRole(WebRole.Admin)]
[NoStore]
public sealed class OrganisationModel(IRehabGraphClient hub) : EditPageModel<Organisation, OrganisationForm, OrganisationInput>
{
    public const string NewId = New;

    public OrganisationEditPresenter Presenter { get; private set; } = null!;

    protected override async Task<Organisation?> ReadAsync(string id, CancellationToken cancellationToken) =>
        (await hub.OrganisationPageAsync(new() { Id = id }, cancellationToken)).Node is { Typename: "Organisation" } organisation ? organisation : null;

    protected override OrganisationForm FormFrom(Organisation item) => OrganisationForm.From(item);

    protected override (OrganisationInput? Input, FieldErrors Errors) Validate(string? id) => Form.Validate(id);

    protected override async Task<string> SaveAsync(OrganisationInput input, CancellationToken cancellationToken)
    {
        var saved = (await hub.UpsertOrganisationAsync(new() { Input = input }, cancellationToken)).UpsertOrganisation;
        TempData[AdminPages.Banner] = input.Id is null ? $"{saved.Name} added" : $"{saved.Name} saved";
        return OrganisationsPresenter.Path;
    }

    protected override void Show(string? id, FieldErrors errors, Organisation? stored, bool conflict) =>
        Presenter = new OrganisationEditPresenter(id, Form, errors, stored, conflict);

    protected override IActionResult Missing() => AdminPages.NotFound(ModelState, "organisation");
}
