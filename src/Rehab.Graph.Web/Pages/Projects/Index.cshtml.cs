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
/// run, pause or close it, spend from its grant and refund to it; an admin awards it a grant; an offender manager adds
/// someone from their caseload. Each form redirects back with a banner, or shows the page again
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

    public async Task<IActionResult> OnPostRefundAsync(string id, CancellationToken cancellationToken)
    {
        var (input, errors) = Form.Refund();
        return await SendAsync(id, input is null ? null : async () =>
        {
            await hub.RefundToGrantAsync(new RefundToGrantVariables { Input = input }, cancellationToken);
            return "refund";
        }, ProjectForms.RefundFieldOf, errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostAwardAsync(string id, CancellationToken cancellationToken)
    {
        var (input, errors) = Form.Award(id);
        return await SendAsync(id, input is null ? null : async () =>
        {
            await hub.AwardGrantAsync(new AwardGrantVariables { Input = input }, cancellationToken);
            return "award";
        }, ProjectForms.AwardFieldOf, errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostJoinAsync(string id, CancellationToken cancellationToken)
    {
        var (input, errors) = Form.Join(id);
        return await SendAsync(id, input is null ? null : async () =>
        {
            await hub.JoinProjectAsync(new JoinProjectVariables { Input = input }, cancellationToken);
            return "member";
        }, _ => ProjectForms.Fields.Member, errors, cancellationToken);
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

        var role = WebUser.From(User)?.Role;
        var canManage = role == WebRole.Admin || (project.Members ?? []).Count > 0;
        var caseload = role == WebRole.OffenderManager ? await CaseloadAsync(cancellationToken) : null;
        Presenter = new ProjectPresenter(project, canManage, Form, errors, done, role == WebRole.Admin, caseload);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<IReadOnlyList<MemberChoice>> CaseloadAsync(CancellationToken cancellationToken) =>
        [.. (await hub.ProjectMemberChoicesAsync(cancellationToken)).People.Nodes.Select(p => new MemberChoice(p.Id, p.DisplayName))];

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
