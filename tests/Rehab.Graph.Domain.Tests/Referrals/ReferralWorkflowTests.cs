using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Referrals;

namespace Rehab.Graph.Domain.Tests.Referrals;

public sealed class ReferralWorkflowTests
{
    /// <summary>A Wednesday, 12:00 in the UK (GMT), during the day's session of a placement that runs every day and accepted the day before.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly SessionEntry Today = new(new DateOnly(2026, 12, 2), Now);

    private static readonly SessionFacts Daily = new(
        "plc-1", Now.AddDays(-1), SessionSchedule.Parse(new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }.Select(d => d + " 09:00-15:00"), "sessions").Sessions, null);

    private static readonly Func<ReferralState, ReferralChange>[] Steps =
    [
        ReferralWorkflow.Accept,
        ReferralWorkflow.Decline,
        s => ReferralWorkflow.LogAttendance(s, Today, attended: true),
        s => ReferralWorkflow.LogHours(s, Today, 1, "hours"),
        ReferralWorkflow.Complete,
        ReferralWorkflow.Withdraw,
    ];

    /// <summary>Every action from every status: the only allowed moves, and where each leads.</summary>
    public static TheoryData<int, ReferralStatus, ReferralStatus?> Table()
    {
        var allowed = new Dictionary<(int, ReferralStatus), ReferralStatus>
        {
            [(0, ReferralStatus.Pending)] = ReferralStatus.Accepted,
            [(1, ReferralStatus.Pending)] = ReferralStatus.Declined,
            [(2, ReferralStatus.Accepted)] = ReferralStatus.InProgress,
            [(2, ReferralStatus.InProgress)] = ReferralStatus.InProgress,
            [(3, ReferralStatus.Accepted)] = ReferralStatus.InProgress,
            [(3, ReferralStatus.InProgress)] = ReferralStatus.InProgress,
            [(4, ReferralStatus.Accepted)] = ReferralStatus.Completed,
            [(4, ReferralStatus.InProgress)] = ReferralStatus.Completed,
            [(5, ReferralStatus.Pending)] = ReferralStatus.Withdrawn,
            [(5, ReferralStatus.Accepted)] = ReferralStatus.Withdrawn,
            [(5, ReferralStatus.InProgress)] = ReferralStatus.Withdrawn,
        };
        var table = new TheoryData<int, ReferralStatus, ReferralStatus?>();
        for (var step = 0; step < Steps.Length; step++)
        {
            foreach (var status in Enum.GetValues<ReferralStatus>())
            {
                table.Add(step, status, allowed.TryGetValue((step, status), out var to) ? to : null);
            }
        }

        return table;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_action_moves_only_from_the_statuses_it_allows(int step, ReferralStatus from, ReferralStatus? to)
    {
        var referral = new ReferralState("ref-1", from, ReferralTargetKind.Placement, HoursOrdered: 1, HoursDone: step == 4 ? 1 : 0, Sessions: Daily);

        if (to is null)
        {
            Assert.Throws<ConflictException>(() => Steps[step](referral));
        }
        else
        {
            Assert.Equal(to, Steps[step](referral).To);
        }
    }

    [Fact]
    public void Giving_up_or_finishing_a_placement_releases_its_place_and_completion_adds_the_tie()
    {
        var placement = new ReferralState("ref-1", ReferralStatus.Accepted, ReferralTargetKind.Placement, 10, 10);
        var service = placement with { TargetKind = ReferralTargetKind.Service, HoursOrdered = null, HoursDone = 0 };

        Assert.True(ReferralWorkflow.Withdraw(placement).ReleasesPlace);
        Assert.True(ReferralWorkflow.Decline(placement with { Status = ReferralStatus.Pending }).ReleasesPlace);
        Assert.Equal(("COMPLETED", true), (ReferralWorkflow.Complete(placement).Tie, ReferralWorkflow.Complete(placement).ReleasesPlace));
        Assert.Equal(("ATTENDED", false), (ReferralWorkflow.Complete(service).Tie, ReferralWorkflow.Complete(service).ReleasesPlace));
        Assert.False(ReferralWorkflow.Accept(placement with { Status = ReferralStatus.Pending }).ReleasesPlace);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(12.25)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Hours_per_session_are_positive_quarter_hours_up_to_twelve(double hours)
    {
        var referral = new ReferralState("ref-1", ReferralStatus.Accepted, ReferralTargetKind.Placement, 100, 0, Sessions: Daily);

        Assert.Equal("hours", Assert.Throws<InvalidInputException>(() => ReferralWorkflow.LogHours(referral, Today, hours, "hours")).Field);
    }

    [Fact]
    public void Hours_add_up_to_the_order_and_no_further()
    {
        var referral = new ReferralState("ref-1", ReferralStatus.InProgress, ReferralTargetKind.Placement, 10, 8.5, Sessions: Daily);

        Assert.Equal(1.5, ReferralWorkflow.LogHours(referral, Today, 1.5, "hours").HoursAdded);
        Assert.Throws<InvalidInputException>(() => ReferralWorkflow.LogHours(referral, Today, 1.75, "hours"));
        Assert.Throws<ConflictException>(() => ReferralWorkflow.Complete(referral));
    }

    [Fact]
    public void Services_take_no_hours_and_an_unbriefed_placement_takes_none_yet()
    {
        var service = new ReferralState("ref-1", ReferralStatus.Accepted, ReferralTargetKind.Service, null, 0);
        var unbriefed = new ReferralState("ref-2", ReferralStatus.Accepted, ReferralTargetKind.Placement, 6, 0, SafetyBriefed: false, Sessions: Daily);

        Assert.Throws<ConflictException>(() => ReferralWorkflow.LogHours(service, Today, 1, "hours"));
        Assert.Throws<ConflictException>(() => ReferralWorkflow.LogAttendance(unbriefed, Today, attended: true));
        Assert.Throws<ConflictException>(() => ReferralWorkflow.LogHours(unbriefed, Today, 1, "hours"));
    }

    [Theory]
    [InlineData(ReferralTargetKind.Placement, null)]
    [InlineData(ReferralTargetKind.Placement, 0)]
    [InlineData(ReferralTargetKind.Placement, 301)]
    [InlineData(ReferralTargetKind.Service, 10)]
    public void Hours_ordered_are_for_placements_from_1_to_300(ReferralTargetKind kind, int? hours) =>
        Assert.Equal("h", Assert.Throws<InvalidInputException>(() => ReferralWorkflow.ValidateHoursOrdered(kind, hours, "h")).Field);

    [Fact]
    public void Text_is_trimmed_limited_and_required_where_it_must_be()
    {
        Assert.Equal("x", ReferralWorkflow.ValidateText("  x ", "t", required: true));
        Assert.Null(ReferralWorkflow.ValidateText(" ", "t", required: false));
        Assert.Throws<InvalidInputException>(() => ReferralWorkflow.ValidateText(" ", "t", required: true));
        Assert.Throws<InvalidInputException>(() => ReferralWorkflow.ValidateText(new string('x', 1001), "t", required: false));
    }
}
