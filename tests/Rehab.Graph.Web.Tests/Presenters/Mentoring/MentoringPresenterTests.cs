using Rehab.Graph.Web.Pages.Mentoring;
using Rehab.Graph.Web.Pages.Partner;
using Page = Rehab.Graph.Client.MentoringPageResult;

namespace Rehab.Graph.Web.Tests.Presenters.Mentoring;

public sealed class MentoringPresenterTests
{
    private static Page.ConnectData.MentorsData Match(string id, string name, bool current = false) => new()
    {
        Mentor = new() { Id = id, DisplayName = name, LivedExperience = [new() { Label = "Drugs" }], Organisations = [new() { Name = "Hull Mentors" }] },
        DistanceKm = 1.2,
        CurrentMentor = current,
        Reasons = [new() { Text = "1.2 km from home" }],
    };

    private static Page Answer(params Page.ConnectData.MentorsData[] matches) => new()
    {
        Person = new() { Id = "per-0001", DisplayName = "H. Jafari" },
        Plan = new()
        {
            Mentors = [new() { Since = new DateTimeOffset(2026, 10, 2, 9, 0, 0, TimeSpan.Zero), Mentor = new() { Id = "men-1", DisplayName = "M. Dunn", Organisations = [] } }],
        },
        Connect = new()
        {
            Mentors = matches,
            Excluded = [new() { Name = "P. Busy", Rule = "FULL", Kind = "MENTOR" }, new() { Name = "Far Service", Rule = "FULL", Kind = "SERVICE" }, new() { Name = "Q. Women", Rule = "WOMEN_ONLY", Kind = "MENTOR" }],
        },
    };

    [Fact]
    public void Mentors_who_suit_them_are_offered_but_not_their_own_and_those_with_no_place_are_named()
    {
        var presenter = new MentoringPresenter(Answer(Match("men-2", "A. Ward"), Match("men-1", "M. Dunn", current: true)), new MentoringForm(), new FieldErrors(), null, null);

        var choice = Assert.Single(presenter.Choices);
        Assert.Equal(("men-2", "A. Ward", false), (choice.Id, choice.Name, choice.Checked));
        Assert.Equal(["Volunteers with Hull Mentors", "Lived experience of drugs", "1.2 km from home"], choice.Details);
        Assert.Equal(["P. Busy"], presenter.Full);
        var current = Assert.Single(presenter.Current);
        Assert.Equal(("M. Dunn", "no organisation", "2 October 2026"), (current.Name, current.Organisations, current.Since));
        Assert.Equal(("reason-men-1", "reason"), (current.Reason.Id, current.Reason.Name));
        Assert.Null(presenter.Banner);
    }

    [Fact]
    public void After_an_error_the_posted_choice_and_reason_stay_and_the_banners_say_what_was_done()
    {
        var errors = new FieldErrors();
        errors.Add("reason-men-1", "Reason must be 1000 characters or fewer");
        var ending = new MentoringPresenter(Answer(Match("men-2", "A. Ward")), new MentoringForm { MentorId = "men-1", Reason = "Moved" }, errors, MentoringPresenter.EndHandler, null);
        var assigning = new MentoringPresenter(Answer(Match("men-2", "A. Ward")), new MentoringForm { MentorId = "men-2" }, new FieldErrors(), MentoringPresenter.AssignHandler, null);

        Assert.Equal(("Moved", "Reason must be 1000 characters or fewer"), (ending.Current[0].Reason.Value, ending.Current[0].Reason.Error));
        Assert.False(ending.Choices[0].Checked);
        Assert.True(assigning.Choices[0].Checked);
        Assert.Null(assigning.Current[0].Reason.Value);
        Assert.Equal("Mentor assigned", new MentoringPresenter(Answer(), new MentoringForm(), new FieldErrors(), null, MentoringPaths.Assigned).Banner);
        Assert.Equal("Mentoring ended", new MentoringPresenter(Answer(), new MentoringForm(), new FieldErrors(), null, MentoringPaths.Ended).Banner);
        Assert.Equal("No mentor near them who suits them has a place at the moment.", new MentoringPresenter(Answer(), new MentoringForm(), new FieldErrors(), null, null).NoChoices);
    }

    [Theory]
    [InlineData(null, "Select a mentor")]
    [InlineData("", "Select a mentor")]
    [InlineData("men 1; DROP", "Select a mentor")]
    public void An_assignment_needs_a_mentor_chosen(string? mentorId, string error)
    {
        var (input, errors) = new MentoringForm { MentorId = mentorId }.Assignment("per-0001");

        Assert.Null(input);
        Assert.Equal(error, errors.For(MentoringForm.MentorField));
    }

    [Fact]
    public void An_ending_takes_an_optional_reason_of_up_to_1000_characters()
    {
        var (ending, _) = new MentoringForm { MentorId = "men-1", Reason = "  Moved to Leeds " }.Ending("per-0001");
        var (silent, _) = new MentoringForm { MentorId = "men-1", Reason = " " }.Ending("per-0001");
        var (tooLong, errors) = new MentoringForm { MentorId = "men-1", Reason = new string('x', 1001) }.Ending("per-0001");
        var (nobody, which) = new MentoringForm { Reason = "x" }.Ending("per-0001");

        Assert.Equal(("per-0001", "men-1", "Moved to Leeds"), (ending!.PersonId, ending.MentorId, ending.Reason));
        Assert.Null(silent!.Reason);
        Assert.Null(tooLong);
        Assert.Equal("Reason must be 1000 characters or fewer", errors.For("reason-men-1"));
        Assert.Null(nobody);
        Assert.Equal("The form did not say which mentoring ends: open the page again", which.For("mentors"));
    }
}
