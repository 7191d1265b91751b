using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Project = Rehab.Graph.Client.ProjectPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Projects;

/// <summary>
/// A co-produced project (<c>ProjectPage</c>, one request) for offender managers and admins; those who may run it (an
/// admin, or the offender manager of a member: the hub shows an offender manager only the members on their caseload)
/// run, pause or close it and spend from its grant. Each form redirects back with a banner, or shows the page again
/// with the hub's refusal beside its field.
/// </summary>
[RequiresRole(WebRole.OffenderManager, WebRole.Admin)]
[NoStore]
public sealed class IndexModel(IRehabGraphClient hub) : PageModel
{
    public ProjectPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public ProjectForms Form { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken cancellationToken) => ShowAsync(id, new FieldErrors(), done, StatusCodes.Status200OK, cancellationToken);

    public async Task<IActionResult> OnPostStatusAsync(string id, CancellationToken cancellationToken)
    {
        var (input, errors) = Form.StatusChange(id);
        return await SendAsync(id, input is null ? null : async () =>
        {
            await hub.SetProjectStatusAsync(new SetProjectStatusVariables { Input = input }, cancellationToken);
            return input.Status.ToString().ToUpperInvariant();
        }, _ => ProjectForms.Fields.Status, errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostSpendAsync(string id, CancellationToken cancellationToken)
    {
        var (input, errors) = Form.Spend(id);
        return await SendAsync(id, input is null ? null : async () =>
        {
            await hub.SpendFromGrantAsync(new SpendFromGrantVariables { Input = input }, cancellationToken);
            return "spend";
        }, ProjectForms.SpendFieldOf, errors, cancellationToken);
    }

    private async Task<IActionResult> SendAsync(string id, Func<Task<string>>? send, Func<string?, string> fieldOf, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (!PersonalPageModel.IsId(id))
        {
            return NotFoundPage.Result(ModelState);
        }

        var status = StatusCodes.Status400BadRequest;
        if (send is not null)
        {
            try
            {
                return Redirect($"{ProjectPaths.Project(id)}?done={Uri.EscapeDataString(await send())}");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(fieldOf(refused.Field), refused.Errors[0].Message);
            }
            catch (RehabGraphConflictException conflict)
            {
                errors.Add(fieldOf(null), conflict.Errors[0].Message);
                status = StatusCodes.Status409Conflict;
            }
            catch (RehabGraphForbiddenException)
            {
                errors.Add(fieldOf(null), "Only the offender manager of one of its members, or an admin, can do this");
                status = StatusCodes.Status403Forbidden;
            }
            catch (RehabGraphNotFoundException)
            {
                return NotFoundPage.Result(ModelState);
            }
        }

        return await ShowAsync(id, errors, null, status, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string id, FieldErrors errors, string? done, int status, CancellationToken cancellationToken)
    {
        if (!PersonalPageModel.IsId(id) || await FindAsync(id, cancellationToken) is not { } project)
        {
            return NotFoundPage.Result(ModelState);
        }

        var canManage = WebUser.From(User)?.Role == WebRole.Admin || (project.Members ?? []).Count > 0;
        Presenter = new ProjectPresenter(project, canManage, Form, errors, done);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<Project?> FindAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return (await hub.ProjectPageAsync(new ProjectPageVariables { Id = id }, cancellationToken)).Node is { Typename: "Project" } project ? project : null;
        }
        catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphForbiddenException or RehabGraphBadUserInputException)
        {
            return null;
        }
    }
}
