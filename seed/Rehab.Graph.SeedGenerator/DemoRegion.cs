namespace Rehab.Graph.SeedGenerator;

public sealed record DemoRegionCounts(
    int People,
    int Mentors,
    int Acquaintances,
    int Mentorings,
    int Attendances,
    int Completions,
    int Partnerships)
{
    public static DemoRegionCounts Default { get; } = new(
        People: 200,
        Mentors: 30,
        Acquaintances: 400,
        Mentorings: 40,
        Attendances: 250,
        Completions: 60,
        Partnerships: 80);
}

public sealed record DemoRegion(
    Region Region,
    IReadOnlyList<Need> Needs,
    IReadOnlyList<Strength> Strengths,
    IReadOnlyList<Practitioner> Practitioners,
    Providers Providers,
    IReadOnlyList<Mentor> Mentors,
    IReadOnlyList<Person> People,
    Ties Ties)
{
    public static DemoRegion Generate(int seed, DemoRegionCounts counts)
    {
        // One Random drawn in a fixed order is what makes the output byte-identical between runs.
        var random = new Random(seed);
        var pseudonyms = new PseudonymGenerator(random);
        var providers = new ProviderGenerator(random, pseudonyms).Generate(OrganisationCatalogue.All);
        var people = new PersonGenerator(random, pseudonyms).Generate(counts.People);
        var mentors = new MentorGenerator(random, pseudonyms).Generate(counts.Mentors, providers.Organisations);
        var ties = new TieGenerator(random).Generate(counts, people, mentors, providers);
        var (contacts, practitioners) = new ContactDirectory(new Random(seed + 1)).Add(providers, ProbationTeam.All);
        var listed = new MeetingPoints(new Random(seed + 2)).Add(contacts);
        var region = new Region(
            "Hull and East Riding demo region",
            "Kingston upon Hull",
            Gazetteer.HullCentre,
            "Fictional demo data: every organisation, service, placement, mentor, practitioner and person is invented, "
            + "and any resemblance to real organisations or people is coincidental. Only place names and coordinates are real.",
            seed);
        return new DemoRegion(
            region,
            Taxonomy.Needs,
            Taxonomy.Strengths,
            practitioners,
            listed,
            mentors,
            people,
            ties);
    }
}
