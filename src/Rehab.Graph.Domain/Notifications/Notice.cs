using System.Globalization;
using Rehab.Graph.Domain.Placements;

namespace Rehab.Graph.Domain.Notifications;

/// <summary>A message's words: its subject line and its body.</summary>
public sealed record Notice(string Subject, string Body)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A time as people in England and Wales read it: "Thursday 3 December 2026 at 09:00".</summary>
    public static string When(DateTimeOffset at) => SessionSchedule.ToUkTime(at).ToString("dddd d MMMM yyyy 'at' HH:mm", English);

    /// <summary>A day as people in England and Wales read it: "Thursday 3 December 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", English);

    public static string Hours(double hours) => hours == 1 ? "1 hour" : $"{hours.ToString("0.##", CultureInfo.InvariantCulture)} hours";
}
