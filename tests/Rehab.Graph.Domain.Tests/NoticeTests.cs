using Rehab.Graph.Domain.Notifications;

namespace Rehab.Graph.Domain.Tests;

public sealed class NoticeTests
{
    private static readonly DateTimeOffset ThursdayMorning = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Times_are_written_in_UK_time_as_people_read_them() =>
        Assert.Equal("Wednesday 1 July 2026 at 10:00", Notice.When(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_partner_is_told_a_referral_arrived_without_who_it_is_for()
    {
        var notice = ReferralNotices.Arrived("ref-1", "Tenancy support", "Aisha Rahman (Hull Probation Delivery Unit)");

        Assert.Equal("New referral to Tenancy support", notice.Subject);
        Assert.Contains("Aisha Rahman (Hull Probation Delivery Unit) has referred someone to Tenancy support (referral ref-1)", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_offender_manager_is_told_the_answer_and_a_missed_session()
    {
        Assert.EndsWith(": \"No rooms until March\". You may refer them elsewhere.", ReferralNotices.Declined("ref-1", "H. Jafari", "Rooms", "Minster Lodgings", "No rooms until March").Body, StringComparison.Ordinal);
        Assert.EndsWith("(referral ref-1). You may refer them elsewhere.", ReferralNotices.Declined("ref-1", "H. Jafari", "Rooms", "Minster Lodgings", null).Body, StringComparison.Ordinal);
        Assert.Equal(
            "H. Jafari did not attend the session on Thursday 3 December 2026 at Graffiti removal team (referral ref-1).",
            ReferralNotices.SessionMissed("ref-1", "H. Jafari", "Graffiti removal team", new DateOnly(2026, 12, 3)).Body);
    }

    [Theory]
    [InlineData(CaseStep.Taken, "taken by a coordinator")]
    [InlineData(CaseStep.Contacted, "person contacted")]
    [InlineData(CaseStep.Assessed, "risk assessed")]
    [InlineData(CaseStep.Booked, "placement booked")]
    [InlineData(CaseStep.BookingFellThrough, "being booked again")]
    public void The_referrer_hears_of_each_step_but_not_who_coordinates_or_when_the_sessions_are(CaseStep step, string headline)
    {
        var notice = CaseNotices.ForReferrer("ijc-1", step);

        Assert.Equal($"Immediate Justice case ijc-1: {headline}", notice.Subject);
        Assert.DoesNotContain("prc-", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]{2}:[0-9]{2}", notice.Body);
    }

    [Fact]
    public void The_booking_tells_the_person_where_to_meet_and_whom_to_call()
    {
        var visit = new PlacementVisit("Graffiti removal team", "Kingston Community Payback", "12 High Street, Hull, HU1 1AA", "the front gate", "S. Fisher", "01632 960123");

        var notice = CaseNotices.Booking(ThursdayMorning, visit, 6);

        Assert.Equal(
            "Your first session is on Thursday 3 December 2026 at 09:00 at Graffiti removal team (Kingston Community Payback), 12 High Street, Hull, HU1 1AA. "
            + "Meet at the front gate. Your supervisor is S. Fisher: call 01632 960123 if you cannot come or are running late. "
            + "Please arrive ten minutes early for a health-and-safety briefing. You have 6 hours to complete.",
            notice.Body);
    }

    [Fact]
    public void A_booking_without_contact_details_says_only_what_is_known()
    {
        var notice = CaseNotices.Booking(null, new PlacementVisit("Litter pick", "Parks", null, null, null, null), 4);

        Assert.Equal(
            "Your placement is at Litter pick (Parks); the organisation will confirm when your first session is. Please arrive ten minutes early for a health-and-safety briefing. You have 4 hours to complete.",
            notice.Body);
    }
}
