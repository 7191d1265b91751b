using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Mentoring;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// The offender manager's view of a person's plan (<c>PlanPage</c>, one request) and its small writes: a goal's status,
/// a step's status, a comment. Each POST redirects back to the goal or step it changed with a banner; a refusal shows the
/// page again with the error beside the goal, step or comment box (400, or 409 when someone changed it first).
/// </summary>
public sealed class IndexModel(IRehabGraphClient hub) : PersonalPageModel
{
    public PlanPresenter Presenter { get; private set; } = null!;

    /// <summary>The person's peer mentors now, by name; the mentor page assigns and ends them.</summary>
    public IReadOnlyList<string> Mentors { get; private set; } = [];

    public string MentorHref { get; private set; } = "";

    /// <summary>Their licence exclusion zones in a sentence, which every step's support keeps out of; their page shows them on a map.</summary>
    public string ExclusionZones { get; private set; } = "";

    public string ExclusionZonesHref { get; private set; } = "";

    [BindProperty]
    public PlanForms Form { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken cancellationToken) =>
        ShowAsync(id, null, new FieldErrors(), done, cancellationToken);

    public Task<IActionResult> OnPostGoalStatusAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(id, PlanHandlers.GoalStatus, Form.GoalStatus(), (input, ct) => hub.SetGoalStatusAsync(new() { Input = input }, ct),
            input => ($"goal-{HubCodes.Of(input.Status)}", PlanForms.GoalField(input.GoalId)), "goal", cancellationToken);

    public Task<IActionResult> OnPostStepStatusAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(id, PlanHandlers.StepStatus, Form.StepStatus(), (input, ct) => hub.SetPlanStepStatusAsync(new() { Input = input }, ct),
            input => ($"step-{HubCodes.Of(input.Status)}", PlanForms.StepField(input.StepId)), "step", cancellationToken);

    public Task<IActionResult> OnPostCommentAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(id, PlanHandlers.Comment, Form.Comment(PlanAudience.OffenderManager), (input, ct) => hub.CommentOnPlanStepAsync(new() { Input = input }, ct),
            input => ("comment", PlanForms.StepField(input.StepId)), "step", cancellationToken);

    /// <param name="done">The banner's code and the goal or step to come back to.</param>
    /// <param name="noun">What a conflict is about: "goal" or "step".</param>
    private async Task<IActionResult> WriteAsync<TInput, TResult>(
        string id, string handler, (TInput? Input, FieldErrors Errors) validated, Func<TInput, CancellationToken, Task<TResult>> write,
        Func<TInput, (string Code, string Anchor)> done, string noun, CancellationToken cancellationToken)
        where TInput : class
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        var (input, errors) = validated;
        var status = StatusCodes.Status400BadRequest;
        if (input is not null)
        {
            try
            {
                await write(input, cancellationToken);
                var (code, anchor) = done(input);
                return Redirect($"{PlanPaths.Plan(id)}?done={code}#{anchor}");
            }
            catch (RehabGraphException e) when (IsNotFound(e))
            {
                return NotFoundPage("person");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(Form.FieldOf(handler), refused.Errors[0].Message);
            }
            catch (RehabGraphConflictException)
            {
                errors.Add(Form.FieldOf(handler), $"Someone changed this {noun} after you opened the plan. Check it as it is now, then try again");
                status = StatusCodes.Status409Conflict;
            }
        }

        return WithStatus(await ShowAsync(id, handler, errors, null, cancellationToken), status);
    }

    private Task<IActionResult> ShowAsync(string id, string? posted, FieldErrors errors, string? done, CancellationToken cancellationToken) =>
        ShowPersonAsync(
            id,
            async () => await hub.PlanPageAsync(new PlanPageVariables { PersonId = id }, cancellationToken) is { Person: not null, Plan: not null } found ? found : null,
            found =>
            {
                var (person, plan) = (found.Person!, found.Plan!);
                var referrals = person.Referrals.Nodes.ToDictionary(r => r.Id, r => r.Status);
                Mentors = [.. plan.Mentors.Select(m => m.Mentor.DisplayName)];
                MentorHref = MentoringPaths.Page(person.Id);
                var zones = person.ExclusionZoneCount;
                ExclusionZones = zones == 0 ? "They have none." : $"{Words.Zones(zones)}: support inside one is never offered.";
                ExclusionZonesHref = ExclusionZonesPresenter.PathFor(person.Id);
                Presenter = new PlanPresenter(
                    PlanAudience.OffenderManager, person.DisplayName, person.Id, PlanViews.From(plan, referrals), PlanViews.From(found.SocialCapitalHistory), Form, errors, posted, done);
                return Page();
            });
}
