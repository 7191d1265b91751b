using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// The offender manager adds a goal with the person (<c>AddGoalPage</c> for the choices, then <c>AddGoal</c>): a saved
/// goal is shown on the plan with a banner; a refused one is the form again with the error beside its field.
/// </summary>
public sealed class AddGoalModel(IRehabGraphClient hub) : PersonalPageModel
{
    public GoalFormPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public AddGoalForm Form { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => ShowAsync(id, new FieldErrors(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        var choices = await ChoicesAsync(id, cancellationToken);
        if (choices is null)
        {
            return NotFoundPage("person");
        }

        var (input, errors) = Form.Validate(id, PlanAudience.OffenderManager, choices.Needs.Select(n => n.Code).ToList());
        if (input is not null)
        {
            try
            {
                var goal = (await hub.AddGoalAsync(new AddGoalVariables { Input = input }, cancellationToken)).AddGoal;
                return Redirect($"{PlanPaths.Plan(id)}?done=goal#{PlanForms.GoalField(goal.Id)}");
            }
            catch (RehabGraphException e) when (IsNotFound(e))
            {
                return NotFoundPage("person");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(AddGoalForm.FieldOf(refused.Field), refused.Errors[0].Message);
            }
        }

        Show(choices, errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(string id, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (!IsId(id) || await ChoicesAsync(id, cancellationToken) is not { } choices)
        {
            return NotFoundPage("person");
        }

        Show(choices, errors);
        return Page();
    }

    private void Show(GoalChoices choices, FieldErrors errors) =>
        Presenter = new GoalFormPresenter(PlanAudience.OffenderManager, choices.PersonName, choices.PersonId, choices.Needs, choices.Strengths, Form, errors);

    /// <summary>The person and the needs to choose from, or null when they are not on the caseload.</summary>
    private async Task<GoalChoices?> ChoicesAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var found = await hub.AddGoalPageAsync(new AddGoalPageVariables { PersonId = id }, cancellationToken);
            if (found.Person is not { } person)
            {
                return null;
            }

            var assessed = person.Needs.ToDictionary(n => n.Code, n => n.Severity);
            var needs = found.Needs.Select(n => new NeedOption(n.Code, n.Label, assessed.TryGetValue(n.Code, out var severity) ? severity : null)).ToList();
            return new GoalChoices(person.Id, person.DisplayName, needs, person.Strengths);
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return null;
        }
    }

    private sealed record GoalChoices(string PersonId, string PersonName, IReadOnlyList<NeedOption> Needs, IReadOnlyList<string> Strengths);
}
