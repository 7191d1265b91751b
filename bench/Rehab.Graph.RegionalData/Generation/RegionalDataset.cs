using Rehab.Graph.RegionalData.Geography;

namespace Rehab.Graph.RegionalData.Generation;

public sealed record RegionalCounts(
    int Practitioners,
    int Organisations,
    int Services,
    int Placements,
    int Mentors,
    int People,
    int Acquaintances,
    int Mentorings,
    int Attendances,
    int Completions,
    int Partnerships)
{
    public static RegionalCounts Default { get; } = new(
        Practitioners: 400,
        Organisations: 2_500,
        Services: 10_000,
        Placements: 2_000,
        Mentors: 2_000,
        People: 50_000,
        Acquaintances: 150_000,
        Mentorings: 3_000,
        Attendances: 60_000,
        Completions: 8_000,
        Partnerships: 6_000);
}

/// <summary>The whole regional data set, generated in memory from one seed.</summary>
public sealed record RegionalDataset(
    Region Region,
    IReadOnlyList<Practitioner> Practitioners,
    Providers Providers,
    IReadOnlyList<Mentor> Mentors,
    IReadOnlyList<Person> People,
    Ties Ties)
{
    public static RegionalDataset Generate(int seed, RegionalCounts counts)
    {
        // One Random drawn in a fixed order is what makes the output byte-identical between runs.
        var random = new Random(seed);
        var pseudonyms = new Pseudonyms(random);
        var homes = new Homes(random);
        var practitioners = new PractitionerGenerator(random).Generate(counts.Practitioners);
        var providers = new ProviderGenerator(random, pseudonyms).Generate(counts);
        var people = new PersonGenerator(random, pseudonyms, homes).Generate(counts.People, practitioners);
        var mentors = new MentorGenerator(random, pseudonyms, homes).Generate(counts.Mentors, providers.Organisations);
        var ties = new TieGenerator(random).Generate(counts, people, mentors, providers);
        var region = new Region(
            "Yorkshire and the Humber regional benchmark",
            "Leeds",
            YorkshireAndHumber.Leeds,
            "Fictional benchmark data at regional scale: every organisation, service, placement, mentor, practitioner and person "
            + "is invented, and any resemblance to real organisations or people is coincidental. Only place names, postcode districts "
            + "and approximate coordinates are real. Generated for load testing; not a directory of real services.",
            seed);
        return new RegionalDataset(region, practitioners, providers, mentors, people, ties);
    }
}
