using Rehab.Graph.Domain.Placements;

namespace Rehab.Graph.Domain.Referrals;

/// <summary>
/// Why someone should look at an open referral now, like an Immediate Justice case's attention list:
/// <list type="bullet">
/// <item><see cref="NoResponse"/>: still pending at the end of the response time, in working days (Monday to Friday,
/// UK dates) after the day it was made.</item>
/// <item><see cref="MissedSessions"/>: a session is recorded as missed.</item>
/// <item><see cref="HoursBehind"/>: fewer hours logged than the expected pace, which is one session a week: for each
/// week (Monday to Sunday, UK time) since acceptance, the length of the placement's first session that week that
/// started after the acceptance and before today (a session counts from the day after, so the partner has its day to
/// log it), capped at the hours ordered.</item>
/// </list>
/// </summary>
public static class ReferralAttention
{
    public const string NoResponse = "NO_RESPONSE";
    public const string MissedSessions = "MISSED_SESSIONS";
    public const string HoursBehind = "HOURS_BEHIND";
    public const int DefaultResponseWorkingDays = 3;

    public static IReadOnlyList<string> Reasons(ReferralRecord referral, DateTimeOffset now, int responseWorkingDays)
    {
        var reasons = new List<string>();
        if (!ReferralWorkflow.IsOpen(referral.Status))
        {
            return reasons;
        }

        if (referral.Status == ReferralStatus.Pending && now >= ResponseDueBy(referral.CreatedAt, responseWorkingDays))
        {
            reasons.Add(NoResponse);
        }

        if (referral.SessionsMissed > 0)
        {
            reasons.Add(MissedSessions);
        }

        if (referral is { TargetKind: ReferralTargetKind.Placement, HoursOrdered: { } ordered, AcceptedAt: { } accepted }
            && referral.HoursDone < ExpectedHours(SessionSchedule.Parse(referral.PlacementSessions, "sessions").Sessions, accepted, now, ordered))
        {
            reasons.Add(HoursBehind);
        }

        return reasons;
    }

    /// <summary>The start (UK midnight) of the day after the <paramref name="workingDays"/>th working day after the day <paramref name="made"/> falls on.</summary>
    public static DateTimeOffset ResponseDueBy(DateTimeOffset made, int workingDays)
    {
        var day = ReferralSessions.UkDate(made);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        return SessionSchedule.FromUkTime(day.AddDays(1).ToDateTime(TimeOnly.MinValue));
    }

    /// <summary>The hours one session a week since <paramref name="accepted"/> would have given by <paramref name="now"/>, at most <paramref name="ordered"/>.</summary>
    public static double ExpectedHours(IReadOnlyList<WeeklySession> schedule, DateTimeOffset accepted, DateTimeOffset now, double ordered)
    {
        var today = ReferralSessions.UkDate(now);
        var expected = 0.0;
        var countedWeek = DateOnly.MinValue;
        for (var day = ReferralSessions.UkDate(accepted); day < today && expected < ordered; day = day.AddDays(1))
        {
            var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            if (monday == countedWeek)
            {
                continue;
            }

            var first = schedule
                .Where(s => s.Day == day.DayOfWeek && SessionSchedule.FromUkTime(day.ToDateTime(s.Start)) >= accepted)
                .OrderBy(s => s.Start)
                .FirstOrDefault();
            if (first is not null)
            {
                expected += (first.End - first.Start).TotalHours;
                countedWeek = monday;
            }
        }

        return Math.Min(expected, ordered);
    }
}
