using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Transitions;

namespace Rehab.Graph.Web.Tests.Presenters.Transitions;

public sealed class TransitionFormTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static TransitionForm NewHome(string? place = "Withernsea", string? district = " hu19 ", string? note = null, (string Day, string Month, string Year)? on = null) =>
        new() { Kind = "NEW_HOME", NewHomePlace = place, NewHomeDistrict = district, Note = note, Day = on?.Day, Month = on?.Month, Year = on?.Year };

    [Fact]
    public void A_new_home_is_a_town_or_area_of_the_region_and_a_postcode_district_on_today_unless_a_day_is_given()
    {
        var (input, errors) = NewHome(note: "  Moving in with her sister  ").Validate("per-0001", Today);

        Assert.False(errors.Any);
        Assert.Equal(("per-0001", TransitionKind.NewHome, "HU19", "Moving in with her sister"), (input!.PersonId, input.Kind, input.PostcodeDistrict, input.Note));
        Assert.Equal((53.731, 0.033), (input.Home!.Latitude, input.Home.Longitude));
        Assert.Null(input.On);
        Assert.Null(input.PractitionerId);
        Assert.Equal(new DateOnly(2027, 1, 31), NewHome(on: ("31", "1", "2027")).Validate("per-0001", Today).Input!.On);
    }

    [Fact]
    public void A_release_reads_its_own_place_and_district_and_a_move_to_adult_services_needs_neither()
    {
        var form = new TransitionForm { Kind = "RELEASE", ReleasePlace = "Hessle", ReleaseDistrict = "HU13", NewHomePlace = "Goole", NewHomeDistrict = "DN14" };

        var release = form.Validate("per-0001", Today).Input!;
        form.Kind = "YOUTH_TO_ADULT";
        var adult = form.Validate("per-0001", Today).Input!;

        Assert.Equal(("HU13", 53.7237), (release.PostcodeDistrict, release.Home!.Latitude));
        Assert.Equal(TransitionKind.YouthToAdult, adult.Kind);
        Assert.Null(adult.Home);
        Assert.Null(adult.PostcodeDistrict);
    }

    [Fact]
    public void Each_missing_or_mistyped_answer_is_refused_beside_its_field()
    {
        Assert.Equal("Select what kind of transition it is", new TransitionForm().Validate("per-0001", Today).Errors.For(TransitionForm.Fields.Kind));
        Assert.Equal("Select what kind of transition it is", new TransitionForm { Kind = "MOVE" }.Validate("per-0001", Today).Errors.For(TransitionForm.Fields.Kind));

        var home = NewHome(place: "Atlantis", district: "HU19 2AB").Validate("per-0001", Today);
        Assert.Null(home.Input);
        Assert.Equal("Select the town or area where they will live", home.Errors.For(TransitionForm.Fields.NewHomePlace));
        Assert.Equal("Enter the first part of the postcode only, like HU19", home.Errors.For(TransitionForm.Fields.NewHomeDistrict));
        Assert.Equal("Enter a postcode district, like HU19", NewHome(district: "19HU").Validate("per-0001", Today).Errors.For(TransitionForm.Fields.NewHomeDistrict));

        var release = new TransitionForm { Kind = "RELEASE", NewHomePlace = "Withernsea", NewHomeDistrict = "HU19" }.Validate("per-0001", Today).Errors;
        Assert.Equal(["#releasePlace", "#releaseDistrict"], release.Summary(TransitionForm.FieldOrder).Select(e => e.Href));
        Assert.Equal("Enter the postcode district of their new home, like HU19", release.For(TransitionForm.Fields.ReleaseDistrict));

        Assert.Equal("Select the offender manager who is taking them over",
            new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE" }.Validate("per-0001", Today).Errors.For(TransitionForm.Fields.Practitioner));
        Assert.Equal("Select an offender manager from the list",
            new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE", Practitioner = "Leanne" }.Validate("per-0001", Today).Errors.For(TransitionForm.Fields.Practitioner));
        Assert.Equal("prc-03", new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE", Practitioner = " prc-03 " }.Validate("per-0001", Today).Input!.PractitionerId);
    }

    [Fact]
    public void The_day_is_a_real_date_within_a_year_either_side_and_the_note_at_most_2000_characters()
    {
        string? On(string day, string month, string year) =>
            NewHome(on: (day, month, year)).Validate("per-0001", Today).Errors.For(TransitionForm.Fields.On);

        Assert.Equal("The date must be a real date, like 6 1 2027", On("31", "2", "2027"));
        Assert.Equal("The date must be a real date, like 6 1 2027", On("1", "", "2027"));
        Assert.Equal("The date must be within a year of today, before or after", On("8", "12", "2027"));
        Assert.Equal("The date must be within a year of today, before or after", On("4", "12", "2025"));
        Assert.Null(On("7", "12", "2027"));
        Assert.Null(On("5", "12", "2025"));
        Assert.Equal("Note must be 2000 characters or fewer", NewHome(note: new string('x', 2001)).Validate("per-0001", Today).Errors.For(TransitionForm.Fields.Note));
    }

    [Fact]
    public void A_hub_refusal_is_shown_beside_the_field_of_the_kind_chosen()
    {
        var release = new TransitionForm { Kind = "RELEASE" };
        var newHome = NewHome();
        var handover = new TransitionForm { Kind = "OFFENDER_MANAGER_CHANGE", Practitioner = "prc-99" };

        Assert.Equal(TransitionForm.Fields.ReleasePlace, release.FieldOf("input.home"));
        Assert.Equal(TransitionForm.Fields.NewHomePlace, newHome.FieldOf("input.home.latitude"));
        Assert.Equal(TransitionForm.Fields.NewHomeDistrict, newHome.FieldOf("input.postcodeDistrict"));
        Assert.Equal(TransitionForm.Fields.On, newHome.FieldOf("input.on"));
        Assert.Equal(TransitionForm.Fields.Note, newHome.FieldOf("input.note"));
        Assert.Equal(TransitionForm.Fields.Practitioner, handover.FieldOf("input.practitionerId"));
        Assert.Null(newHome.FieldOf("input.personId"));
        Assert.Null(newHome.FieldOf(null));

        Assert.Equal("That offender manager is no longer on the hub. Select another",
            handover.RefusalMessage(TransitionForm.Fields.Practitioner, "No practitioner with id 'prc-99'.", notFound: true));
        Assert.Equal("They are already on your caseload: name the offender manager who is to take them over.",
            handover.RefusalMessage(TransitionForm.Fields.Practitioner, "They are already on your caseload: name the offender manager who is to take them over.", notFound: false));
        Assert.StartsWith("Their year of birth is not recorded",
            new TransitionForm { Kind = "YOUTH_TO_ADULT" }.RefusalMessage(TransitionForm.Fields.Kind, "The move to adult services needs the person's birth year, which is not recorded.", notFound: false));
        Assert.Equal("The new home is inside their licence exclusion zone: Old Town.",
            newHome.RefusalMessage(TransitionForm.Fields.NewHomePlace, "The new home is inside their licence exclusion zone: Old Town.", notFound: false));
    }

    [Fact]
    public void Recording_sends_the_transition_as_checked_at_the_version_the_check_read()
    {
        var checkedInput = NewHome().Validate("per-0001", Today).Input!;

        var recording = TransitionForm.Recording(checkedInput, 7);

        Assert.Equal(
            (checkedInput.PersonId, checkedInput.Kind, checkedInput.Home, checkedInput.PostcodeDistrict, checkedInput.On, checkedInput.Note, 7),
            (recording.PersonId, recording.Kind, recording.Home, recording.PostcodeDistrict, recording.On, recording.Note, recording.Version));
    }
}
