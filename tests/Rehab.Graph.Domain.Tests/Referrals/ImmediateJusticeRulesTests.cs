using System.Globalization;
using Rehab.Graph.Domain.ImmediateJustice;

namespace Rehab.Graph.Domain.Tests.Referrals;

public sealed class ImmediateJusticeRulesTests
{
    private static readonly DateTimeOffset Monday = At("2026-11-23T10:00:00Z");

    [Theory]
    [InlineData("2026-11-23T10:00:00Z", "2026-11-23T17:00:00Z")] // Monday morning (GMT): the same day
    [InlineData("2026-11-23T18:00:00Z", "2026-11-24T17:00:00Z")] // Monday evening: the next working day
    [InlineData("2026-11-28T10:00:00Z", "2026-11-30T17:00:00Z")] // Saturday: Monday
    [InlineData("2026-06-12T15:30:00Z", "2026-06-12T16:00:00Z")] // Friday 16:30 BST: 17:00 BST the same day
    [InlineData("2026-06-12T16:30:00Z", "2026-06-15T16:00:00Z")] // Friday 17:30 BST: Monday 17:00 BST
    public void Contact_is_due_by_the_end_of_the_working_day_in_UK_time(string referred, string due) =>
        Assert.Equal(At(due), ImmediateJusticeRules.ContactDueBy(At(referred)));

    [Fact]
    public void The_clock_runs_48_hours_from_the_referral() =>
        Assert.Equal(Monday.AddHours(48), ImmediateJusticeRules.DueBy(Monday));

    [Fact]
    public void A_case_on_track_needs_no_attention() =>
        Assert.Empty(Case(CaseStatus.Booked, contactedAt: Monday.AddHours(1), firstSession: Monday.AddHours(20)).AttentionReasons(Monday.AddHours(30)));

    [Fact]
    public void Late_contact_a_first_session_past_48_hours_and_missed_sessions_each_need_attention()
    {
        Assert.Equal(["CONTACT_OVERDUE"], Case(CaseStatus.Referred).AttentionReasons(Monday.AddHours(8)));
        Assert.Equal(["CONTACT_OVERDUE", "PAST_48_HOURS"], Case(CaseStatus.Referred).AttentionReasons(Monday.AddHours(49)));
        Assert.Equal(["PAST_48_HOURS"], Case(CaseStatus.Booked, contactedAt: Monday, firstSession: Monday.AddHours(60)).AttentionReasons(Monday.AddHours(1)));
        Assert.Equal(["MISSED_SESSIONS"], Case(CaseStatus.Booked, contactedAt: Monday, firstSession: Monday.AddHours(20), missed: 1).AttentionReasons(Monday.AddHours(30)));
        Assert.Empty(Case(CaseStatus.Completed, missed: 2).AttentionReasons(Monday.AddDays(10)));
    }

    [Theory]
    [InlineData(CaseStatus.Referred, CaseStatus.Contacted, true)]
    [InlineData(CaseStatus.Contacted, CaseStatus.Assessed, true)]
    [InlineData(CaseStatus.Assessed, CaseStatus.Booked, true)]
    [InlineData(CaseStatus.Referred, CaseStatus.Assessed, false)]
    [InlineData(CaseStatus.Contacted, CaseStatus.Booked, false)]
    [InlineData(CaseStatus.Booked, CaseStatus.Booked, false)]
    [InlineData(CaseStatus.Completed, CaseStatus.Contacted, false)]
    public void The_route_is_taken_in_order(CaseStatus from, CaseStatus to, bool allowed)
    {
        var @case = Case(from);

        if (allowed)
        {
            Assert.Equal(to, ImmediateJusticeRules.Advance(@case, to));
        }
        else
        {
            Assert.Throws<ConflictException>(() => ImmediateJusticeRules.Advance(@case, to));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(41)]
    public void Hours_are_1_to_40(int hours) =>
        Assert.Equal("h", Assert.Throws<InvalidInputException>(() => ImmediateJusticeRules.ValidateHours(hours, "h")).Field);

    [Fact]
    public void A_person_is_told_on_every_channel_they_have() =>
        Assert.Equal(
            [(MessageChannel.Email, "a@b.c"), (MessageChannel.Letter, "1 High St")],
            new ContactDetails("a@b.c", null, "1 High St").Channels());

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static ImmediateJusticeCase Case(CaseStatus status, DateTimeOffset? contactedAt = null, DateTimeOffset? firstSession = null, int missed = 0) => new(
        "ijc-1", status, "org-1", "r@x.y", "per-1", "P. Test", "Damage", 6, Monday, "prc-1", contactedAt, null, null, firstSession, null, 0, missed, null, null);
}
