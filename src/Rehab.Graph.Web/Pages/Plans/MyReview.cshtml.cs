using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// A person on probation adds their own view, a rating and their words, to their plan's reviews (<c>RecordPlanReview</c>
/// for themselves). The form needs nothing from the hub to show.
/// </summary>
[RequiresRole(WebRole.Person)]
[NoStore]
public sealed class MyReviewModel(IRehabGraphClient hub) : PageModel
{
    public ReviewFormPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public ReviewForm Form { get; set; } = new();

    public IActionResult OnGet() => Show(new FieldErrors());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (WebUser.From(User)?.PersonId is not { } self)
        {
            return MyPlan.NotFound(ModelState);
        }

        var (input, errors) = Form.Validate(self, PlanAudience.Person);
        var sent = input is null ? null : await MyPlan.SendAsync(
            async () =>
            {
                await hub.RecordPlanReviewAsync(new RecordPlanReviewVariables { Input = input }, cancellationToken);
                return $"{ServiceNavigation.MyPlan}?done=review#reviews";
            },
            field => ReviewForm.FieldOf(field, PlanAudience.Person),
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
        Presenter = new ReviewFormPresenter(PlanAudience.Person, WebUser.From(User)?.Name ?? "You", WebUser.From(User)?.PersonId ?? "", Form, errors);
        return Page();
    }
}
