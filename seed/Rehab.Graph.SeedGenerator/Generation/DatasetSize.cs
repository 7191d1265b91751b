namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// The data sets the generator makes, by size: the demo region the hub loads, and the benchmarks' regional and
/// national-scale sets over Yorkshire and the Humber. Each has its own seed and id tag, so they never share an id.
/// </summary>
/// <param name="Folder">Where its files go by default, from the repository root.</param>
/// <param name="OnlineServicesWeighed">How many online services, at random, a person weighs against local ones; null for all of them.</param>
public sealed record DatasetSize(
    string Name,
    RegionModel Region,
    Counts Counts,
    int Seed,
    string IdTag,
    int IdDigits,
    int? OnlineServicesWeighed,
    string Folder)
{
    public static DatasetSize Demo { get; } = new(
        "demo",
        new HullDemo(),
        new Counts(People: 200, Mentors: 30, Acquaintances: 400, Mentorings: 40, Attendances: 250, Completions: 60, Partnerships: 80, Plans: 50, Funds: 12, Projects: 2),
        Seed: 20261123,
        IdTag: "",
        IdDigits: 4,
        OnlineServicesWeighed: null,
        Folder: Path.Combine("seed", "demo-region"));

    public static DatasetSize Regional { get; } = new(
        "regional",
        new YorkshireAndHumber(
            "Yorkshire and the Humber regional benchmark",
            new DirectoryCounts(Practitioners: 400, Organisations: 2_500, Services: 10_000, Placements: 2_000)),
        new Counts(People: 50_000, Mentors: 2_000, Acquaintances: 150_000, Mentorings: 3_000, Attendances: 60_000, Completions: 8_000, Partnerships: 6_000, Plans: 12_500, Funds: 2_500, Projects: 250),
        Seed: 20261124,
        IdTag: "r",
        IdDigits: 6,
        OnlineServicesWeighed: 2,
        Folder: Path.Combine(".cache", "regional"));

    /// <summary>About 240,000 people and 2.5 million relationships: the regional set's region at nearly five times its caseload.</summary>
    public static DatasetSize National { get; } = new(
        "national",
        new YorkshireAndHumber(
            "Yorkshire and the Humber at national scale (benchmark)",
            new DirectoryCounts(Practitioners: 2_000, Organisations: 12_500, Services: 50_000, Placements: 10_000)),
        new Counts(People: 240_000, Mentors: 10_000, Acquaintances: 720_000, Mentorings: 14_400, Attendances: 288_000, Completions: 38_400, Partnerships: 30_000, Plans: 60_000, Funds: 12_000, Projects: 1_200),
        Seed: 20261125,
        IdTag: "n",
        IdDigits: 6,
        OnlineServicesWeighed: 2,
        Folder: Path.Combine(".cache", "national"));

    public static IReadOnlyList<DatasetSize> All { get; } = [Demo, Regional, National];
}
