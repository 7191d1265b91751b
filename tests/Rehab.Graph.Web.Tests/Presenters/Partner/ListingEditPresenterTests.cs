using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Mentor = Rehab.Graph.Client.MentorEditPageResult.NodeData;
using Placement = Rehab.Graph.Client.PlacementEditPageResult.NodeData;

namespace Rehab.Graph.Web.Tests.Presenters.Partner;

public sealed class ListingEditPresenterTests
{
    private static readonly IReadOnlyList<(string Code, string Label)> Needs = [("RELATIONSHIPS", "Relationships"), ("LIFESTYLE", "Lifestyle")];

    private static Placement StoredPlacement => new()
    {
        Typename = "Placement", Id = "plc-0033", Title = "Theatre set building", Kind = "UNPAID_WORK", Capacity = 4, Filled = 1, Version = 8,
        Sessions = ["Thu 10:00-16:00"], Supervisor = "T. Fisher",
    };

    private static Mentor StoredMentor => new()
    {
        Typename = "Mentor", Id = "mnt-0013", DisplayName = "E. Munteanu", Gender = Gender.Male, Capacity = 3, SpareCapacity = 1, Version = 4,
        Languages = ["en", "ro"], LivedExperience = [new() { Code = "RELATIONSHIPS" }],
    };

    [Fact]
    public void A_new_placement_is_added_from_its_own_address_with_nothing_to_check_against()
    {
        var presenter = new PlacementEditPresenter(null, new PlacementForm(), new FieldErrors(), null);

        Assert.Equal(("Add a placement", "Add a placement", "/partner/placements/new", "Add placement"), (presenter.Title, presenter.Heading, presenter.Action, presenter.Submit));
        Assert.False(presenter.HasErrors);
        Assert.Empty(presenter.ErrorSummary);
        Assert.Empty(presenter.CurrentValues);
        Assert.Null(presenter.Filled);
        Assert.Equal("Choose a kind", presenter.Kind.Options![0].Text);
    }

    [Fact]
    public void A_stored_placement_says_how_many_places_are_filled_and_ticks_its_skills()
    {
        var form = PlacementForm.From(StoredPlacement with { Skills = ["ART"] });
        var presenter = new PlacementEditPresenter("plc-0033", form, new FieldErrors(), StoredPlacement);

        Assert.Equal(("Change Theatre set building", "Change a placement", "/partner/placements/plc-0033", "Save changes"), (presenter.Title, presenter.Heading, presenter.Action, presenter.Submit));
        Assert.StartsWith("1 of its places are filled", presenter.Filled);
        Assert.Equal(["ART"], presenter.Skills.Choices.Where(c => c.Checked).Select(c => c.Code));
        Assert.Equal("skills", presenter.Skills.Id);
        Assert.Empty(presenter.CurrentValues);
    }

    [Fact]
    public void After_a_conflict_the_placement_as_it_is_now_is_shown_first_in_the_summary_and_beside_the_form()
    {
        var errors = new FieldErrors();
        var presenter = new PlacementEditPresenter("plc-0033", new PlacementForm { Title = "Set building (typed)", Version = "8" }, errors, StoredPlacement, conflict: true);

        Assert.True(presenter.HasErrors);
        var first = presenter.ErrorSummary[0];
        Assert.Equal("#conflict", first.Href);
        Assert.StartsWith("Someone else changed this placement after you opened it", first.Text);
        Assert.Contains(new Rehab.Graph.Web.Pages.Partner.CurrentValue("Places", "1 of 4 filled"), presenter.CurrentValues);
        Assert.Contains(new Rehab.Graph.Web.Pages.Partner.CurrentValue("Version", "8"), presenter.CurrentValues);
        Assert.Equal("Change Set building (typed)", presenter.Title);
    }

    [Fact]
    public void A_refused_mentor_shows_each_error_beside_its_field_and_in_the_summary()
    {
        var errors = new FieldErrors();
        errors.Add("capacity", "Mentees must be a whole number from 0 to 20");
        errors.Add("displayName", "Enter the name the mentor is shown by, like E. Munteanu");
        var presenter = new MentorEditPresenter(null, new MentorForm(), Needs, errors, null);

        Assert.Equal(["#displayName", "#capacity"], presenter.ErrorSummary.Select(e => e.Href));
        Assert.Equal("Mentees must be a whole number from 0 to 20", presenter.Field("capacity", "Mentees", null).Error);
        Assert.Equal(("Add a mentor", "/partner/mentors/new", "Add mentor"), (presenter.Title, presenter.Action, presenter.Submit));
    }

    [Fact]
    public void A_stored_mentor_says_how_many_they_mentor_ticks_their_lived_experience_and_after_a_conflict_shows_them_as_they_are_now()
    {
        var form = MentorForm.From(StoredMentor);
        var presenter = new MentorEditPresenter("mnt-0013", form, Needs, new FieldErrors(), StoredMentor, conflict: true);

        Assert.Contains("They mentor 2 now", presenter.CapacityHint);
        Assert.Equal(["RELATIONSHIPS"], presenter.LivedExperience.Choices.Where(c => c.Checked).Select(c => c.Code));
        Assert.Equal("Male", presenter.Gender.Options!.Single(o => o.Selected).Text);
        Assert.Contains(new Rehab.Graph.Web.Pages.Partner.CurrentValue("Lived experience", "Relationships"), presenter.CurrentValues);
        Assert.Contains(new Rehab.Graph.Web.Pages.Partner.CurrentValue("Mentees", "2 of 3"), presenter.CurrentValues);
        Assert.Equal("Change a mentor", presenter.Heading);
    }
}
