using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// The plan page's small forms as posted: a goal's status (agree, achieved, drop, take up again), a step's status (done,
/// drop, agree again), and a comment on a step. Each names its goal or step, so one page holds one of each per item; an
/// error is keyed by the item (<see cref="GoalField"/>, <see cref="StepField"/>, <see cref="CommentField"/>).
/// </summary>
public sealed class PlanForms
{
    public const int CommentMaxLength = 2000;

    public string? GoalId { get; set; }

    public string? StepId { get; set; }

    public string? Status { get; set; }

    public string? Text { get; set; }

    public static string GoalField(string goalId) => "goal-" + goalId;

    public static string StepField(string stepId) => "step-" + stepId;

    public static string CommentField(string stepId) => "comment-" + stepId;

    public (SetGoalStatusInput? Input, FieldErrors Errors) GoalStatus()
    {
        var errors = new FieldErrors();
        if (!PersonalPageModel.IsId(GoalId))
        {
            errors.Add("goals", "The form did not say which goal: open the plan again");
            return (null, errors);
        }

        if (HubCodes.Parse<GoalStatus>(Status) is not { } status)
        {
            errors.Add(GoalField(GoalId!), "Choose what happens to the goal with one of its buttons");
            return (null, errors);
        }

        return (new SetGoalStatusInput { GoalId = GoalId!, Status = status }, errors);
    }

    public (SetPlanStepStatusInput? Input, FieldErrors Errors) StepStatus()
    {
        var errors = new FieldErrors();
        if (!PersonalPageModel.IsId(StepId))
        {
            errors.Add("goals", "The form did not say which step: open the plan again");
            return (null, errors);
        }

        if (HubCodes.Parse<PlanStepStatus>(Status) is not { } status)
        {
            errors.Add(StepField(StepId!), "Choose what happens to the step with one of its buttons");
            return (null, errors);
        }

        return (new SetPlanStepStatusInput { StepId = StepId!, Status = status }, errors);
    }

    /// <summary>A comment: required, at most 2000 characters; <paramref name="audience"/> words the message as the page does.</summary>
    public (CommentOnPlanStepInput? Input, FieldErrors Errors) Comment(PlanAudience audience)
    {
        var errors = new FieldErrors();
        if (!PersonalPageModel.IsId(StepId))
        {
            errors.Add("goals", "The form did not say which step: open the plan again");
            return (null, errors);
        }

        var field = CommentField(StepId!);
        var text = FormValues.Required(Text, field, audience == PlanAudience.Person ? "Write your comment" : "Enter your comment", CommentMaxLength, "Comment", errors);
        return (text is null ? null : new CommentOnPlanStepInput { StepId = StepId!, Text = text }, errors);
    }

    /// <summary>
    /// The field a hub refusal of the posted form is about: the comment box for a comment, else the goal or step its
    /// buttons are on (a CONFLICT, say: someone else changed it first).
    /// </summary>
    public string FieldOf(string handler) => handler switch
    {
        PlanHandlers.Comment => CommentField(StepId!),
        PlanHandlers.StepStatus => StepField(StepId!),
        _ => GoalField(GoalId!),
    };
}

/// <summary>The plan page's POST handlers (<c>?handler=</c>).</summary>
public static class PlanHandlers
{
    public const string GoalStatus = "goalStatus";
    public const string StepStatus = "stepStatus";
    public const string Comment = "comment";
}
