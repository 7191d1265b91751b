namespace Rehab.Graph.Domain.Placements;

/// <summary>A placement's weekly sessions, and when a newcomer could first attend one.</summary>
public sealed class SessionSchedule
{
    /// <summary>Sessions are held in UK local time, whatever the server's zone.</summary>
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly IReadOnlyList<WeeklySession> _sessions;

    public SessionSchedule(IEnumerable<WeeklySession> sessions) => _sessions = sessions.ToList();

    public static SessionSchedule Parse(IEnumerable<string> sessions, string field) =>
        new(sessions.Select(s => WeeklySession.Parse(s, field)));

    public IReadOnlyList<WeeklySession> Sessions => _sessions;

    public static DateTimeOffset ToUkTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, UkTime);

    /// <summary>A UK wall-clock time as an instant in UTC.</summary>
    public static DateTimeOffset FromUkTime(DateTime local) => new DateTimeOffset(local, UkTime.GetUtcOffset(local)).ToUniversalTime();

    /// <summary>The start of the first session that begins after <paramref name="now"/>, in UTC; null without sessions.</summary>
    public DateTimeOffset? NextStart(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, UkTime);
        DateTimeOffset? best = null;
        foreach (var session in _sessions)
        {
            for (var days = 0; days <= 7; days++)
            {
                var date = DateOnly.FromDateTime(local.Date).AddDays(days);
                if (date.DayOfWeek != session.Day)
                {
                    continue;
                }

                var start = FromUkTime(date.ToDateTime(session.Start));
                if (start > now)
                {
                    best = best is null || start < best ? start : best;
                    break;
                }
            }
        }

        return best;
    }
}
