using System.Globalization;

namespace Rehab.Graph.SeedGenerator;

/// <summary>How many people, mentors and ties a data set holds; its practitioners and providers are its region's to decide.</summary>
public sealed record Counts(
    int People,
    int Mentors,
    int Acquaintances,
    int Mentorings,
    int Attendances,
    int Completions,
    int Partnerships,
    int Plans,
    int Funds,
    int Projects);

/// <summary>A whole data set in the seed format, generated in memory from one seed.</summary>
public sealed record Dataset(
    Region Region,
    IReadOnlyList<Need> Needs,
    IReadOnlyList<Strength> Strengths,
    IReadOnlyList<Practitioner> Practitioners,
    Providers Providers,
    IReadOnlyList<Mentor> Mentors,
    IReadOnlyList<Person> People,
    Ties Ties,
    IReadOnlyList<PersonPlan> Plans,
    IReadOnlyList<PersonalFund> Funds,
    IReadOnlyList<CoProducedProject> Projects)
{
    public static Dataset Generate(DatasetSize size, int seed, TextWriter log)
    {
        var progress = new Progress(log);
        var region = size.Region;
        var ids = new Ids(size.IdTag, size.IdDigits);
        // One Random drawn in a fixed order is what makes the output byte-identical between runs.
        var random = new Random(seed);
        var pseudonyms = new Pseudonyms(random, region.Surnames);
        var residences = new Residences(random, region);
        var practitioners = progress.Step("practitioners", () => region.Practitioners(random, ids));
        var providers = progress.Step(
            "providers",
            () => region.Providers(random, pseudonyms, ids),
            made => string.Create(CultureInfo.InvariantCulture, $"{made.Organisations.Count:N0} organisations, {made.Services.Count:N0} services, {made.Placements.Count:N0} placements"));
        var people = progress.Step("people", () => new PersonGenerator(random, pseudonyms, residences, region).Generate(size.Counts.People, practitioners, ids));
        var mentors = progress.Step("mentors", () => new MentorGenerator(random, pseudonyms, residences, region).Generate(size.Counts.Mentors, providers.Organisations, ids));
        var ties = new TieGenerator(random, size.OnlineServicesWeighed, progress).Generate(size.Counts, people, mentors, providers);
        var dataset = region.Complete(new Dataset(region.Header(seed), Taxonomy.Needs, Taxonomy.Strengths, practitioners, providers, mentors, people, ties, [], [], []), seed);
        // Plans and funds draw from Randoms of their own, so the rest of the set stays as it was without them.
        var (plans, activeGoals) = progress.Step(
            "plans",
            () => new PlanGenerator(new Random(seed + 3), dataset, region.PlanChoices).Generate(size.Counts.Plans),
            made => string.Create(CultureInfo.InvariantCulture, $"{made.Plans.Count:N0} plans, {made.Plans.Sum(p => p.Goals.Count):N0} goals, {made.Plans.Sum(p => p.Reviews.Count):N0} reviews"));
        var funds = progress.Step("funds", () => new FundGenerator(new Random(seed + 4), dataset, region.PlanChoices).Generate(size.Counts.Funds, plans, activeGoals));
        var projects = progress.Step(
            "projects",
            () => new ProjectGenerator(new Random(seed + 5), dataset, region.PlanChoices, ids).Generate(size.Counts.Projects, plans),
            made => string.Create(CultureInfo.InvariantCulture, $"{made.Count:N0} co-produced projects, {made.Count(p => p.Status == Domain.Projects.ProjectStatus.Running):N0} running"));
        // Last, and by rule rather than by drawing: nothing above depends on a wish, and no wish draws a random number.
        var wishing = progress.Step(
            "wishes",
            () => ByAndForWishes.Add(dataset, region.WithoutByAndFor),
            made => string.Create(CultureInfo.InvariantCulture, $"{made.Count(p => p.ByAndFor is not null):N0} people want a community's own services"));
        return dataset with { People = wishing, Plans = plans, Funds = funds, Projects = projects };
    }
}
