using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Hosting;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Projects;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// A person on probation's own plan and projects (<c>MyPlanPage</c>: <c>me</c>, one request), and a comment on one of its steps,
/// which redirects back to the step with a banner or shows the page again with the error beside the comment box.
/// </summary>
[RequiresRole(WebRole.Person)]
[NoStore]
public sealed class MineModel(IRehabGraphClient hub) : PageModel
{
    public PlanPresenter Presenter { get; private set; } = null!;

    public MyProjectsPresenter Projects { get; private set; } = null!;

    [BindProperty]
    public PlanForms Form { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken) => ShowAsync(null, new FieldErrors(), done, cancellationToken);

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken cancellationToken)
    {
        var (input, errors) = Form.Comment(PlanAudience.Person);
        var status = StatusCodes.Status400BadRequest;
        if (input is not null)
        {
            try
            {
                await hub.CommentOnPlanStepAsync(new() { Input = input }, cancellationToken);
                return Redirect($"{ServiceNavigation.MyPlan}?done=comment#{PlanForms.StepField(input.StepId)}");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(Form.FieldOf(PlanHandlers.Comment), refused.Errors[0].Message);
            }
            catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphForbiddenException or RehabGraphConflictException)
            {
                // A step that is not on their plan (or no longer there): their plan as it is now says what there is.
                errors.Add(Form.FieldOf(PlanHandlers.Comment), "We could not add your comment to this step. Check your plan, then try again");
                status = StatusCodes.Status409Conflict;
            }
        }

        var page = await ShowAsync(PlanHandlers.Comment, errors, null, cancellationToken);
        if (page is PageResult)
        {
            Response.StatusCode = status;
        }

        return page;
    }

    private async Task<IActionResult> ShowAsync(string? posted, FieldErrors errors, string? done, CancellationToken cancellationToken)
    {
        if ((await hub.MyPlanPageAsync(cancellationToken)).Me is not { } me)
        {
            return MyPlan.NotFound(ModelState);
        }

        var name = WebUser.From(User)?.Name ?? "You";
        Presenter = new PlanPresenter(PlanAudience.Person, name, me.PersonId, PlanViews.From(me.Plan), PlanViews.From(me.SocialCapitalHistory), Form, errors, posted, done);
        Projects = new MyProjectsPresenter(me.Projects);
        return Page();
    }
}

/// <summary>What the person's pages answer when the hub has no plan for them: their sign-in names no person it knows.</summary>
internal static class MyPlan
{
    public static IActionResult NotFound(ModelStateDictionary modelState) => ErrorPages.Result(
        new ErrorPage(
            StatusCodes.Status404NotFound,
            "We cannot find your plan",
            ["Your sign-in is not linked to a plan.", "Ask your probation practitioner to check your details."],
            "Go to the home page",
            "/"),
        modelState);

    /// <summary>
    /// Sends the person's own form to the hub: where to go once it is taken, the not-found page when the plan is not
    /// theirs, or null with the hub's refusal added beside its field.
    /// </summary>
    public static async Task<IActionResult?> SendAsync(Func<Task<string>> send, Func<string?, string> fieldOf, FieldErrors errors, ModelStateDictionary modelState)
    {
        try
        {
            return new RedirectResult(await send());
        }
        catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphForbiddenException)
        {
            return NotFound(modelState);
        }
        catch (RehabGraphBadUserInputException refused)
        {
            errors.Add(fieldOf(refused.Field), refused.Errors[0].Message);
            return null;
        }
    }
}
