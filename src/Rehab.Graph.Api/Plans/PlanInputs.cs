using GraphQL.Types;
using Rehab.Graph.Domain.Plans;

namespace Rehab.Graph.Api.Plans;

public sealed record AddGoalInput(string PersonId, string Text, IReadOnlyList<string>? Needs, IReadOnlyList<string>? Strengths);

public sealed class AddGoalInputType : InputObjectGraphType<AddGoalInput>
{
    public AddGoalInputType()
    {
        Name = "AddGoalInput";
        Description = "A goal in the person's own words. Added by the person, it is PROPOSED until their offender manager agrees it.";
        Field(i => i.PersonId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Text).Description($"The goal in the person's words, up to {PlanRules.MaxGoalText} characters.");
        Field(i => i.Needs, nullable: true).Description("Need codes the goal serves.");
        Field(i => i.Strengths, nullable: true).Description("Strength codes the goal builds on.");
    }
}

public sealed record SetGoalStatusInput(string GoalId, GoalStatus Status);

public sealed class SetGoalStatusInputType : InputObjectGraphType<SetGoalStatusInput>
{
    public SetGoalStatusInputType()
    {
        Name = "SetGoalStatusInput";
        Description = "PROPOSED -> ACTIVE (agreed) or DROPPED; ACTIVE -> ACHIEVED or DROPPED; ACHIEVED or DROPPED -> ACTIVE (taken up again).";
        Field(i => i.GoalId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Status, typeof(NonNullGraphType<GoalStatusType>));
    }
}

public sealed record AddPlanStepInput(
    string GoalId, string Text, DateOnly? DueBy, string? ServiceId, string? PlacementId, string? MentorId, SupporterKind? Supporter, bool? Refer, string? Note, int? HoursOrdered);

public sealed class AddPlanStepInputType : InputObjectGraphType<AddPlanStepInput>
{
    public AddPlanStepInputType()
    {
        Name = "AddPlanStepInput";
        Description = "A step for an ACTIVE goal, and who helps: one of serviceId, placementId or mentorId, or supporter FAMILY or SELF.";
        Field(i => i.GoalId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Text).Description($"What the step is, up to {PlanRules.MaxStepText} characters.");
        Field(i => i.DueBy, typeof(DateOnlyGraphType)).Description($"From today to {PlanRules.MaxYearsAhead} years ahead.");
        Field(i => i.ServiceId, typeof(IdGraphType));
        Field(i => i.PlacementId, typeof(IdGraphType));
        Field(i => i.MentorId, typeof(IdGraphType));
        Field(i => i.Supporter, typeof(SupporterKindType)).Description("FAMILY or SELF when no one in the directory helps.");
        Field(i => i.Refer, nullable: true).Description("Refer the person to the step's service or placement, by the referral rules, with the step.");
        Field(i => i.Note, nullable: true).Description("For the organisation, with a referral; the step's words stay on the plan.");
        Field(i => i.HoursOrdered, nullable: true).Description("For a placement referral: the hours the order asks for, 1 to 300.");
    }
}

public sealed record SetPlanStepStatusInput(string StepId, PlanStepStatus Status);

public sealed class SetPlanStepStatusInputType : InputObjectGraphType<SetPlanStepStatusInput>
{
    public SetPlanStepStatusInputType()
    {
        Name = "SetPlanStepStatusInput";
        Description = "AGREED -> DONE or DROPPED; DROPPED -> AGREED.";
        Field(i => i.StepId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Status, typeof(NonNullGraphType<PlanStepStatusType>));
    }
}

public sealed record CommentOnPlanStepInput(string StepId, string Text);

public sealed class CommentOnPlanStepInputType : InputObjectGraphType<CommentOnPlanStepInput>
{
    public CommentOnPlanStepInputType()
    {
        Name = "CommentOnPlanStepInput";
        Field(i => i.StepId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Text).Description($"Up to {PlanRules.MaxComment} characters.");
    }
}

public sealed record PlanReviewInput(string PersonId, int? PersonRating, string? PersonComment, string? Summary);

public sealed class PlanReviewInputType : InputObjectGraphType<PlanReviewInput>
{
    public PlanReviewInputType()
    {
        Name = "PlanReviewInput";
        Description = "At least one of the person's rating or comment, or the offender manager's summary (theirs only to write).";
        Field(i => i.PersonId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.PersonRating, nullable: true).Description("1 (badly) to 5 (very well).");
        Field(i => i.PersonComment, nullable: true).Description($"Up to {PlanRules.MaxComment} characters.");
        Field(i => i.Summary, nullable: true).Description($"Up to {PlanRules.MaxSummary} characters.");
    }
}
