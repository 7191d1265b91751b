using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Connector;

/// <summary>What the hard rules need to know about anything that could be offered.</summary>
public sealed record Offer(
    GeoPoint? Location,
    bool WomenOnly,
    int? MinAge,
    int? MaxAge,
    IReadOnlyList<string> UnsuitableFor,
    bool ChildFacing,
    RiskLevel? MaxRiskOfHarm,
    IReadOnlyList<string> Languages,
    bool Full);

/// <summary>
/// The rules no score can outweigh, in the order their codes are reported: the first that applies
/// is the reason an item is excluded.
/// </summary>
public static class HardRules
{
    public const string ExclusionZone = "EXCLUSION_ZONE";
    public const string WomenOnly = "WOMEN_ONLY";
    public const string Age = "AGE";
    public const string RiskFlag = "RISK_FLAG";
    public const string RiskLevelRule = "RISK_LEVEL";
    public const string Language = "LANGUAGE";
    public const string Full = "FULL";

    private static readonly (string Code, Func<ConnectorProfile, Offer, bool> Breaks)[] Rules =
    [
        (ExclusionZone, InsideExclusionZone),
        (WomenOnly, WomenOnlyForSomeoneElse),
        (Age, OutsideAgeLimits),
        (RiskFlag, UnsuitableForRiskFlag),
        (RiskLevelRule, RiskAboveSupervision),
        (Language, NoSharedLanguage),
        (Full, NoPlaceLeft),
    ];

    public static IReadOnlyList<string> Codes { get; } = [.. Rules.Select(r => r.Code)];

    /// <summary>The code of the first rule the offer breaks for this person, or null when it may be offered.</summary>
    public static string? FirstBroken(ConnectorProfile person, Offer offer) =>
        Rules.FirstOrDefault(rule => rule.Breaks(person, offer)).Code;

    public static bool InsideExclusionZone(ConnectorProfile person, Offer offer) =>
        offer.Location is { } location && person.ExclusionZones.Contains(location);

    public static bool WomenOnlyForSomeoneElse(ConnectorProfile person, Offer offer) =>
        offer.WomenOnly && person.Gender != Gender.Female;

    /// <summary>An unknown age is not held against anyone; the limits are checked when it is known.</summary>
    public static bool OutsideAgeLimits(ConnectorProfile person, Offer offer) =>
        person.Age is { } age && (age < offer.MinAge || age > offer.MaxAge);

    public static bool UnsuitableForRiskFlag(ConnectorProfile person, Offer offer) =>
        offer.UnsuitableFor.Any(person.RiskFlags.Contains)
        || (offer.ChildFacing && person.RiskFlags.Contains(RiskFlags.NoContactChildren));

    public static bool RiskAboveSupervision(ConnectorProfile person, Offer offer) =>
        person.RiskOfHarm is { } risk && offer.MaxRiskOfHarm is { } max && risk > max;

    public static bool NoSharedLanguage(ConnectorProfile person, Offer offer) =>
        offer.Languages.Count > 0 && !offer.Languages.Any(person.Speaks.Contains);

    public static bool NoPlaceLeft(ConnectorProfile person, Offer offer) => offer.Full;
}
