using System.Globalization;
using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// The referral page's forms as posted: accept (a note), decline (the reason), a session's attendance or hours (a
/// GOV.UK date of day, month and year, and a correction reason for a session outside the schedule), and complete (the
/// outcome). Each validates into the hub's input, its field ids prefixed by the form so one page holds them all.
/// </summary>
public sealed class ReferralForms
{
    public const int TextMaxLength = 1000;

    public string? Note { get; set; }
    public string? Reason { get; set; }
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    public string? Attended { get; set; }
    public string? Hours { get; set; }
    public string? CorrectionReason { get; set; }
    public string? Outcome { get; set; }

    public static class Fields
    {
        public const string AcceptNote = "acceptNote";
        public const string DeclineReason = "declineReason";
        public const string AttendanceDate = "attendanceDate";
        public const string Attended = "attended";
        public const string AttendanceNote = "attendanceNote";
        public const string AttendanceCorrection = "attendanceCorrection";
        public const string HoursDate = "hoursDate";
        public const string Hours = "hours";
        public const string HoursNote = "hoursNote";
        public const string HoursCorrection = "hoursCorrection";
        public const string Outcome = "outcome";
    }

    public (AcceptReferralInput? Input, FieldErrors Errors) Accept(string referralId)
    {
        var errors = new FieldErrors();
        var note = Text(Note, Fields.AcceptNote, "Note", required: false, errors);
        return (errors.Any ? null : new AcceptReferralInput { ReferralId = referralId, Note = note }, errors);
    }

    public (DeclineReferralInput? Input, FieldErrors Errors) Decline(string referralId)
    {
        var errors = new FieldErrors();
        var reason = Text(Reason, Fields.DeclineReason, "the reason you cannot take the referral on", required: true, errors);
        return (errors.Any ? null : new DeclineReferralInput { ReferralId = referralId, Reason = reason! }, errors);
    }

    public (LogAttendanceInput? Input, FieldErrors Errors) Attendance(string referralId)
    {
        var errors = new FieldErrors();
        var date = SessionDate(Fields.AttendanceDate, errors);
        bool? attended = Attended switch { "yes" => true, "no" => false, _ => null };
        if (attended is null)
        {
            errors.Add(Fields.Attended, "Select whether they attended the session");
        }

        var note = Text(Note, Fields.AttendanceNote, "Note", required: false, errors);
        var correction = Text(CorrectionReason, Fields.AttendanceCorrection, "Reason", required: false, errors);
        return (errors.Any ? null : new LogAttendanceInput { ReferralId = referralId, Date = date!.Value, Attended = attended!.Value, Note = note, CorrectionReason = correction }, errors);
    }

    public (LogHoursInput? Input, FieldErrors Errors) LogHours(string referralId)
    {
        var errors = new FieldErrors();
        var date = SessionDate(Fields.HoursDate, errors);
        double? hours = null;
        if (string.IsNullOrWhiteSpace(Hours))
        {
            errors.Add(Fields.Hours, "Enter the hours worked");
        }
        else if (!double.TryParse(Hours.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h) || h <= 0 || h > 12 || h * 4 != Math.Floor(h * 4))
        {
            errors.Add(Fields.Hours, "Hours must be more than 0 and at most 12, in quarter hours, like 2.5");
        }
        else
        {
            hours = h;
        }

        var note = Text(Note, Fields.HoursNote, "Note", required: false, errors);
        var correction = Text(CorrectionReason, Fields.HoursCorrection, "Reason", required: false, errors);
        return (errors.Any ? null : new LogHoursInput { ReferralId = referralId, Date = date!.Value, Hours = hours!.Value, Note = note, CorrectionReason = correction }, errors);
    }

    public (CompleteReferralInput? Input, FieldErrors Errors) Complete(string referralId)
    {
        var errors = new FieldErrors();
        var outcome = Text(Outcome, Fields.Outcome, "what came of the referral", required: true, errors);
        return (errors.Any ? null : new CompleteReferralInput { ReferralId = referralId, Outcome = outcome! }, errors);
    }

    /// <summary>The field a hub refusal is about, for the form that was posted.</summary>
    public static string FieldOf(string? hubField, string handler) => (HubFields.Top(hubField), handler) switch
    {
        ("date", "hours") => Fields.HoursDate,
        ("date", _) => Fields.AttendanceDate,
        ("hours", _) => Fields.Hours,
        ("attended", _) => Fields.Attended,
        ("correctionReason", "hours") => Fields.HoursCorrection,
        ("correctionReason", _) => Fields.AttendanceCorrection,
        ("note", "hours") => Fields.HoursNote,
        ("note", "attendance") => Fields.AttendanceNote,
        (_, "accept") => Fields.AcceptNote,
        (_, "decline") => Fields.DeclineReason,
        (_, "complete") => Fields.Outcome,
        (_, "hours") => Fields.HoursDate,
        _ => Fields.AttendanceDate,
    };

    private DateOnly? SessionDate(string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year))
        {
            errors.Add(field, "Enter the date of the session");
            return null;
        }

        if (!int.TryParse(Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 2000 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            errors.Add(field, "The date of the session must be a real date, like 27 3 2026");
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static string? Text(string? value, string field, string what, bool required, FieldErrors errors)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            errors.Add(field, $"Enter {what}");
        }
        else if (text is { Length: > TextMaxLength })
        {
            errors.Add(field, $"{(required ? char.ToUpperInvariant(what[0]) + what[1..] : what)} must be {TextMaxLength} characters or fewer");
        }

        return text;
    }
}
