using System.Globalization;
using Rehab.Graph.Domain.Placements;

namespace Rehab.Graph.Domain.Referrals;

/// <summary>
/// What the partner asks to record against a session: its date, when they ask, and, for a genuine exception (an extra
/// session on another day, one that started early), why the schedule does not apply.
/// </summary>
public sealed record SessionEntry(DateOnly Date, DateTimeOffset Now, string? CorrectionReason = null);

/// <summary>
/// A placement referral's sessions as read under its lock: the placement, when the referral was accepted, the
/// placement's weekly schedule, and what is already recorded for the session asked about.
/// </summary>
public sealed record SessionFacts(string PlacementId, DateTimeOffset AcceptedAt, IReadOnlyList<WeeklySession> Schedule, LoggedSession? Logged);

/// <summary>
/// One session of one referral, as recorded: attended (by an attendance record or hours) or missed, whether attendance
/// itself was recorded, and the hours logged against it.
/// </summary>
public sealed record LoggedSession(DateOnly Date, bool Attended, bool AttendanceRecorded, double Hours);

/// <summary>A session after a step: what to store, and what it adds to the referral's counts (each session counts once).</summary>
public sealed record SessionLog(LoggedSession Session, int AttendedAdded, int MissedAdded, string? CorrectionReason);

/// <summary>
/// Sessions are recorded against the placement's schedule, as the Commissioned Rehabilitative Services record
/// attendance against an appointment: a session is the referral and a date, counted once however many entries it gets.
/// A date must fall between the referral's acceptance and today (UK time), no more than <see cref="MaxAgeDays"/> ago,
/// on one of the placement's session days, and only once that day's session has started. A correction reason lifts
/// the schedule's checks (day, start time and length), never the acceptance and today bounds.
/// </summary>
public static class ReferralSessions
{
    public const int MaxAgeDays = 90;
    public const string DateField = "input.date";

    /// <summary>The sessions held on <paramref name="entry"/>'s date: none for a correction on a day the schedule does not cover.</summary>
    public static IReadOnlyList<WeeklySession> CheckDate(SessionFacts facts, SessionEntry entry)
    {
        var date = entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var today = UkDate(entry.Now);
        var acceptedOn = UkDate(facts.AcceptedAt);
        if (entry.Date > today)
        {
            throw Invalid($"'{DateField}' ({date}) is in the future: today is {Format(today)} (UK time).");
        }

        if (entry.Date < acceptedOn)
        {
            throw Invalid($"'{DateField}' ({date}) is before the referral was accepted on {Format(acceptedOn)}; sessions count from then.");
        }

        if (entry.Date < today.AddDays(-MaxAgeDays))
        {
            throw Invalid($"'{DateField}' ({date}) is more than {MaxAgeDays} days ago.");
        }

        var held = facts.Schedule.Where(s => s.Day == entry.Date.DayOfWeek).OrderBy(s => s.Start).ToList();
        if (entry.CorrectionReason is not null)
        {
            return held;
        }

        if (held.Count == 0)
        {
            throw Invalid($"'{DateField}' ({date}) is a {entry.Date.DayOfWeek}: {facts.PlacementId} {Describe(facts.Schedule)}. "
                + "For a session the schedule does not show (an extra day, say), give correctionReason.");
        }

        var startsAt = SessionSchedule.FromUkTime(entry.Date.ToDateTime(held[0].Start));
        return entry.Now >= startsAt
            ? held
            : throw Invalid($"'{DateField}' ({date}) is today, and {facts.PlacementId}'s session starts at {held[0].Start:HH\\:mm} (UK time): record it once it has started.");
    }

    /// <summary>Attendance or absence, once per session: hours logged already count as attendance, so only a missed session then conflicts.</summary>
    public static SessionLog Attendance(SessionFacts facts, SessionEntry entry, bool attended)
    {
        CheckDate(facts, entry);
        var date = Format(entry.Date);
        switch (facts.Logged)
        {
            case { AttendanceRecorded: true } logged:
                throw new ConflictException($"The session on {date} is already recorded as {(logged.Attended ? "attended" : "missed")}; a session is recorded once.");
            case { Hours: > 0 } logged when !attended:
                throw new ConflictException($"The session on {date} has {logged.Hours.ToString(CultureInfo.InvariantCulture)} hours logged, so it cannot be recorded as missed.");
            case { } logged:
                return new SessionLog(logged with { AttendanceRecorded = true }, 0, 0, entry.CorrectionReason);
            default:
                return new SessionLog(new LoggedSession(entry.Date, attended, true, 0), attended ? 1 : 0, attended ? 0 : 1, entry.CorrectionReason);
        }
    }

    /// <summary>Hours at a session that was not missed: the session then counts as attended, once, and holds no more hours than it lasts.</summary>
    public static SessionLog Hours(SessionFacts facts, SessionEntry entry, double hours, string field)
    {
        var held = CheckDate(facts, entry);
        if (facts.Logged is { Attended: false })
        {
            throw new ConflictException($"The session on {Format(entry.Date)} is recorded as missed; hours cannot be logged for it.");
        }

        var before = facts.Logged?.Hours ?? 0;
        var lasts = entry.CorrectionReason is null ? held.Sum(s => (s.End - s.Start).TotalHours) : ReferralWorkflow.MaxHoursPerSession;
        if (before + hours > lasts)
        {
            throw new InvalidInputException(field, entry.CorrectionReason is null
                ? $"The session on {Format(entry.Date)} lasts {lasts.ToString(CultureInfo.InvariantCulture)} hours and has {before.ToString(CultureInfo.InvariantCulture)} logged; {hours.ToString(CultureInfo.InvariantCulture)} more would exceed it."
                : $"A session holds at most {lasts.ToString(CultureInfo.InvariantCulture)} hours; the one on {Format(entry.Date)} has {before.ToString(CultureInfo.InvariantCulture)} logged.");
        }

        var session = facts.Logged is { } logged
            ? logged with { Hours = before + hours }
            : new LoggedSession(entry.Date, true, false, hours);
        return new SessionLog(session, facts.Logged is null ? 1 : 0, 0, entry.CorrectionReason);
    }

    /// <summary>A schedule in words: "runs on Thursdays 09:00-15:00 and Saturdays 10:00-16:00".</summary>
    public static string Describe(IReadOnlyList<WeeklySession> schedule) => schedule.Count == 0
        ? "has no sessions scheduled"
        : "runs on " + string.Join(" and ", schedule
            .OrderBy(s => ((int)s.Day + 6) % 7).ThenBy(s => s.Start)
            .Select(s => $"{s.Day}s {s.Start:HH\\:mm}-{s.End:HH\\:mm}"));

    public static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(SessionSchedule.ToUkTime(instant).DateTime);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static InvalidInputException Invalid(string message) => new(DateField, message);
}
