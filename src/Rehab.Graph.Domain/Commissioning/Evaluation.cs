using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.Commissioning;

/// <summary>The period an evaluation covers: whole UTC days from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record EvaluationPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Three years: a commissioning cycle and its comparison; longer is a different question.</summary>
    public const int MaxDays = 3 * 366;

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static EvaluationPeriod Validate(DateOnly from, DateOnly to) =>
        to < from
            ? throw new InvalidInputException("to", $"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).")
            : to.DayNumber - from.DayNumber >= MaxDays
                ? throw new InvalidInputException("to", $"A period is at most {MaxDays} days; ask for shorter ones and compare them.")
                : new EvaluationPeriod(from, to);
}

/// <summary>
/// What happened for one person on probation in the period, as the evaluation counts it, with nothing that names
/// them: it never leaves the hub, only the area's totals do.
/// </summary>
public sealed record PersonActivity(
    string Area,
    bool HasPlan,
    int GoalsMet,
    int ReferralsMade,
    int ReferralsCompleted,
    double HoursDone,
    IReadOnlyList<PersonSpend> Spends,
    IReadOnlyList<SnapshotCounts> Snapshots);

/// <summary>A spend from the person's fund and the needs of the goal it served.</summary>
public sealed record PersonSpend(int AmountPence, IReadOnlyList<NeedRef> Needs);

/// <summary>One social capital snapshot's counts, in time order.</summary>
public sealed record SnapshotCounts(DateTimeOffset At, int Bonding, int Bridging, int Linking);

/// <summary>
/// An area's evaluation for commissioners. Every figure is about people, so each is withheld (null) when it rests on
/// 1 to 4 of them, as <see cref="AreaNeedCount"/>'s are: a handful of people in a district can be told apart.
/// </summary>
public sealed record AreaEvaluation(
    string Area,
    EvaluationPeriod Period,
    int? PeopleWithPlans,
    int? PeopleWithGoalsMet,
    int? GoalsMet,
    int? PeopleReferred,
    int? ReferralsMade,
    int? ReferralsCompleted,
    double? HoursDone,
    IReadOnlyList<NeedSpend> FundSpent,
    SocialCapitalChange SocialCapital)
{
    /// <summary>The area's figures from its people's activity; figures resting on 1 to 4 people are withheld.</summary>
    public static AreaEvaluation Of(string area, EvaluationPeriod period, IReadOnlyList<PersonActivity> people)
    {
        var achievers = people.Where(p => p.GoalsMet > 0).ToList();
        var referred = people.Where(p => p.ReferralsMade > 0).ToList();
        var completers = people.Where(p => p.ReferralsCompleted > 0).ToList();
        var workers = people.Where(p => p.HoursDone > 0).ToList();
        return new AreaEvaluation(
            area,
            period,
            AreaNeedCount.Disclosed(people.Count(p => p.HasPlan)),
            AreaNeedCount.Disclosed(achievers.Count),
            Resting(achievers.Count, achievers.Sum(p => p.GoalsMet)),
            AreaNeedCount.Disclosed(referred.Count),
            Resting(referred.Count, referred.Sum(p => p.ReferralsMade)),
            Resting(completers.Count, completers.Sum(p => p.ReferralsCompleted)),
            Shown(workers.Count) ? Math.Round(workers.Sum(p => p.HoursDone), 1) : null,
            [.. Spent(people)],
            SocialCapitalChange.Of(people));
    }

    /// <summary>A count of things done by <paramref name="people"/>: withheld when they are 1 to 4, or when it is 1 to 4 itself.</summary>
    private static int? Resting(int people, int count) => Shown(people) ? AreaNeedCount.Disclosed(count) : null;

    private static bool Shown(int people) => AreaNeedCount.Disclosed(people) is not null;

    /// <summary>Per need, what was spent on goals serving it and by how many people; a spend on a goal of several needs counts for each.</summary>
    private static IEnumerable<NeedSpend> Spent(IReadOnlyList<PersonActivity> people) =>
        people.SelectMany(p => p.Spends.SelectMany(s => s.Needs.Select(n => (Person: p, Need: n, s.AmountPence))))
            .GroupBy(x => x.Need.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var spenders = g.Select(x => x.Person).Distinct().Count();
                return new NeedSpend(g.First().Need, Shown(spenders) ? g.Sum(x => x.AmountPence) : null, AreaNeedCount.Disclosed(spenders));
            });
}

/// <summary>Money spent from personal funds on goals serving a need, and how many people's funds it came from.</summary>
public sealed record NeedSpend(NeedRef Need, long? Pence, int? People);

/// <summary>
/// How people's social capital changed over the period: the mean change from each person's first snapshot in the
/// period to their last, among those with two or more; withheld when they are 1 to 4.
/// </summary>
public sealed record SocialCapitalChange(int? People, double? Bonding, double? Bridging, double? Linking)
{
    public static SocialCapitalChange Of(IReadOnlyList<PersonActivity> people)
    {
        var changes = people.Where(p => p.Snapshots.Count >= 2)
            .Select(p => (First: p.Snapshots.MinBy(s => s.At)!, Last: p.Snapshots.MaxBy(s => s.At)!))
            .ToList();
        if (AreaNeedCount.Disclosed(changes.Count) is not { } shown || shown == 0)
        {
            return new SocialCapitalChange(AreaNeedCount.Disclosed(changes.Count), null, null, null);
        }

        return new SocialCapitalChange(
            shown,
            Math.Round(changes.Average(c => c.Last.Bonding - c.First.Bonding), 2),
            Math.Round(changes.Average(c => c.Last.Bridging - c.First.Bridging), 2),
            Math.Round(changes.Average(c => c.Last.Linking - c.First.Linking), 2));
    }
}
