using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Referrals;

namespace Rehab.Graph.Domain.Tests.Referrals;

/// <summary>The attention list. 2026-12-02 is a Wednesday; times are UTC, which is UK time in December.</summary>
public sealed class ReferralAttentionTests
{
    private static readonly DateTimeOffset Wednesday = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-11-25T12:00:00Z", "2026-12-01T00:00:00Z")]
    [InlineData("2026-11-27T16:00:00Z", "2026-12-03T00:00:00Z")]
    [InlineData("2026-11-28T10:00:00Z", "2026-12-03T00:00:00Z")]
    [InlineData("2026-07-03T22:30:00Z", "2026-07-08T23:00:00Z")]
    public void A_partner_has_until_the_end_of_the_third_working_day_after_the_referral_arrives(string made, string due) =>
        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), ReferralAttention.ResponseDueBy(DateTimeOffset.Parse(made, System.Globalization.CultureInfo.InvariantCulture), 3));

    [Fact]
    public void A_pending_referral_past_its_response_time_needs_attention_and_a_weekend_does_not_count()
    {
        Assert.Equal([ReferralAttention.NoResponse], ReferralAttention.Reasons(Pending(Wednesday.AddDays(-6)), Wednesday, 3));
        Assert.Empty(ReferralAttention.Reasons(Pending(Wednesday.AddDays(-5)), Wednesday, 3));
        Assert.Empty(ReferralAttention.Reasons(Pending(Wednesday.AddDays(-6)) with { Status = ReferralStatus.Declined }, Wednesday, 3));
    }

    [Fact]
    public void Missed_sessions_and_hours_behind_one_session_a_week_need_attention()
    {
        var accepted = Wednesday.AddDays(-8);
        var behind = Placement(accepted, hoursDone: 6, sessionsMissed: 1);

        Assert.Equal([ReferralAttention.MissedSessions, ReferralAttention.HoursBehind], ReferralAttention.Reasons(behind, Wednesday, 3));
        Assert.Empty(ReferralAttention.Reasons(behind with { HoursDone = 12, SessionsMissed = 0 }, Wednesday, 3));
        Assert.Empty(ReferralAttention.Reasons(behind with { Status = ReferralStatus.Completed }, Wednesday, 3));
    }

    [Fact]
    public void The_pace_counts_the_first_session_each_week_after_acceptance_that_ended_before_today_capped_at_the_order()
    {
        var daily = SessionSchedule.Parse(new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }.Select(d => d + " 09:00-15:00"), "s").Sessions;
        var saturdays = SessionSchedule.Parse(["Sat 10:00-16:00"], "s").Sessions;

        Assert.Equal(12, ReferralAttention.ExpectedHours(daily, Wednesday.AddDays(-8), Wednesday, 100));
        Assert.Equal(6, ReferralAttention.ExpectedHours(daily, Wednesday.AddDays(-8), Wednesday, 6));
        Assert.Equal(0, ReferralAttention.ExpectedHours(daily, Wednesday.AddHours(-4), Wednesday.AddHours(8), 100));
        Assert.Equal(12, ReferralAttention.ExpectedHours(saturdays, Wednesday.AddDays(-14), Wednesday, 100));
    }

    private static ReferralRecord Pending(DateTimeOffset made) => new(
        "ref-1", ReferralStatus.Pending, ReferralTargetKind.Service, "svc-1", "org-1", null, "P.", [], [new NeedRef("ACCOMMODATION", "Accommodation")], null, null, 0, 0, 0,
        null, null, made, made, [], null, []);

    private static ReferralRecord Placement(DateTimeOffset accepted, double hoursDone, int sessionsMissed) => Pending(accepted.AddDays(-1)) with
    {
        Status = ReferralStatus.InProgress,
        TargetKind = ReferralTargetKind.Placement,
        HoursOrdered = 30,
        HoursDone = hoursDone,
        SessionsMissed = sessionsMissed,
        AcceptedAt = accepted,
        PlacementSessions = [.. new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }.Select(d => d + " 09:00-15:00")],
    };
}
