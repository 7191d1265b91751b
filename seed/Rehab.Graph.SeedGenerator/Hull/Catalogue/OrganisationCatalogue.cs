using static Rehab.Graph.SeedGenerator.RiskFlag;

namespace Rehab.Graph.SeedGenerator;

/// <summary>The fictional providers of the demo region, grouped by theme across partial files.</summary>
public static partial class OrganisationCatalogue
{
    public static IReadOnlyList<OrganisationTemplate> All =>
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
