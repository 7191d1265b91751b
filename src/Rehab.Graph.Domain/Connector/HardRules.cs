using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Connector;

/// <summary>What the hard rules need to know about anything that could be offered; <see cref="Capacity"/> only says how full a full one is.</summary>
public sealed record Offer(
    GeoPoint? Location,
    bool WomenOnly,
    int? MinAge,
    int? MaxAge,
    IReadOnlyList<string> UnsuitableFor,
    bool ChildFacing,
    RiskLevel? MaxRiskOfHarm,
    IReadOnlyList<string> Languages,
    bool Full,
    int? Capacity = null);

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

    /// <summary>
    /// What about the offer broke <paramref name="rule"/>, in words a practitioner can read: which zone, which of the
    /// person's flags, which languages, the age limits. It says no more about the person than the rule already does:
    /// not their age, gender or risk level, only the offer's side of it, and of their flags only those the offer names.
    /// </summary>
    public static string? Describe(string rule, string kind, ConnectorProfile person, Offer offer) => rule switch
    {
        ExclusionZone => offer.Location is { } location && person.ExclusionZones.Describe(location) is { } zone ? $"Inside {zone}" : null,
        WomenOnly => "For women only",
        Age => (offer.MinAge, offer.MaxAge) switch
        {
            ({ } min, { } max) => $"For ages {min} to {max}",
            ({ } min, null) => $"For ages {min} and over",
            (null, { } max) => $"For ages up to {max}",
            _ => null,
        },
        RiskFlag => FlagsCaught(person, offer) switch
        {
            [] => null,
            var flags => $"Unsuitable for {Wording.Join(flags)}",
        },
        RiskLevelRule => offer.MaxRiskOfHarm is { } max ? $"Supervision manages a risk of harm up to {EnumCodes.ToCode(max)}" : null,
        Language => kind == ExclusionKinds.Mentor
            ? $"Speaks {Wording.Join(offer.Languages.Select(Wording.LanguageName))} only"
            : $"Delivered in {Wording.Join(offer.Languages.Select(Wording.LanguageName))} only",
        Full => (kind, offer.Capacity) switch
        {
            (ExclusionKinds.Mentor, { } capacity) => $"Already mentors {capacity} {(capacity == 1 ? "person" : "people")}, as many as they can",
            (_, 0) => "It has no places",
            (_, 1) => "Its one place is taken",
            (_, { } capacity) => $"All {capacity} places are taken",
            _ => "No place left",
        },
        _ => null,
    };

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

    private static List<string> FlagsCaught(ConnectorProfile person, Offer offer)
    {
        var flags = offer.UnsuitableFor.Where(person.RiskFlags.Contains).ToList();
        if (offer.ChildFacing && person.RiskFlags.Contains(RiskFlags.NoContactChildren) && !flags.Contains(RiskFlags.NoContactChildren))
        {
            flags.Add($"{RiskFlags.NoContactChildren} (work with children)");
        }

        return flags;
    }
}
