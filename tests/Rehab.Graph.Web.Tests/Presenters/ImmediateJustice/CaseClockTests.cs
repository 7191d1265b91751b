using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.ImmediateJustice;

namespace Rehab.Graph.Web.Tests.Presenters.ImmediateJustice;

public sealed class CaseClockTests
{
    private static readonly DateTimeOffset ReferredAt = new(2026, 6, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DueBy = ReferredAt.AddHours(48);

    /// <summary>The clock as the page shows it when the hub answers at <paramref name="afterReferral"/> past the referral.</summary>
    private static (string Text, string Class)? ClockAfter(TimeSpan afterReferral, CaseStatus status = CaseStatus.Referred) =>
        CaseClock.Clock(status, new FixedClock(ReferredAt + afterReferral).HoursLeft(DueBy));

    [Fact]
    public void At_the_referral_the_whole_48_hours_are_left()
    {
        Assert.Equal(("48 hours left", "govuk-tag--grey"), ClockAfter(TimeSpan.Zero));
    }

    [Fact]
    public void Just_taken_a_few_minutes_after_the_referral_the_clock_has_run_on()
    {
        Assert.Equal(("47 hours 54 minutes left", "govuk-tag--grey"), ClockAfter(TimeSpan.FromMinutes(6)));
    }

    [Fact]
    public void Half_way_24_hours_are_left()
    {
        Assert.Equal(("24 hours left", "govuk-tag--grey"), ClockAfter(TimeSpan.FromHours(24)));
    }

    [Theory]
    [InlineData(36, "12 hours left", "govuk-tag--grey")]
    [InlineData(36.1, "11 hours 54 minutes left", "govuk-tag--orange")]
    [InlineData(43.9, "4 hours 6 minutes left", "govuk-tag--orange")]
    [InlineData(44.1, "3 hours 54 minutes left", "govuk-tag--orange")]
    [InlineData(47, "1 hour left", "govuk-tag--orange")]
    [InlineData(47.9, "6 minutes left", "govuk-tag--orange")]
    public void Under_12_hours_left_the_tag_turns_orange_and_shows_the_hours_and_minutes_the_hub_gave(double hoursSinceReferral, string text, string tag)
    {
        Assert.Equal((text, tag), ClockAfter(TimeSpan.FromHours(hoursSinceReferral)));
    }

    [Fact]
    public void Every_tenth_of_an_hour_the_hub_can_answer_reads_as_its_own_whole_minutes()
    {
        for (var tenths = 1; tenths <= 480; tenths++)
        {
            var hoursLeft = tenths / 10.0;
            var minutes = tenths * 6;
            var expected = (minutes / 60, minutes % 60) switch
            {
                (0, var m) => $"{m} minutes left",
                (1, 0) => "1 hour left",
                (var h, 0) => $"{h} hours left",
                (1, var m) => $"1 hour {m} minutes left",
                (var h, var m) => $"{h} hours {m} minutes left",
            };
            Assert.Equal(expected, CaseClock.Clock(CaseStatus.Contacted, hoursLeft)?.Text);
        }
    }

    [Fact]
    public void At_exactly_48_hours_the_first_session_is_due_now()
    {
        Assert.Equal(("Due now", "govuk-tag--red"), ClockAfter(TimeSpan.FromHours(48)));
        Assert.Equal(("Due now", "govuk-tag--red"), CaseClock.Clock(CaseStatus.Referred, -0.0));
    }

    [Theory]
    [InlineData(48.1, "Overdue by 6 minutes")]
    [InlineData(49, "Overdue by 1 hour")]
    [InlineData(72.5, "Overdue by 24 hours 30 minutes")]
    public void Past_48_hours_the_clock_says_by_how_much_it_is_overdue_in_red(double hoursSinceReferral, string text)
    {
        Assert.Equal((text, "govuk-tag--red"), ClockAfter(TimeSpan.FromHours(hoursSinceReferral)));
    }

    [Fact]
    public void A_case_forgotten_for_years_is_overdue_by_a_bounded_figure()
    {
        Assert.Equal(("Overdue by 100000 hours", "govuk-tag--red"), CaseClock.Clock(CaseStatus.Assessed, -1e12));
    }

    [Theory]
    [InlineData(CaseStatus.Referred, true)]
    [InlineData(CaseStatus.Contacted, true)]
    [InlineData(CaseStatus.Assessed, true)]
    [InlineData(CaseStatus.Booked, false)]
    [InlineData(CaseStatus.Completed, false)]
    public void The_clock_runs_until_a_placement_is_booked(CaseStatus status, bool running)
    {
        Assert.Equal(running, CaseClock.Clock(status, 10) is not null);
        Assert.Equal(running, CaseClock.Clock(status, -10) is not null);
    }

    [Theory]
    [InlineData(CaseStatus.Referred, "Referred", "govuk-tag--blue")]
    [InlineData(CaseStatus.Contacted, "Contacted", "govuk-tag--light-blue")]
    [InlineData(CaseStatus.Assessed, "Assessed", "govuk-tag--turquoise")]
    [InlineData(CaseStatus.Booked, "Booked", "govuk-tag--purple")]
    [InlineData(CaseStatus.Completed, "Completed", "govuk-tag--green")]
    public void Each_status_is_a_tag_of_its_own_colour(CaseStatus status, string text, string tag)
    {
        Assert.Equal((text, tag), CaseClock.Status(status));
    }

    [Theory]
    [InlineData("2026-03-29T00:59:00Z", "29 March 2026, 00:59")]
    [InlineData("2026-03-29T01:00:00Z", "29 March 2026, 02:00")]
    [InlineData("2026-10-25T00:30:00Z", "25 October 2026, 01:30")]
    [InlineData("2026-10-25T01:30:00Z", "25 October 2026, 01:30")]
    [InlineData("2026-12-31T23:59:00Z", "31 December 2026, 23:59")]
    [InlineData("2026-07-01T12:00:00+02:00", "1 July 2026, 11:00")]
    public void Times_read_in_UK_time_whatever_offset_they_come_with(string at, string shown)
    {
        Assert.Equal(shown, CaseClock.When(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_case_referred_the_day_before_the_clocks_go_forward_is_due_48_real_hours_later_at_an_hour_later_on_the_clock_face()
    {
        var referredAt = new DateTimeOffset(2026, 3, 28, 10, 0, 0, TimeSpan.Zero);
        var dueBy = referredAt.AddHours(48);
        var hub = new FixedClock(new DateTimeOffset(2026, 3, 29, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal("28 March 2026, 10:00", CaseClock.When(referredAt));
        Assert.Equal("30 March 2026, 11:00", CaseClock.When(dueBy));
        Assert.Equal(("24 hours left", "govuk-tag--grey"), CaseClock.Clock(CaseStatus.Referred, hub.HoursLeft(dueBy)));
    }

    [Fact]
    public void A_case_referred_the_day_before_the_clocks_go_back_is_due_an_hour_earlier_on_the_clock_face()
    {
        var referredAt = new DateTimeOffset(2026, 10, 24, 10, 0, 0, TimeSpan.Zero);
        var hub = new FixedClock(new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero));

        Assert.Equal("24 October 2026, 11:00", CaseClock.When(referredAt));
        Assert.Equal("26 October 2026, 10:00", CaseClock.When(referredAt.AddHours(48)));
        Assert.Equal(("11 hours left", "govuk-tag--orange"), CaseClock.Clock(CaseStatus.Contacted, hub.HoursLeft(referredAt.AddHours(48))));
    }

    [Theory]
    [InlineData(0, "less than a minute")]
    [InlineData(0.005, "less than a minute")]
    [InlineData(0.1, "6 minutes")]
    [InlineData(1, "1 hour")]
    [InlineData(1.0 / 60, "1 minute")]
    [InlineData(25.5, "25 hours 30 minutes")]
    public void Durations_are_hours_and_minutes_in_words(double hours, string words)
    {
        Assert.Equal(words, CaseClock.Duration(hours));
    }

    [Theory]
    [InlineData("NO_CONTACT_CHILDREN", "No contact children")]
    [InlineData("PAST_48_HOURS", "Past 48 hours")]
    [InlineData("", "")]
    public void Codes_read_as_words(string code, string words)
    {
        Assert.Equal(words, CaseClock.Words(code));
    }
}
