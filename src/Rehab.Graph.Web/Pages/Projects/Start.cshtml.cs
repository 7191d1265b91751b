using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Plans;

namespace Rehab.Graph.Web.Pages.Projects;

/// <summary>
/// A person on probation starts a project of their own (<c>CreateProject</c>; the hub makes them its founder): it is
/// proposed until their offender manager runs it. The form needs nothing from the hub to show.
/// </summary>
[RequiresRole(WebRole.Person)]
[NoStore]
public sealed class StartModel(IRehabGraphClient hub) : PageModel
{
    public StartProjectPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public StartProjectForm Form { get; set; } = new();

    public IActionResult OnGet() => Show(new FieldErrors());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (input, errors) = Form.Validate();
        var sent = input is null ? null : await MyPlan.SendAsync(
            async () =>
            {
                await hub.CreateProjectAsync(new CreateProjectVariables { Input = input }, cancellationToken);
                return $"{ServiceNavigation.MyPlan}?done=project#projects";
            },
            StartProjectForm.FieldOf,
            errors,
            ModelState);
        if (sent is not null)
        {
            return sent;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Show(errors);
    }

    private PageResult Show(FieldErrors errors)
    {
        Presenter = new StartProjectPresenter(Form, errors);
        return Page();
    }
}
