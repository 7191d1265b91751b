using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>
/// Move a person to another offender manager in two steps: the form and its check (each one <c>PractitionersPage</c>
/// request, for the choices), then the move itself (<c>AssignOffenderManager</c>), back to the practitioners with a banner.
/// </summary>
[RequiresRole(WebRole.Admin)]
public sealed class MoveModel(IRehabGraphClient hub) : PageModel
{
    /// <summary>A region's offender managers fit on one page of the hub's.</summary>
    public const int Choices = 100;

    public MovePersonPresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? person, string? practitioner, string? step, CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        var form = new MovePersonForm(person, practitioner);
        var practitioners = (await hub.PractitionersPageAsync(new() { First = Choices }, cancellationToken)).Practitioners;
        var confirming = step == "check";
        var errors = confirming ? form.Validate(MovePersonPresenter.Choices(practitioners)) : new Dictionary<string, string>();
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Presenter = new MovePersonPresenter(form, practitioners, errors, confirming);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? person, string? practitioner, CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        var form = new MovePersonForm(person, practitioner);
        if (form.PersonId is { Length: <= 100 } && form.PractitionerId is { Length: <= 100 })
        {
            try
            {
                var now = (await hub.AssignOffenderManagerAsync(form.Variables, cancellationToken)).AssignOffenderManager;
                TempData[AdminPages.Banner] = $"{form.PersonId} moved to {now.Name}, who now supervises {(now.Caseload == 1 ? "1 person" : $"{now.Caseload} people")}";
                return Redirect(PractitionersPresenter.Path);
            }
            catch (RehabGraphNotFoundException missing)
            {
                return await FormAgainAsync(form, missing.Errors[0].Field == "input.practitionerId" ? MovePersonForm.Fields.Practitioner : MovePersonForm.Fields.Person,
                    missing.Errors[0].Field == "input.practitionerId" ? "Choose the offender manager to move them to" : $"There is no person with the id {form.PersonId}", cancellationToken);
            }
            catch (RehabGraphBadUserInputException refused)
            {
                return await FormAgainAsync(form, refused.Field == "input.practitionerId" ? MovePersonForm.Fields.Practitioner : MovePersonForm.Fields.Person, refused.Errors[0].Message, cancellationToken);
            }
        }

        return await FormAgainAsync(form, MovePersonForm.Fields.Person, "Enter a person id like per-0001", cancellationToken);
    }

    private async Task<IActionResult> FormAgainAsync(MovePersonForm form, string field, string message, CancellationToken cancellationToken)
    {
        var practitioners = (await hub.PractitionersPageAsync(new() { First = Choices }, cancellationToken)).Practitioners;
        Presenter = new MovePersonPresenter(form, practitioners, new Dictionary<string, string> { [field] = message }, confirming: false);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
