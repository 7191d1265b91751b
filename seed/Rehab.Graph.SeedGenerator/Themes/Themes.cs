using static Rehab.Graph.SeedGenerator.RiskFlag;

namespace Rehab.Graph.SeedGenerator;

/// <summary>The kinds of provider found across the region, grouped by field across partial files.</summary>
public static partial class Themes
{
    public static IReadOnlyList<OrganisationTheme> All { get; } =
    [
        .. HousingAndStatutory,
        .. WomenAndFamilies,
        .. HealthAndRecovery,
        .. WorkAndLearning,
        .. CommunityAndFaith,
        .. Digital,
    ];

    // Properties rather than fields: static initialisers across partial files run in no guaranteed order.
    private static RiskFlag[] ChildContact => [NoContactChildren, SexualOffence];
}
