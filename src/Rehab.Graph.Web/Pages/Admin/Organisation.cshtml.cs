using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>
/// Add an organisation (<c>/admin/organisations/new</c>) or change one: one request (<c>OrganisationPage</c>) to read it,
/// one (<c>UpsertOrganisation</c>) to save it with the version read, then back to the list with a banner.
/// </summary>
[RequiresRole(WebRole.Admin)]
public sealed class OrganisationModel(IRehabGraphClient hub) : PageModel
{
    public const string NewId = "new";

    public OrganisationEditPresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        if (id == NewId)
        {
            Presenter = new OrganisationEditPresenter(new OrganisationForm(), new Dictionary<string, string>());
            return Page();
        }

        if (id.Length > OrganisationForm.LineMaxLength)
        {
            return AdminPages.NotFound(ModelState, "organisation");
        }

        var found = await hub.OrganisationPageAsync(new() { Id = id }, cancellationToken);
        if (found.Node is not { Typename: "Organisation" } organisation)
        {
            return AdminPages.NotFound(ModelState, "organisation");
        }

        Presenter = new OrganisationEditPresenter(OrganisationForm.From(organisation), new Dictionary<string, string>());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, [FromForm] OrganisationForm form, CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        form = form with { Id = id == NewId ? null : id };
        var (input, errors) = form.Validate();
        if (input is not null)
        {
            try
            {
                var saved = (await hub.UpsertOrganisationAsync(new() { Input = input }, cancellationToken)).UpsertOrganisation;
                TempData[AdminPages.Banner] = form.IsNew ? $"{saved.Name} added" : $"{saved.Name} saved";
                return Redirect(OrganisationsPresenter.Path);
            }
            catch (RehabGraphConflictException)
            {
                Presenter = new OrganisationEditPresenter(form, new Dictionary<string, string>(), conflict: true);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }
            catch (RehabGraphNotFoundException)
            {
                return AdminPages.NotFound(ModelState, "organisation");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                var field = OrganisationForm.FieldOf(refused.Field);
                errors = new Dictionary<string, string> { [field ?? string.Empty] = OrganisationForm.RefusalMessage(field, refused.Errors[0].Message) };
            }
        }

        Presenter = new OrganisationEditPresenter(form, errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
