using System.Globalization;
using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.ImmediateJustice;

/// <summary>How the pages show a case: its status and its 48-hour clock as GOV.UK tags.</summary>
public static class CaseClock
{
    public static (string Text, string Class) Status(CaseStatus status) => status switch
    {
        CaseStatus.Referred => ("Referred", "govuk-tag--blue"),
        CaseStatus.Contacted => ("Contacted", "govuk-tag--light-blue"),
        CaseStatus.Assessed => ("Assessed", "govuk-tag--turquoise"),
        CaseStatus.Booked => ("Booked", "govuk-tag--purple"),
        _ => ("Completed", "govuk-tag--green"),
    };

    /// <summary>
    /// The 48-hour clock: time left, or how long overdue; none once a placement is booked or the case is complete (the
    /// clock asks for a first session by then, which the booking gives). At the minute itself it is due now.
    /// </summary>
    public static (string Text, string Class)? Clock(CaseStatus status, double hoursLeft)
    {
        if (status is CaseStatus.Booked or CaseStatus.Completed)
        {
            return null;
        }

        if (Minutes(hoursLeft) == 0)
        {
            return ("Due now", "govuk-tag--red");
        }

        if (hoursLeft < 0)
        {
            return ($"Overdue by {Duration(-hoursLeft)}", "govuk-tag--red");
        }

        return ($"{Duration(hoursLeft)} left", hoursLeft < 12 ? "govuk-tag--orange" : "govuk-tag--grey");
    }

    /// <summary>Hours and minutes to the nearest minute: "47 hours 6 minutes", "40 minutes", "less than a minute".</summary>
    public static string Duration(double hours)
    {
        var minutes = Minutes(hours);
        if (minutes == 0)
        {
            return "less than a minute";
        }

        var (h, m) = (minutes / 60, minutes % 60);
        var parts = new List<string>();
        if (h > 0)
        {
            parts.Add(h == 1 ? "1 hour" : $"{h.ToString(CultureInfo.InvariantCulture)} hours");
        }

        if (m > 0)
        {
            parts.Add(m == 1 ? "1 minute" : $"{m.ToString(CultureInfo.InvariantCulture)} minutes");
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// Whole minutes, to the nearest: the hub answers in tenths of an hour, which binary floating point cannot hold
    /// exactly (4.1 hours is 245.99999... minutes), so rounding down would lose a minute from many of them.
    /// </summary>
    private static long Minutes(double hours) => (long)Math.Round(Math.Min(Math.Abs(hours), 100_000) * 60, MidpointRounding.AwayFromZero);

    public static string Words(string code) =>
        code.Length == 0 ? code : char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ').ToLowerInvariant();

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string When(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"));
}
