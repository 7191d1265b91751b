using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Projects;

namespace Rehab.Graph.Web.Tests.Presenters.Projects;

public sealed class ProjectFormsTests
{
    [Fact]
    public void A_project_the_person_starts_meets_at_the_place_they_chose_and_serves_the_needs_they_ticked()
    {
        var place = ProjectChoices.Places.First(p => p.Name == "Orchard Park");
        var form = new StartProjectForm { Title = " Walk and talk ", Kind = "GROUP", Needs = ["MENTAL_HEALTH"], Place = "Orchard Park" };

        var (input, errors) = form.Validate();

        Assert.False(errors.Any);
        Assert.Equal(("Walk and talk", ProjectKind.Group, place.Latitude, place.Longitude), (input!.Title, input.Kind, input.Location.Latitude, input.Location.Longitude));
        Assert.Equal(["MENTAL_HEALTH"], input.Needs);
        Assert.Equal(StartProjectForm.Fields.Place, StartProjectForm.FieldOf("input.location.latitude"));
    }

    [Fact]
    public void A_refund_names_its_spend_and_an_amount_each_beside_its_own_field()
    {
        var (refund, _) = new ProjectForms { RefundOf = "fen-1", RefundAmount = "£5", RefundDescription = "  " }.Refund();
        var (nothing, errors) = new ProjectForms { RefundAmount = "0" }.Refund();

        Assert.Equal(("fen-1", 500, null), (refund!.EntryId, refund.AmountPence, refund.Description));
        Assert.Null(nothing);
        Assert.Equal("Select the spend the money comes back from", errors.For(ProjectForms.Fields.RefundOf));
        Assert.Equal("The amount must be between £0.01 and £5,000", errors.For(ProjectForms.Fields.RefundAmount));
        Assert.Null(errors.For(ProjectForms.Fields.Amount));
        Assert.Equal(ProjectForms.Fields.RefundOf, ProjectForms.RefundFieldOf("input.entryId"));
        Assert.Equal(ProjectForms.Fields.RefundAmount, ProjectForms.RefundFieldOf(null));
    }

    [Fact]
    public void An_award_and_a_new_member_are_checked_before_they_are_sent()
    {
        var (award, _) = new ProjectForms { AwardAmount = "1,250.50", AwardDescription = " Second year " }.Award("prj-1");
        var (tooLong, awardErrors) = new ProjectForms { AwardAmount = "10", AwardDescription = new string('x', 501) }.Award("prj-1");
        var (member, _) = new ProjectForms { Member = "per-0049" }.Join("prj-1");
        var (nobody, memberErrors) = new ProjectForms { Member = "<script>" }.Join("prj-1");

        Assert.Equal(("prj-1", 125050, "Second year"), (award!.ProjectId, award.AmountPence, award.Description));
        Assert.Null(tooLong);
        Assert.Equal("What the grant is for must be 500 characters or fewer", awardErrors.For(ProjectForms.Fields.AwardDescription));
        Assert.Equal(("prj-1", "per-0049"), (member!.ProjectId, member.PersonId));
        Assert.Null(nobody);
        Assert.Equal("Select who joins the project", memberErrors.For(ProjectForms.Fields.Member));
    }
}
