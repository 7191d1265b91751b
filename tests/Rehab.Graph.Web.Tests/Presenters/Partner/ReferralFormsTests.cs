using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Tests.Presenters.Partner;

public sealed class ReferralFormsTests
{
    [Fact]
    public void Attendance_needs_a_real_date_and_whether_they_attended()
    {
        var (input, errors) = new ReferralForms { Day = "31", Month = "2", Year = "2026" }.Attendance("ref-1");

        Assert.Null(input);
        Assert.Equal("The date of the session must be a real date, like 27 3 2026", errors.For(ReferralForms.Fields.AttendanceDate));
        Assert.Equal("Select whether they attended the session", errors.For(ReferralForms.Fields.Attended));
    }

    [Fact]
    public void Attendance_becomes_the_hubs_input()
    {
        var (input, errors) = new ReferralForms { Day = " 6", Month = "12", Year = "2026", Attended = "no", Note = " ill ", CorrectionReason = "" }.Attendance("ref-1");

        Assert.False(errors.Any);
        Assert.Equal(new DateOnly(2026, 12, 6), input!.Date);
        Assert.False(input.Attended);
        Assert.Equal("ill", input.Note);
        Assert.Null(input.CorrectionReason);
    }

    [Theory]
    [InlineData("", "Enter the hours worked")]
    [InlineData("2.3", "Hours must be more than 0 and at most 12, in quarter hours, like 2.5")]
    [InlineData("13", "Hours must be more than 0 and at most 12, in quarter hours, like 2.5")]
    [InlineData("0", "Hours must be more than 0 and at most 12, in quarter hours, like 2.5")]
    [InlineData("1e3", "Hours must be more than 0 and at most 12, in quarter hours, like 2.5")]
    public void Hours_are_quarter_hours_up_to_twelve(string hours, string message)
    {
        var (input, errors) = new ReferralForms { Day = "6", Month = "12", Year = "2026", Hours = hours }.LogHours("ref-1");

        Assert.Null(input);
        Assert.Equal(message, errors.For(ReferralForms.Fields.Hours));
    }

    [Fact]
    public void Declining_needs_a_reason_and_completing_an_outcome_each_at_most_1000_characters()
    {
        Assert.Equal("Enter the reason you cannot take the referral on", new ReferralForms().Decline("ref-1").Errors.For(ReferralForms.Fields.DeclineReason));
        Assert.Equal("Enter what came of the referral", new ReferralForms { Outcome = " " }.Complete("ref-1").Errors.For(ReferralForms.Fields.Outcome));
        Assert.Equal(
            "What came of the referral must be 1000 characters or fewer",
            new ReferralForms { Outcome = new string('x', 1001) }.Complete("ref-1").Errors.For(ReferralForms.Fields.Outcome));
        Assert.Equal("Full this week", new ReferralForms { Reason = " Full this week " }.Decline("ref-1").Input!.Reason);
    }

    [Theory]
    [InlineData("input.date", "hours", ReferralForms.Fields.HoursDate)]
    [InlineData("input.date", "attendance", ReferralForms.Fields.AttendanceDate)]
    [InlineData("input.hours", "hours", ReferralForms.Fields.Hours)]
    [InlineData("input.correctionReason", "hours", ReferralForms.Fields.HoursCorrection)]
    [InlineData("input.note", "accept", ReferralForms.Fields.AcceptNote)]
    [InlineData("input.reason", "decline", ReferralForms.Fields.DeclineReason)]
    [InlineData(null, "complete", ReferralForms.Fields.Outcome)]
    [InlineData("input.referralId", "attendance", ReferralForms.Fields.AttendanceDate)]
    public void The_hubs_refusal_goes_beside_the_field_of_the_form_that_was_posted(string? hubField, string handler, string field) =>
        Assert.Equal(field, ReferralForms.FieldOf(hubField, handler));
}
