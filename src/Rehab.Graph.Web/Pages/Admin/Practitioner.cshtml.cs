using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;
using Practitioner = Rehab.Graph.Client.PractitionerPageResult.PractitionersData.NodesData;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>
/// Add a practitioner (<c>/admin/practitioners/new</c>) or change one: one request (<c>PractitionerPage</c>, the one
/// practitioner after the list's cursor in <c>from</c>) to read them, one (<c>UpsertPractitioner</c>) to save.
/// </summary>
[RequiresRole(WebRole.Admin)]
[NoStore]
public sealed class PractitionerModel(IRehabGraphClient hub) : EditPageModel<Practitioner, PractitionerForm, PractitionerInput>
{
    public PractitionerEditPresenter Presenter { get; private set; } = null!;

    /// <summary>The list's cursor before the practitioner, from the list's link.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>The practitioner after <see cref="From"/>, if it is the one named (a rename since may have moved them in the list).</summary>
    protected override async Task<Practitioner?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        if (From is { Length: > 500 })
        {
            return null;
        }

        var found = await hub.PractitionerPageAsync(new() { After = string.IsNullOrEmpty(From) ? null : From }, cancellationToken);
        return found.Practitioners.Nodes is [var practitioner] && practitioner.Id == id ? practitioner : null;
    }

    protected override PractitionerForm FormFrom(Practitioner item) => PractitionerForm.From(item);

    protected override (PractitionerInput? Input, FieldErrors Errors) Validate(string? id) => Form.Validate(id);

    protected override async Task<string> SaveAsync(PractitionerInput input, CancellationToken cancellationToken)
    {
        var saved = (await hub.UpsertPractitionerAsync(new() { Input = input }, cancellationToken)).UpsertPractitioner;
        TempData[AdminPages.Banner] = input.Id is null ? $"{saved.Name} added" : $"{saved.Name} saved";
        return PractitionersPresenter.Path;
    }

    protected override void Show(string? id, FieldErrors errors, Practitioner? stored, bool conflict) =>
        Presenter = new PractitionerEditPresenter(id, Form, errors, From, stored, conflict);

    protected override IActionResult Missing() => AdminPages.NotFound(ModelState, "practitioner");
}
