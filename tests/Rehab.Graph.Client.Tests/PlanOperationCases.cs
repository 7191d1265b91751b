using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Client.Tests;

/// <summary>
/// The plan operations' cases (see <see cref="OperationCases"/>): prc-07 plans with R. Kazlauskas (per-0049, assessed for
/// accommodation), who signs in as himself for his own. Each case adds the goals and steps it reads or changes.
/// </summary>
public static class PlanOperationCases
{
    private const string Person = "per-0049";

    public static readonly Caller Himself = new(CallerRole.Person, null, null, "r.kazlauskas", PersonId: Person);

    /// <summary>An active accommodation goal of prc-07's with R. Kazlauskas, named so a case can find its own.</summary>
    private static async Task<(string Id, string Text)> GoalAsync(IRehabGraphClient offenderManager)
    {
        var text = $"A place of my own {Guid.NewGuid():N}";
        var goal = await offenderManager.AddGoalAsync(new() { Input = new() { PersonId = Person, Text = text, Needs = ["ACCOMMODATION"], Strengths = ["LANGUAGES"] } });
        return (goal.AddGoal.Id, text);
    }

    private static async Task<string> StepAsync(IRehabGraphClient offenderManager, string goalId) =>
        (await offenderManager.AddPlanStepAsync(new() { Input = new() { GoalId = goalId, Text = "Ask my brother about his spare room", Supporter = SupporterKind.Family } })).AddPlanStep.Id;

    private static IRehabGraphClient OffenderManager => (ClientHub.Current ?? throw new InvalidOperationException("No hub is running.")).Client(OperationCases.OffenderManager);

    public static IReadOnlyDictionary<string, OperationCase> All { get; } = new Dictionary<string, OperationCase>
    {
        ["PlanPage"] = new(OperationCases.OffenderManager, async client =>
        {
            var (goal, text) = await GoalAsync(client);
            await client.AddPlanStepAsync(new() { Input = new() { GoalId = goal, Text = "See the housing adviser", ServiceId = "svc-0007", Refer = true } });

            var page = await client.PlanPageAsync(new() { PersonId = Person });

            Assert.Equal("R. Kazlauskas", page.Person?.DisplayName);
            var mine = Assert.Single(page.Plan!.Goals, g => g.Id == goal);
            Assert.Equal((text, GoalStatus.Active, "OFFENDER_MANAGER"), (mine.Text, mine.Status, mine.ProposedBy));
            var step = Assert.Single(mine.Steps);
            Assert.Equal(("Service", "svc-0007"), (step.Supporter!.Typename, step.Supporter.Id));
            Assert.NotNull(step.Supporter.Name);
            Assert.Contains(page.Person!.Referrals.Nodes, r => r.Id == step.ReferralId && r.Status == ReferralStatus.Pending);
        }),
        ["MyPlanPage"] = new(Himself, async client =>
        {
            var offenderManager = OffenderManager;
            var (goal, _) = await GoalAsync(offenderManager);
            await StepAsync(offenderManager, goal);

            var page = await client.MyPlanPageAsync();

            Assert.Equal(Person, page.Me!.PersonId);
            var step = Assert.Single(Assert.Single(page.Me.Plan.Goals, g => g.Id == goal).Steps);
            Assert.Equal(SupporterKind.Family, step.SupporterKind);
            Assert.Null(step.Supporter);
        }),
        ["AddGoalPage"] = new(OperationCases.OffenderManager, async client =>
        {
            var page = await client.AddGoalPageAsync(new() { PersonId = Person });

            Assert.Contains(page.Person!.Needs, n => n.Code == "ACCOMMODATION");
            Assert.Equal(["LANGUAGES"], page.Person.Strengths);
            Assert.Contains(page.Needs, n => n.Code == "EDUCATION_TRAINING_EMPLOYMENT");
        }),
        ["AddStepPage"] = new(OperationCases.OffenderManager, async client =>
        {
            var (goal, _) = await GoalAsync(client);

            var page = await client.AddStepPageAsync(new() { PersonId = Person });

            Assert.Equal(["ACCOMMODATION"], Assert.Single(page.Plan!.Goals, g => g.Id == goal).Needs.Select(n => n.Code));
        }),
        ["StepSupporters"] = new(OperationCases.OffenderManager, async client =>
        {
            var matches = (await client.StepSupportersAsync(new() { PersonId = Person, Needs = ["ACCOMMODATION"], First = 5 })).Connect;

            Assert.NotEmpty(matches.Services);
            Assert.InRange(matches.Services.Count, 1, 5);
            Assert.NotEmpty(matches.Mentors);
        }),
        ["ReviewPage"] = new(OperationCases.OffenderManager, async client =>
            Assert.Equal("R. Kazlauskas", (await client.ReviewPageAsync(new() { PersonId = Person })).Person?.DisplayName)),
        ["AddGoal"] = new(Himself, async client =>
        {
            var goal = await client.AddGoalAsync(new() { Input = new() { PersonId = Person, Text = "Learn to drive", Strengths = ["LANGUAGES"] } });

            Assert.StartsWith("gol-", goal.AddGoal.Id, StringComparison.Ordinal);
            Assert.Equal(GoalStatus.Proposed, goal.AddGoal.Status);
        }),
        ["SetGoalStatus"] = new(OperationCases.OffenderManager, async client =>
        {
            var (goal, _) = await GoalAsync(client);

            var achieved = await client.SetGoalStatusAsync(new() { Input = new() { GoalId = goal, Status = GoalStatus.Achieved } });

            Assert.Equal((goal, GoalStatus.Achieved), (achieved.SetGoalStatus.Id, achieved.SetGoalStatus.Status));
        }),
        ["AddPlanStep"] = new(OperationCases.OffenderManager, async client =>
        {
            var (goal, _) = await GoalAsync(client);

            var step = await client.AddPlanStepAsync(new() { Input = new() { GoalId = goal, Text = "Go to the drop-in", DueBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)), ServiceId = "svc-0007" } });

            Assert.StartsWith("stp-", step.AddPlanStep.Id, StringComparison.Ordinal);
            Assert.Null(step.AddPlanStep.ReferralId);
        }),
        ["SetPlanStepStatus"] = new(OperationCases.OffenderManager, async client =>
        {
            var step = await StepAsync(client, (await GoalAsync(client)).Id);

            var done = await client.SetPlanStepStatusAsync(new() { Input = new() { StepId = step, Status = PlanStepStatus.Done } });

            Assert.Equal("DONE", done.SetPlanStepStatus.Status);
        }),
        ["CommentOnPlanStep"] = new(Himself, async client =>
        {
            var offenderManager = OffenderManager;
            var step = await StepAsync(offenderManager, (await GoalAsync(offenderManager)).Id);

            var commented = await client.CommentOnPlanStepAsync(new() { Input = new() { StepId = step, Text = "He said yes" } });

            Assert.Equal(step, commented.CommentOnPlanStep.Id);
        }),
        ["RecordPlanReview"] = new(Himself, async client =>
        {
            var review = await client.RecordPlanReviewAsync(new() { Input = new() { PersonId = Person, PersonRating = 4, PersonComment = "Better than last month" } });

            Assert.StartsWith("rvw-", review.RecordPlanReview.Id, StringComparison.Ordinal);
            Assert.InRange(review.RecordPlanReview.At, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        }),
    };
}
