using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Goal = Rehab.Graph.Client.AddStepPageResult.PlanData.GoalsData;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// The offender manager adds a step to an active goal. Two requests show the form: the goal (<c>AddStepPage</c>), then who
/// could help with its needs (<c>StepSupporters</c>, one <c>connect</c>). The step (<c>AddPlanStep</c>), with its
/// referral when asked for, is made whole or not at all; a refusal is the form again, with the error beside its field.
/// </summary>
public sealed class AddStepModel(IRehabGraphClient hub, TimeProvider clock) : PersonalPageModel
{
    /// <summary>Matches per section of the choice of who helps.</summary>
    public const int MatchesPerSection = 10;

    public AddStepPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public AddStepForm Form { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string id, string goalId, CancellationToken cancellationToken) =>
        ShowAsync(id, goalId, new FieldErrors(), StatusCodes.Status200OK, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string id, string goalId, CancellationToken cancellationToken)
    {
        if (!IsId(id) || !IsId(goalId))
        {
            return NotFoundPage("person");
        }

        var (input, errors) = Form.Validate(goalId, Words.Today(clock.GetUtcNow()));
        var status = StatusCodes.Status400BadRequest;
        if (input is not null)
        {
            try
            {
                var step = (await hub.AddPlanStepAsync(new AddPlanStepVariables { Input = input }, cancellationToken)).AddPlanStep;
                return Redirect($"{PlanPaths.Plan(id)}?done={(step.ReferralId is null ? "step" : "step-referred")}#{PlanForms.StepField(step.Id)}");
            }
            catch (RehabGraphException e) when (IsNotFound(e) || e is RehabGraphBadUserInputException { Field: "input.goalId" })
            {
                return NotFoundPage("person");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(AddStepForm.FieldOf(refused.Field), AddStepForm.RefusalMessage(refused.Field, refused.Errors[0].Message));
            }
            catch (RehabGraphConflictException conflict)
            {
                // No place left at the placement, an open referral there already, or a goal no longer active.
                errors.Add(AddStepForm.Fields.Supporter, conflict.Errors[0].Message);
                status = StatusCodes.Status409Conflict;
            }
        }

        return await ShowAsync(id, goalId, errors, status, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string id, string goalId, FieldErrors errors, int status, CancellationToken cancellationToken)
    {
        if (!IsId(id) || !IsId(goalId))
        {
            return NotFoundPage("person");
        }

        try
        {
            var found = await hub.AddStepPageAsync(new AddStepPageVariables { PersonId = id }, cancellationToken);
            if (found.Person is not { } person || found.Plan?.Goals.FirstOrDefault(g => g.Id == goalId) is not { } goal)
            {
                return NotFoundPage("goal");
            }

            if (goal.Status != GoalStatus.Active)
            {
                return Redirect($"{PlanPaths.Plan(id)}#{PlanForms.GoalField(goal.Id)}");
            }

            var supporters = await hub.StepSupportersAsync(Supporters(id, goal), cancellationToken);
            Presenter = new AddStepPresenter(person.DisplayName, person.Id, goal, supporters.Connect, Form, errors);
            Response.StatusCode = status;
            return Page();
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }

    /// <summary>Connect for the goal's needs; a goal with none, for the person's own, as connect defaults.</summary>
    private static StepSupportersVariables Supporters(string personId, Goal goal) => new()
    {
        PersonId = personId,
        Needs = goal.Needs.Count == 0 ? null : goal.Needs.Select(n => (string?)n.Code).ToList(),
        First = MatchesPerSection,
    };
}
