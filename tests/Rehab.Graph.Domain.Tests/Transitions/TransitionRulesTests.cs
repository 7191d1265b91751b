using Rehab.Graph.Domain.Transitions;
using static Rehab.Graph.Domain.Tests.Connector.Make;

namespace Rehab.Graph.Domain.Tests.Transitions;

public sealed class TransitionRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static readonly TransitionDraft NewHome = new("per-1", TransitionKind.NewHome, null, Elsewhere, " hu3 ", null, "  ", null);

    [Fact]
    public void A_new_home_is_today_within_connects_radius_unless_told_with_its_district_in_capitals_and_no_empty_note()
    {
        var valid = TransitionRules.Validate(NewHome, Today);

        Assert.Equal((Today, "HU3", (string?)null, 10.0), (valid.On, valid.PostcodeDistrict, valid.Note, valid.ReachKm));
        Assert.True(valid.MovesHome);
    }

    [Theory]
    [InlineData(TransitionKind.Release, null, "HU3", null, "input.home")]
    [InlineData(TransitionKind.NewHome, true, null, null, "input.postcodeDistrict")]
    [InlineData(TransitionKind.OffenderManagerChange, true, null, "prc-2", "input.home")]
    [InlineData(TransitionKind.OffenderManagerChange, null, "HU3", "prc-2", "input.postcodeDistrict")]
    [InlineData(TransitionKind.OffenderManagerChange, null, null, null, "input.practitionerId")]
    [InlineData(TransitionKind.OffenderManagerChange, null, null, "per-2", "input.practitionerId")]
    [InlineData(TransitionKind.YouthToAdult, null, null, "prc-2", "input.practitionerId")]
    public void Each_kind_takes_only_its_own_parts(TransitionKind kind, bool? home, string? district, string? practitioner, string field)
    {
        var draft = new TransitionDraft("per-1", kind, null, home is null ? null : Elsewhere, district, practitioner, null, null);

        Assert.Equal(field, Assert.Throws<InvalidInputException>(() => TransitionRules.Validate(draft, Today)).Field);
    }

    [Theory]
    [InlineData(-367, "input.on")]
    [InlineData(367, "input.on")]
    public void A_transition_is_within_a_year_of_today(int days, string field) =>
        Assert.Equal(field, Assert.Throws<InvalidInputException>(() => TransitionRules.Validate(NewHome with { On = Today.AddDays(days) }, Today)).Field);

    [Fact]
    public void A_long_note_and_a_reach_outside_connects_limits_are_refused()
    {
        Assert.Equal("input.note", Assert.Throws<InvalidInputException>(() => TransitionRules.Validate(NewHome with { Note = new string('x', 2001) }, Today)).Field);
        Assert.Equal("input.reachKm", Assert.Throws<InvalidInputException>(() => TransitionRules.Validate(NewHome with { ReachKm = 0 }, Today)).Field);
        Assert.Equal("input.reachKm", Assert.Throws<InvalidInputException>(() => TransitionRules.Validate(NewHome with { ReachKm = double.NaN }, Today)).Field);
    }

    [Fact]
    public void Nobody_is_moved_into_their_own_exclusion_zone()
    {
        var valid = TransitionRules.Validate(NewHome with { Home = Centre }, Today);

        var refused = Assert.Throws<InvalidInputException>(() => TransitionRules.CheckFor(valid, Person with { ExclusionZones = AroundCentre }, Today));

        Assert.Equal("input.home", refused.Field);
        TransitionRules.CheckFor(valid, Person, Today);
    }

    [Theory]
    [InlineData(17, 2027, true)]
    [InlineData(25, 2026, true)]
    [InlineData(16, 2027, false)]
    [InlineData(25, 2027, false)]
    public void The_move_to_adult_services_is_made_at_18_to_25(int ageNow, int year, bool allowed)
    {
        var valid = TransitionRules.Validate(new TransitionDraft("per-1", TransitionKind.YouthToAdult, new DateOnly(year, 1, 15), null, null, null, null, null), Today);
        var person = Person with { Age = ageNow };

        var refused = Record.Exception(() => TransitionRules.CheckFor(valid, person, Today));

        Assert.Equal(allowed, refused is null);
        if (allowed)
        {
            Assert.Equal((17, ageNow + (year - Today.Year)), (TransitionRules.Before(valid, person).Age, TransitionRules.After(valid, person, Today).Age));
        }
    }

    [Fact]
    public void The_move_to_adult_services_needs_a_birth_year()
    {
        var valid = TransitionRules.Validate(new TransitionDraft("per-1", TransitionKind.YouthToAdult, null, null, null, null, null, null), Today);

        Assert.Equal("input.kind", Assert.Throws<InvalidInputException>(() => TransitionRules.CheckFor(valid, Person with { Age = null }, Today)).Field);
    }

    [Fact]
    public void A_move_takes_them_to_the_new_home_and_a_handover_leaves_them_where_they_are()
    {
        var moved = TransitionRules.After(TransitionRules.Validate(NewHome, Today), Person, Today);
        var handedOver = TransitionRules.After(TransitionRules.Validate(new TransitionDraft("per-1", TransitionKind.OffenderManagerChange, null, null, null, "prc-2", null, null), Today), Person, Today);

        Assert.Equal(Elsewhere, moved.Home);
        Assert.Equal(Centre, handedOver.Home);
        Assert.Equal(Person.Age, handedOver.Age);
    }
}
