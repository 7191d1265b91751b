using System.Globalization;
using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>A GOV.UK tag: its words and its colour class.</summary>
public sealed record Tag(string Text, string? Class);

/// <summary>The hub's codes in the words the offender manager's pages use.</summary>
public static class Words
{
    /// <summary>A code as words: <c>NO_CONTACT_CHILDREN</c> is "No contact children".</summary>
    public static string Of(string code) =>
        code.Length == 0 ? code : char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ').ToLowerInvariant();

    /// <summary>A strength code as words; a short one is an initialism (<c>IT</c>).</summary>
    public static string Strength(string code) => code.Length <= 3 ? code : Of(code);

    public static Tag Risk(RiskLevel? risk) => risk switch
    {
        RiskLevel.VeryHigh => new("Very high", "govuk-tag--red"),
        RiskLevel.High => new("High", "govuk-tag--orange"),
        RiskLevel.Medium => new("Medium", "govuk-tag--yellow"),
        RiskLevel.Low => new("Low", "govuk-tag--green"),
        _ => new("Not assessed", "govuk-tag--grey"),
    };

    public static Tag Status(ReferralStatus status) => status switch
    {
        ReferralStatus.Pending => new("Pending", "govuk-tag--blue"),
        ReferralStatus.Accepted => new("Accepted", "govuk-tag--turquoise"),
        ReferralStatus.InProgress => new("In progress", "govuk-tag--light-blue"),
        ReferralStatus.Completed => new("Completed", "govuk-tag--green"),
        ReferralStatus.Declined => new("Declined", "govuk-tag--red"),
        _ => new("Withdrawn", "govuk-tag--grey"),
    };

    public static bool IsOpen(ReferralStatus status) => status is ReferralStatus.Pending or ReferralStatus.Accepted or ReferralStatus.InProgress;

    /// <summary>Why a referral needs attention, as a sentence.</summary>
    public static string Attention(string code) => code switch
    {
        "NO_RESPONSE" => "No response from the organisation in time",
        "MISSED_SESSIONS" => "A session was missed",
        "HOURS_BEHIND" => "Hours are behind the order",
        _ => Of(code),
    };

    public static string Severity(int severity) => severity switch
    {
        >= 3 => "High",
        2 => "Medium",
        _ => "Low",
    };

    public static string Hours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Hours done of hours ordered ("4.5 of 20 hours"), or the hours done alone.</summary>
    public static string HoursOf(double done, int? ordered) =>
        ordered is { } o ? $"{Hours(done)} of {o} hours" : $"{Hours(done)} {(done == 1 ? "hour" : "hours")}";

    /// <summary>How many licence exclusion zones: "None", "1 zone", "3 zones".</summary>
    public static string Zones(int count) => count switch
    {
        0 => "None",
        1 => "1 zone",
        _ => $"{count} zones",
    };

    public static string Km(double km) => km.ToString("0.0", CultureInfo.InvariantCulture) + " km";

    public static string Date(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The day it is in the UK at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, UkTime).DateTime);

    /// <summary>A calendar day, such as a step's due date, which has no time to convert.</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static string DateTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am").Replace("PM", "pm");

    /// <summary>Language codes (ISO 639-1) the demo region uses, in words; others as their code.</summary>
    public static string Language(string code) => code switch
    {
        "en" => "English",
        "fa" => "Persian (Farsi)",
        "pl" => "Polish",
        "ku" => "Kurdish",
        "ar" => "Arabic",
        "lt" => "Lithuanian",
        "ro" => "Romanian",
        "ur" => "Urdu",
        "so" => "Somali",
        "ti" => "Tigrinya",
        "cs" => "Czech",
        "sk" => "Slovak",
        "pt" => "Portuguese",
        "ru" => "Russian",
        "zh" => "Chinese",
        _ => code,
    };

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
