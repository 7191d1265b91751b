using System.Globalization;
using System.Text.RegularExpressions;

namespace Rehab.Graph.Domain.Placements;

/// <summary>A recurring weekly session of a placement in UK local time, written like "Thu 09:30-15:30".</summary>
public sealed partial record WeeklySession(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    public static WeeklySession Parse(string text, string field)
    {
        var match = Pattern().Match(text);
        var day = match.Success ? Array.IndexOf(DayNames, match.Groups["day"].Value) : -1;
        if (day < 0
            || !TimeOnly.TryParseExact(match.Groups["start"].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(match.Groups["end"].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end <= start)
        {
            throw new InvalidInputException(field, $"'{text}' in '{field}' is not a session like 'Thu 09:30-15:30' (day Mon–Sun, start before end).");
        }

        return new WeeklySession((DayOfWeek)day, start, end);
    }

    public override string ToString() => $"{DayNames[(int)Day]} {Start:HH\\:mm}-{End:HH\\:mm}";

    [GeneratedRegex(@"^(?<day>[A-Z][a-z]{2}) (?<start>\d{2}:\d{2})-(?<end>\d{2}:\d{2})$")]
    private static partial Regex Pattern();
}
