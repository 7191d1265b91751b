using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Referrals;

namespace Rehab.Graph.Domain.Tests.Referrals;

/// <summary>Sessions against the schedule: 2026-12-03 is a Thursday; the placement runs on Thursdays 09:00-15:00 and was accepted on Tuesday 2026-11-24.</summary>
public sealed class ReferralSessionsTests
{
    private static readonly DateOnly Thursday = new(2026, 12, 3);

    private static readonly SessionFacts Thursdays = new(
        "plc-1", new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), SessionSchedule.Parse(["Thu 09:00-15:00"], "sessions").Sessions, null);

    private static DateTimeOffset Uk(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Attendance_then_two_hour_entries_are_one_attended_session()
    {
        var entry = new SessionEntry(Thursday, Uk(3, 16));

        var attended = ReferralSessions.Attendance(Thursdays, entry, attended: true);
        var first = ReferralSessions.Hours(Thursdays with { Logged = attended.Session }, entry, 2, "h");
        var second = ReferralSessions.Hours(Thursdays with { Logged = first.Session }, entry, 3, "h");

        Assert.Equal((1, 0), (attended.AttendedAdded, attended.MissedAdded));
        Assert.Equal((0, 0, 0, 0), (first.AttendedAdded, first.MissedAdded, second.AttendedAdded, second.MissedAdded));
        Assert.Equal(new LoggedSession(Thursday, true, true, 5), second.Session);
    }

    [Fact]
    public void Hours_first_count_the_session_once_and_attendance_after_them_adds_nothing()
    {
        var entry = new SessionEntry(Thursday, Uk(3, 16));

        var hours = ReferralSessions.Hours(Thursdays, entry, 6, "h");
        var attended = ReferralSessions.Attendance(Thursdays with { Logged = hours.Session }, entry, attended: true);

        Assert.Equal((1, 0), (hours.AttendedAdded, hours.MissedAdded));
        Assert.Equal((0, 0), (attended.AttendedAdded, attended.MissedAdded));
        Assert.Throws<ConflictException>(() => ReferralSessions.Attendance(Thursdays with { Logged = hours.Session }, entry, attended: false));
    }

    [Fact]
    public void Hours_for_a_missed_session_and_a_second_attendance_record_conflict()
    {
        var entry = new SessionEntry(Thursday, Uk(3, 16));
        var missed = ReferralSessions.Attendance(Thursdays, entry, attended: false);
        var facts = Thursdays with { Logged = missed.Session };

        Assert.Equal((0, 1), (missed.AttendedAdded, missed.MissedAdded));
        Assert.Contains("recorded as missed", Assert.Throws<ConflictException>(() => ReferralSessions.Hours(facts, entry, 1, "h")).Message, StringComparison.Ordinal);
        Assert.Throws<ConflictException>(() => ReferralSessions.Attendance(facts, entry, attended: false));
        Assert.Throws<ConflictException>(() => ReferralSessions.Attendance(facts, entry, attended: true));
    }

    public static TheoryData<string, int, int, int, string> RefusedDates => new()
    {
        { "2026-11-19", 3, 16, 0, "before the referral was accepted on 2026-11-24" },
        { "2026-12-04", 3, 16, 0, "in the future" },
        { "2026-11-29", 3, 16, 0, "plc-1 runs on Thursdays 09:00-15:00" },
        { "2026-12-03", 3, 3, 31, "starts at 09:00" },
    };

    [Theory]
    [MemberData(nameof(RefusedDates))]
    public void A_date_outside_acceptance_to_now_or_off_the_schedule_or_before_the_start_is_refused(string date, int day, int hour, int minute, string why)
    {
        var entry = new SessionEntry(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Uk(day, hour, minute));

        var refused = Assert.Throws<InvalidInputException>(() => ReferralSessions.Hours(Thursdays, entry, 1, "h"));

        Assert.Equal("input.date", refused.Field);
        Assert.Contains(why, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_start_is_UK_time_so_in_summer_a_session_at_09_00_starts_at_08_00_UTC()
    {
        var summer = new SessionFacts("plc-1", new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), Thursdays.Schedule, null);
        var july = new DateOnly(2026, 7, 2);

        Assert.Throws<InvalidInputException>(() => ReferralSessions.Hours(summer, new SessionEntry(july, new DateTimeOffset(2026, 7, 2, 7, 59, 0, TimeSpan.Zero)), 1, "h"));
        Assert.Equal(1, ReferralSessions.Hours(summer, new SessionEntry(july, new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.Zero)), 1, "h").Session.Hours);
    }

    [Fact]
    public void A_session_holds_no_more_hours_than_it_lasts_unless_corrected()
    {
        var entry = new SessionEntry(Thursday, Uk(3, 16));
        var five = ReferralSessions.Hours(Thursdays, entry, 5, "h");

        Assert.Equal("h", Assert.Throws<InvalidInputException>(() => ReferralSessions.Hours(Thursdays with { Logged = five.Session }, entry, 1.25, "h")).Field);
        Assert.Equal(6.25, ReferralSessions.Hours(Thursdays with { Logged = five.Session }, entry with { CorrectionReason = "Stayed late to finish" }, 1.25, "h").Session.Hours);
    }

    [Fact]
    public void A_correction_lifts_the_day_and_start_checks_but_not_the_acceptance_and_today_bounds()
    {
        const string Reason = "Extra Sunday session";

        var sunday = ReferralSessions.Hours(Thursdays, new SessionEntry(new DateOnly(2026, 11, 29), Uk(3, 16), Reason), 7, "h");
        var early = ReferralSessions.Hours(Thursdays, new SessionEntry(Thursday, Uk(3, 8), Reason), 1, "h");

        Assert.Equal((7.0, Reason), (sunday.Session.Hours, sunday.CorrectionReason));
        Assert.Equal(1, early.Session.Hours);
        Assert.Throws<InvalidInputException>(() => ReferralSessions.Hours(Thursdays, new SessionEntry(new DateOnly(2026, 11, 23), Uk(3, 16), Reason), 1, "h"));
        Assert.Throws<InvalidInputException>(() => ReferralSessions.Hours(Thursdays, new SessionEntry(new DateOnly(2026, 12, 4), Uk(3, 16), Reason), 1, "h"));
    }

    [Fact]
    public void A_schedule_reads_as_days_in_week_order()
    {
        var schedule = SessionSchedule.Parse(["Sat 10:00-16:00", "Sun 09:00-12:00", "Mon 09:30-15:30"], "s").Sessions;

        Assert.Equal("runs on Mondays 09:30-15:30 and Saturdays 10:00-16:00 and Sundays 09:00-12:00", ReferralSessions.Describe(schedule));
    }
}
