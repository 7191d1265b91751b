using Rehab.Graph.Client;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Web.Pages.Plans;

namespace Rehab.Graph.Web.Tests.Presenters.Plans;

public sealed class PlanFormsTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Fact]
    public void A_goal_is_in_the_persons_words_up_to_500_characters_with_needs_and_strengths_from_the_lists()
    {
        var (input, errors) = new AddGoalForm { Text = "  Have a place of my own  ", Needs = ["ACCOMMODATION", "ACCOMMODATION"], Strengths = ["DIY"] }
            .Validate("per-0001", PlanAudience.OffenderManager, ["ACCOMMODATION", "HEALTH"]);

        Assert.False(errors.Any);
        Assert.Equal("Have a place of my own", input!.Text);
        Assert.Equal(["ACCOMMODATION"], input.Needs);
        Assert.Equal(["DIY"], input.Strengths);
        Assert.Equal("per-0001", input.PersonId);
    }

    [Fact]
    public void A_goal_without_words_or_with_choices_not_offered_is_refused_field_by_field()
    {
        var (input, errors) = new AddGoalForm { Text = " ", Needs = ["HAPPINESS"], Strengths = ["JUGGLING"] }.Validate("per-0001", PlanAudience.OffenderManager, ["HEALTH"]);

        Assert.Null(input);
        Assert.Equal("Enter the goal, in their words", errors.For(AddGoalForm.Fields.Text));
        Assert.Equal("Select needs from the list", errors.For(AddGoalForm.Fields.Needs));
        Assert.Equal("Select strengths from the list", errors.For(AddGoalForm.Fields.Strengths));
        Assert.Equal("Enter your goal", new AddGoalForm().Validate("per-0001", PlanAudience.Person, []).Errors.For(AddGoalForm.Fields.Text));
        Assert.Equal("Goal must be 500 characters or fewer", new AddGoalForm { Text = new string('x', 501) }.Validate("per-0001", PlanAudience.Person, []).Errors.For(AddGoalForm.Fields.Text));
    }

    [Fact]
    public void The_strengths_offered_are_the_ones_the_hub_checks_goals_against()
    {
        Assert.Equal(StrengthCodes.All, Strengths.All.Select(s => s.Code));
        Assert.Equal("Cooking", Strengths.Label("COOKING"));
    }

    [Fact]
    public void A_step_names_who_helps_as_the_hub_takes_it()
    {
        AddPlanStepInput Step(string supporter) => new AddStepForm { Text = "x", Supporter = supporter }.Validate("gol-1", Today).Input!;

        Assert.Equal("svc-0121", Step("SERVICE:svc-0121").ServiceId);
        Assert.Equal("plc-0003", Step("PLACEMENT:plc-0003").PlacementId);
        Assert.Equal("mnt-0001", Step("MENTOR:mnt-0001").MentorId);
        Assert.Equal(SupporterKind.Family, Step("FAMILY").Supporter);
        Assert.Equal(SupporterKind.Self, Step("SELF").Supporter);
        Assert.Null(Step("SERVICE:svc-0121").Supporter);
        Assert.Null(Step("FAMILY").ServiceId);
        Assert.Null(Step("FAMILY").Refer);
    }

    [Theory]
    [InlineData("", "Select who helps with the step")]
    [InlineData("SERVICE:", "Select who helps from the list")]
    [InlineData("FAMILY:svc-1", "Select who helps from the list")]
    [InlineData("service:svc-1", "Select who helps from the list")]
    [InlineData("SERVICE:svc 1", "Select who helps from the list")]
    public void A_step_without_a_supporter_from_the_list_is_refused(string supporter, string message) =>
        Assert.Equal(message, new AddStepForm { Text = "x", Supporter = supporter }.Validate("gol-1", Today).Errors.For(AddStepForm.Fields.Supporter));

    [Theory]
    [InlineData("6", "12", "2026", null)]
    [InlineData("6", "12", "2029", null)]
    [InlineData("5", "12", "2026", "The date must be today or in the future")]
    [InlineData("7", "12", "2029", "The date must be within 3 years from today")]
    [InlineData("31", "2", "2027", "The date must be a real date, like 6 1 2027")]
    [InlineData("", "3", "", "The date must be a real date, like 6 1 2027")]
    public void A_steps_date_is_optional_and_from_today_to_three_years_ahead(string day, string month, string year, string? message)
    {
        var (input, errors) = new AddStepForm { Text = "x", Supporter = "SELF", Day = day, Month = month, Year = year }.Validate("gol-1", Today);

        Assert.Equal(message, errors.For(AddStepForm.Fields.DueBy));
        Assert.Equal(message is null, input is not null);
    }

    [Fact]
    public void Referring_needs_a_service_or_a_placement_and_a_placement_the_hours_ordered()
    {
        var family = new AddStepForm { Text = "x", Supporter = "FAMILY", Refer = "true" }.Validate("gol-1", Today).Errors;
        var noHours = new AddStepForm { Text = "x", Supporter = "PLACEMENT:plc-1", Refer = "true" }.Validate("gol-1", Today).Errors;
        var tooMany = new AddStepForm { Text = "x", Supporter = "PLACEMENT:plc-1", Refer = "true", HoursOrdered = "301" }.Validate("gol-1", Today).Errors;
        var (placement, _) = new AddStepForm { Text = "x", Supporter = "PLACEMENT:plc-1", Refer = "true", HoursOrdered = "40", Note = " Mornings " }.Validate("gol-1", Today);
        var (service, _) = new AddStepForm { Text = "x", Supporter = "SERVICE:svc-1", Refer = "true", HoursOrdered = "40" }.Validate("gol-1", Today);
        var (notReferring, _) = new AddStepForm { Text = "x", Supporter = "SERVICE:svc-1", Note = "Mornings" }.Validate("gol-1", Today);

        Assert.Equal("Only a service or a placement can take a referral: select one, or untick the referral", family.For(AddStepForm.Fields.Refer));
        Assert.Equal("Enter the hours the order asks for", noHours.For(AddStepForm.Fields.HoursOrdered));
        Assert.Equal("Hours ordered must be a whole number from 1 to 300", tooMany.For(AddStepForm.Fields.HoursOrdered));
        Assert.Equal((true, 40, "Mornings"), (placement!.Refer, placement.HoursOrdered, placement.Note));
        Assert.Null(service!.HoursOrdered);
        Assert.Equal((null, null), (notReferring!.Refer, notReferring.Note));
    }

    [Theory]
    [InlineData("input.text", AddStepForm.Fields.Text)]
    [InlineData("input.dueBy", AddStepForm.Fields.DueBy)]
    [InlineData("input.serviceId", AddStepForm.Fields.Supporter)]
    [InlineData("input.supporter", AddStepForm.Fields.Supporter)]
    [InlineData("input", AddStepForm.Fields.Supporter)]
    [InlineData(null, AddStepForm.Fields.Supporter)]
    [InlineData("input.refer", AddStepForm.Fields.Refer)]
    [InlineData("input.hoursOrdered", AddStepForm.Fields.HoursOrdered)]
    public void A_hub_refusal_of_a_step_is_shown_at_its_field(string? hubField, string field) => Assert.Equal(field, AddStepForm.FieldOf(hubField));

    [Fact]
    public void A_referral_for_needs_the_person_is_not_assessed_for_is_put_in_the_forms_words()
    {
        Assert.StartsWith("This service meets none of their assessed needs", AddStepForm.RefusalMessage("input.needs", "'input.needs' ..."));
        Assert.Equal("There are no places left", AddStepForm.RefusalMessage(null, "There are no places left"));
    }

    [Fact]
    public void A_review_needs_one_of_the_summary_the_rating_or_the_comment()
    {
        Assert.Equal("Enter your summary, or their rating or comment", new ReviewForm { Summary = " " }.Validate("per-1", PlanAudience.OffenderManager).Errors.For(ReviewForm.Fields.Summary));
        Assert.Equal("Choose how things are going, or write a comment", new ReviewForm().Validate("per-1", PlanAudience.Person).Errors.For(ReviewForm.Fields.Rating));
        Assert.Equal("Rating must be a whole number from 1 to 5", new ReviewForm { Rating = "6" }.Validate("per-1", PlanAudience.Person).Errors.For(ReviewForm.Fields.Rating));
        Assert.Equal("Comment must be 2000 characters or fewer", new ReviewForm { Comment = new string('x', 2001) }.Validate("per-1", PlanAudience.Person).Errors.For(ReviewForm.Fields.Comment));
    }

    [Fact]
    public void A_review_becomes_the_hubs_input_and_the_summary_is_the_offender_managers_only()
    {
        var (theirs, _) = new ReviewForm { Summary = " Engaging well ", Rating = "4", Comment = " Better " }.Validate("per-1", PlanAudience.OffenderManager);
        var (mine, _) = new ReviewForm { Summary = "Smuggled in", Rating = "2" }.Validate("per-1", PlanAudience.Person);

        Assert.Equal(("Engaging well", 4, "Better"), (theirs!.Summary, theirs.PersonRating, theirs.PersonComment));
        Assert.Null(mine!.Summary);
        Assert.Equal(2, mine.PersonRating);
    }

    [Fact]
    public void A_comment_on_a_step_is_required_and_a_status_must_be_one_the_hub_knows()
    {
        Assert.Equal("Enter your comment", new PlanForms { StepId = "stp-1", Text = "" }.Comment(PlanAudience.OffenderManager).Errors.For("comment-stp-1"));
        Assert.Equal("I went", new PlanForms { StepId = "stp-1", Text = " I went " }.Comment(PlanAudience.Person).Input!.Text);
        Assert.Equal(GoalStatus.Achieved, new PlanForms { GoalId = "gol-1", Status = "ACHIEVED" }.GoalStatus().Input!.Status);
        Assert.Equal(PlanStepStatus.Done, new PlanForms { StepId = "stp-1", Status = "DONE" }.StepStatus().Input!.Status);
        Assert.Equal("Choose what happens to the goal with one of its buttons", new PlanForms { GoalId = "gol-1", Status = "achieved" }.GoalStatus().Errors.For("goal-gol-1"));
        Assert.Equal("The form did not say which step: open the plan again", new PlanForms { StepId = "../x", Status = "DONE" }.StepStatus().Errors.For("goals"));
    }
}
