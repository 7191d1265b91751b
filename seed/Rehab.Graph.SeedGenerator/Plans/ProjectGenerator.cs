using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Projects;

namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Co-produced projects: two or three people on probation living in one postcode district, none with a plan of their
/// own (so every plan's social capital stays as the plan generator counted it), found a project from a small set of
/// kinds people on probation run. The first is RUNNING with a grant partly spent; the rest are a mix, as a region's are.
/// </summary>
public sealed class ProjectGenerator(Random random, Dataset dataset, PlanChoices choices, Ids ids)
{
    private static readonly (string Title, ProjectKind Kind, string Aims, NeedCode[] Needs, StrengthCode[] Strengths, bool WomenOnly)[] Templates =
    [
        ("Back on Track Cycles", ProjectKind.Service, "We fix up donated bikes for people who need one, and teach anyone who wants to learn how to keep theirs going.",
            [NeedCode.EducationTrainingEmployment, NeedCode.Lifestyle], [StrengthCode.Diy, StrengthCode.Teamwork], false),
        ("Sunday Recovery Breakfast", ProjectKind.Group, "A cooked breakfast and a chat on Sunday mornings, the hardest time of the week when you are staying off drink or drugs.",
            [NeedCode.Alcohol, NeedCode.Drugs], [StrengthCode.Cooking], false),
        ("Second Chance Gardens", ProjectKind.Enterprise, "We tidy and plant small gardens for older neighbours, for a fair price, and take on people looking for their first job back.",
            [NeedCode.EducationTrainingEmployment, NeedCode.FinanceBenefitDebt], [StrengthCode.Gardening, StrengthCode.CustomerService], false),
        ("Stronger Together Women's Circle", ProjectKind.Group, "Women who have been through the system meeting each week to support each other with housing, children and getting through the days.",
            [NeedCode.Relationships, NeedCode.ChildrenFamilies], [StrengthCode.Caring], true),
        ("Fresh Start Football", ProjectKind.Group, "Five-a-side on Thursday evenings, open to anyone on probation and their mates: fitness, a routine and people on your side.",
            [NeedCode.Health, NeedCode.Lifestyle], [StrengthCode.Sport, StrengthCode.Teamwork], false),
    ];

    private static readonly ProjectStatus[] LaterStatuses = [ProjectStatus.Running, ProjectStatus.Running, ProjectStatus.Running, ProjectStatus.Proposed, ProjectStatus.Proposed, ProjectStatus.Paused, ProjectStatus.Closed];

    public List<CoProducedProject> Generate(int count, IReadOnlyList<PersonPlan> plans)
    {
        var planned = plans.Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        var free = dataset.People
            .Where(p => !planned.Contains(p.Id) && !choices.Unplanned.Contains(p.Id) && p.Id != choices.Showcase)
            .GroupBy(p => p.PostcodeDistrict)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList());
        var districts = free.Keys.ToArray();
        var projects = new List<CoProducedProject>();
        for (var number = 1; number <= count && districts.Length > 0; number++)
        {
            var template = Templates[(number - 1) % Templates.Length];
            var status = number == 1 ? ProjectStatus.Running : LaterStatuses[random.Next(LaterStatuses.Length)];
            var district = districts[random.Next(districts.Length)];
            var candidates = free[district].Where(p => !template.WomenOnly || p.Gender == Domain.Taxonomy.Gender.Female).ToList();
            if (candidates.Count < 2)
            {
                continue;
            }

            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates));
            var founders = candidates.Take(random.Next(2, 4)).ToList();
            free[district].RemoveAll(founders.Contains);
            var title = number <= Templates.Length ? template.Title : $"{template.Title} {district}";
            projects.Add(Project(ids.Project(number), title, template, status, founders));
        }

        return projects;
    }

    private CoProducedProject Project(string id, string title, (string Title, ProjectKind Kind, string Aims, NeedCode[] Needs, StrengthCode[] Strengths, bool WomenOnly) template, ProjectStatus status, List<Person> founders)
    {
        var reference = PlanValidator.Cutoff;
        var created = reference.AddDays(-random.Next(100, 150)).AddHours(random.Next(9, 17));
        var started = created.AddDays(random.Next(14, 28));
        // Each status change after PROPOSED is one more version: running, then paused or closed.
        var changes = status switch
        {
            ProjectStatus.Proposed => [],
            ProjectStatus.Running => [started],
            _ => new[] { started, started.AddDays(random.Next(10, 30)) },
        };
        var grant = status == ProjectStatus.Proposed ? null : Grant(id, started, founders[0].PractitionerId);
        var updated = new[] { created }.Concat(changes).Concat(grant is null ? [] : [grant.UpdatedAt]).Max();
        return new CoProducedProject(
            id, title, template.Aims, template.Kind, status,
            Math.Round(founders.Average(f => f.HomeLat), 5), Math.Round(founders.Average(f => f.HomeLon), 5), template.WomenOnly,
            template.Needs, template.Strengths, null, 1 + changes.Length, created, updated,
            [.. founders.Select(f => new ProjectFounder(f.Id, created, true))], grant);
    }

    /// <summary>
    /// An admin's award a week after the project starts, then a few spends its first founder's offender manager approved,
    /// each within <see cref="FundRules"/> and the balance.
    /// </summary>
    private ProjectGrant Grant(string projectId, DateTimeOffset started, string approver)
    {
        var fundId = ProjectRecord.FundIdFor(projectId);
        var at = started.AddDays(7);
        var award = random.Next(10, 41) * 5_000;
        var entries = new List<FundLine> { new($"fen-{projectId}-1", at, FundEntryKind.Allocation, award, "Community chest grant", FundGenerator.Admin, 1, null, null) };
        var balance = award;
        foreach (var (what, share) in Spends.Take(random.Next(0, Spends.Length + 1)))
        {
            var amount = Math.Min(balance, award * share / 100);
            if (amount <= 0)
            {
                break;
            }

            at = at.AddDays(random.Next(5, 20));
            balance = FundRules.Spend(balance, amount);
            entries.Add(new FundLine($"fen-{projectId}-{entries.Count + 1}", at, FundEntryKind.Spend, amount, what, approver, entries.Count + 1, null, null));
        }

        return new ProjectGrant(fundId, balance, entries.Count, entries[0].At, entries[^1].At, entries);
    }

    private static readonly (string What, int Share)[] Spends = [("Tools and equipment", 35), ("Room hire for three months", 20), ("Materials", 15)];
}
