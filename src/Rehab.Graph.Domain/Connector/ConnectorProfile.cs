using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Connector;

/// <summary>An assessed need; severity 1 (low) to 3 (high).</summary>
public sealed record AssessedNeed(string Code, int Severity);

/// <summary>Who the connector is matching for: a stored person or an ad-hoc profile, stored nowhere.</summary>
public sealed record ConnectorProfile(
    GeoPoint Home,
    Gender Gender,
    int? Age,
    RiskLevel? RiskOfHarm,
    IReadOnlySet<string> RiskFlags,
    IReadOnlyList<AssessedNeed> Needs,
    IReadOnlySet<string> Strengths,
    IReadOnlySet<string> Languages,
    ExclusionZones ExclusionZones)
{
    public const int MaxAge = 120;

    private static readonly IReadOnlySet<string> EnglishOnly = new HashSet<string> { "en" };

    /// <summary>
    /// The communities (CommunityCodes) whose own services the person wants, where there are some: the connector prefers
    /// those, and ranks as for anyone else when none is wanted.
    /// </summary>
    public IReadOnlySet<string> ByAndFor { get; init; } = new HashSet<string>();

    /// <summary>English is assumed where no language is recorded.</summary>
    public IReadOnlySet<string> Speaks => Languages.Count > 0 ? Languages : EnglishOnly;

    /// <summary>An ad-hoc profile's needs have no assessed severity: the first listed counts as the most severe.</summary>
    public static IReadOnlyList<AssessedNeed> RankedByOrder(IReadOnlyList<string> codes) =>
        [.. codes.Select((code, i) => new AssessedNeed(code, Math.Max(1, 3 - i)))];
}

/// <summary>The needs a search addresses, most severe first: the caller's, a goal's, or the person's assessed needs.</summary>
/// <remarks><see cref="Goal"/> is the words of the goal the needs came from, for the reasons to say so.</remarks>
public sealed record FocusNeeds(IReadOnlyList<AssessedNeed> Needs, string? Goal = null)
{
    /// <summary>How much of a goal's words a reason quotes: enough to recognise it, short enough to read out.</summary>
    public const int GoalQuoteLength = 60;

    /// <summary>The needs of a goal of the person's plan, or their assessed needs when the goal names none.</summary>
    public static FocusNeeds ForGoal(ConnectorProfile profile, IReadOnlyList<string> goalNeeds, string goalText) =>
        goalNeeds.Count == 0 ? For(profile, null) : For(profile, goalNeeds) with { Goal = goalText };

    /// <summary>The goal's words as a reason quotes them.</summary>
    public string? GoalQuote => Goal is null ? null : Goal.Length <= GoalQuoteLength ? Goal : Goal[..(GoalQuoteLength - 1)].TrimEnd() + "…";

    public IReadOnlyList<string> Codes => [.. Needs.Select(n => n.Code)];

    public static FocusNeeds For(ConnectorProfile profile, IReadOnlyList<string>? requested)
    {
        if (requested is { Count: > 0 })
        {
            var assessed = profile.Needs.ToDictionary(n => n.Code, n => n.Severity);
            return new FocusNeeds([.. requested
                .Select((code, i) => new AssessedNeed(code, assessed.GetValueOrDefault(code, Math.Max(1, 3 - i))))
                .OrderByDescending(n => n.Severity)]);
        }

        return new FocusNeeds([.. profile.Needs.OrderByDescending(n => n.Severity)]);
    }
}
