using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// A person on probation proposes a goal of their own (<c>AddGoal</c> for themselves): it goes on their plan as
/// proposed until their offender manager agrees it. The form needs nothing from the hub to show.
/// </summary>
[RequiresRole(WebRole.Person)]
[NoStore]
public sealed class ProposeGoalModel(IRehabGraphClient hub) : PageModel
{
    public GoalFormPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public AddGoalForm Form { get; set; } = new();

    public IActionResult OnGet() => Show(new FieldErrors());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (WebUser.From(User)?.PersonId is not { } self)
        {
            return MyPlan.NotFound(ModelState);
        }

        var (input, errors) = Form.Validate(self, PlanAudience.Person, []);
        var sent = input is null ? null : await MyPlan.SendAsync(
            async () =>
            {
                var goal = (await hub.AddGoalAsync(new AddGoalVariables { Input = input }, cancellationToken)).AddGoal;
                return $"{ServiceNavigation.MyPlan}?done=goal#{PlanForms.GoalField(goal.Id)}";
            },
            AddGoalForm.FieldOf,
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
        Presenter = new GoalFormPresenter(PlanAudience.Person, WebUser.From(User)?.Name ?? "You", WebUser.From(User)?.PersonId ?? "", [], [], Form, errors);
        return Page();
    }
}
