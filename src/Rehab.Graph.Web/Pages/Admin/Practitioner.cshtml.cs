using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>
/// Add a practitioner (<c>/admin/practitioners/new</c>) or change one: one request (<c>PractitionerPage</c>, the one
/// practitioner after the list's cursor in <c>from</c>) to read them, one (<c>UpsertPractitioner</c>) to save.
/// </summary>
[RequiresRole(WebRole.Admin)]
public sealed class PractitionerModel(IRehabGraphClient hub) : PageModel
{
    public PractitionerEditPresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, string? from, CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        if (id == OrganisationModel.NewId)
        {
            Presenter = new PractitionerEditPresenter(new PractitionerForm(), new Dictionary<string, string>());
            return Page();
        }

        if (id.Length > 100 || from is { Length: > 500 })
        {
            return AdminPages.NotFound(ModelState, "practitioner");
        }

        PractitionerPageResult found;
        try
        {
            found = await hub.PractitionerPageAsync(new() { After = string.IsNullOrEmpty(from) ? null : from }, cancellationToken);
        }
        catch (RehabGraphBadUserInputException)
        {
            return AdminPages.NotFound(ModelState, "practitioner");
        }

        if (found.Practitioners.Nodes is not [var practitioner] || practitioner.Id != id)
        {
            return AdminPages.NotFound(ModelState, "practitioner");
        }

        Presenter = new PractitionerEditPresenter(PractitionerForm.From(practitioner), new Dictionary<string, string>(), from);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? from, [FromForm] PractitionerForm form, CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        form = form with { Id = id == OrganisationModel.NewId ? null : id };
        var (input, errors) = form.Validate();
        if (input is not null)
        {
            try
            {
                var saved = (await hub.UpsertPractitionerAsync(new() { Input = input }, cancellationToken)).UpsertPractitioner;
                TempData[AdminPages.Banner] = form.IsNew ? $"{saved.Name} added" : $"{saved.Name} saved";
                return Redirect(PractitionersPresenter.Path);
            }
            catch (RehabGraphConflictException)
            {
                Presenter = new PractitionerEditPresenter(form, new Dictionary<string, string>(), from, conflict: true);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }
            catch (RehabGraphNotFoundException)
            {
                return AdminPages.NotFound(ModelState, "practitioner");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                var field = PractitionerForm.FieldOf(refused.Field);
                errors = new Dictionary<string, string> { [field ?? string.Empty] = PractitionerForm.RefusalMessage(field, refused.Errors[0].Message) };
            }
        }

        Presenter = new PractitionerEditPresenter(form, errors, from);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
