namespace Rehab.Graph.SeedGenerator;

/// <summary>Languages of Hull's larger migrant communities besides English, weighted by how often they come up.</summary>
public static class CommunityLanguages
{
    public static IReadOnlyList<(string Code, double Weight)> Weighted { get; } =
        [("pl", 5), ("ro", 2), ("ku", 2), ("ar", 1.5), ("ur", 1.5), ("lt", 1), ("fa", 1)];
}
