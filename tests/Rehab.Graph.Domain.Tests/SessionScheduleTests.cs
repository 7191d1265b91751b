using Rehab.Graph.Domain.Placements;

namespace Rehab.Graph.Domain.Tests;

public sealed class SessionScheduleTests
{
    // 2026-07-06 is a Monday in British Summer Time (UTC+1).
    private static readonly DateTimeOffset MondayNoonUtc = new(2026, 7, 6, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_soonest_of_several_sessions_is_chosen()
    {
        var schedule = Schedule("Thu 09:30-15:30", "Tue 18:00-20:00", "Mon 10:00-12:00");

        Assert.Equal(Utc(2026, 7, 7, 17, 0), schedule.NextStart(MondayNoonUtc));
    }

    [Fact]
    public void A_session_later_today_is_today()
    {
        Assert.Equal(Utc(2026, 7, 6, 16, 0), Schedule("Mon 17:00-19:00").NextStart(MondayNoonUtc));
    }

    [Fact]
    public void A_session_earlier_today_is_next_week()
    {
        Assert.Equal(Utc(2026, 7, 13, 9, 0), Schedule("Mon 10:00-12:00").NextStart(MondayNoonUtc));
    }

    [Fact]
    public void A_session_starting_now_is_next_week()
    {
        var now = Utc(2026, 7, 6, 9, 0);

        Assert.Equal(Utc(2026, 7, 13, 9, 0), Schedule("Mon 10:00-12:00").NextStart(now));
    }

    [Fact]
    public void A_summer_session_starts_an_hour_before_its_local_time_in_utc()
    {
        var saturday = Utc(2026, 7, 4, 12, 0);

        Assert.Equal(Utc(2026, 7, 5, 8, 0), Schedule("Sun 09:00-12:00").NextStart(saturday));
    }

    [Fact]
    public void A_session_on_the_day_the_clocks_go_back_is_in_gmt()
    {
        // Clocks go back at 01:00 UTC on Sunday 2026-10-25, before the session.
        var saturdayInBst = Utc(2026, 10, 24, 12, 0);

        Assert.Equal(Utc(2026, 10, 25, 9, 0), Schedule("Sun 09:00-12:00").NextStart(saturdayInBst));
    }

    [Fact]
    public void A_session_on_the_day_the_clocks_go_forward_is_in_bst()
    {
        // Clocks go forward at 01:00 UTC on Sunday 2026-03-29, before the session.
        var saturdayInGmt = Utc(2026, 3, 28, 12, 0);

        Assert.Equal(Utc(2026, 3, 29, 8, 0), Schedule("Sun 09:00-12:00").NextStart(saturdayInGmt));
    }

    [Fact]
    public void Days_are_counted_in_uk_time_not_utc()
    {
        // 23:30 UTC on Sunday is already 00:30 on Monday in London.
        var sundayNightUtc = Utc(2026, 7, 5, 23, 30);

        Assert.Equal(Utc(2026, 7, 5, 23, 45), Schedule("Mon 00:45-02:00").NextStart(sundayNightUtc));
    }

    [Fact]
    public void The_next_start_is_given_in_utc()
    {
        var next = Schedule("Tue 18:00-20:00").NextStart(new DateTimeOffset(2026, 7, 6, 13, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(TimeSpan.Zero, next?.Offset);
    }

    [Fact]
    public void Without_sessions_there_is_no_next_start()
    {
        Assert.Null(Schedule().NextStart(MondayNoonUtc));
    }

    [Fact]
    public void Parse_names_the_field_of_a_bad_session()
    {
        var error = Assert.Throws<InvalidInputException>(() => SessionSchedule.Parse(["Mon 10:00-12:00", "Funday 10:00-11:00"], "input.sessions"));
        Assert.Equal("input.sessions", error.Field);
    }

    private static SessionSchedule Schedule(params string[] sessions) => SessionSchedule.Parse(sessions, "sessions");

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
