using Rehab.Graph.RegionalData.Geography;

namespace Rehab.Graph.RegionalData.Generation;

/// <summary>Relationships between the generated entities; people mostly know, and use services near, where they live.</summary>
public sealed class TieGenerator(Random random)
{
    private const int MaxServicesPerPerson = 4;
    private const int MaxPlacementsPerPerson = 2;
    private const int SearchRings = 15;

    private static readonly (TieKind, double)[] AcquaintanceKinds =
    [
        (TieKind.Friend, 0.3), (TieKind.Peer, 0.3), (TieKind.Family, 0.18),
        (TieKind.CoDefendant, 0.1), (TieKind.ExPartner, 0.07), (TieKind.Partner, 0.05),
    ];

    public Ties Generate(RegionalCounts counts, IReadOnlyList<Person> people, IReadOnlyList<Mentor> mentors, Providers providers) =>
        new(
            Acquaintances(people, counts.Acquaintances),
            Mentoring(people, mentors, counts.Mentorings),
            Attendances(people, providers.Services, counts.Attendances),
            Completions(people, providers.Placements, counts.Completions),
            Partnerships(providers.Organisations, counts.Partnerships));

    /// <summary>Most people someone knows live in the same neighbourhood, some elsewhere in the town, a few further afield.</summary>
    private List<Acquaintance> Acquaintances(IReadOnlyList<Person> people, int target)
    {
        var byNeighbourhood = people.GroupBy(p => p.Neighbourhood).ToDictionary(g => g.Key, g => g.ToList());
        var byCentre = people.GroupBy(p => p.Neighbourhood.Centre).ToDictionary(g => g.Key, g => g.ToList());
        var pairs = new HashSet<(int, int)>();
        var partnered = new HashSet<int>();
        return TieSampling.Fill(target, () =>
        {
            var from = random.Pick(people);
            var roll = random.NextDouble();
            var to = random.Pick(roll < 0.75 ? byNeighbourhood[from.Neighbourhood] : roll < 0.95 ? byCentre[from.Neighbourhood.Centre] : people);
            if (from.Number == to.Number || !pairs.Add(UnorderedPair(from.Number, to.Number)))
            {
                return null;
            }

            var kind = random.PickWeighted(AcquaintanceKinds);
            if (kind == TieKind.Partner && (partnered.Contains(from.Number) || partnered.Contains(to.Number)))
            {
                kind = TieKind.Friend;
            }

            if (kind == TieKind.Partner)
            {
                partnered.Add(from.Number);
                partnered.Add(to.Number);
            }

            return new Acquaintance(from, to, kind, random.Chance(TieSampling.ProsocialChance(kind)));
        });
    }

    private List<Mentoring> Mentoring(IReadOnlyList<Person> people, IReadOnlyList<Mentor> mentors, int target)
    {
        var grid = new SpatialGrid<Mentor>(mentors, m => m.Home);
        var load = new int[mentors.Count + 1];
        var mentored = new HashSet<int>();
        return TieSampling.Fill(target, () =>
        {
            var person = random.Pick(people);
            if (mentored.Contains(person.Number))
            {
                return null;
            }

            var closest = grid.Nearest(
                person.Home,
                3,
                m => load[m.Number] < m.Capacity && Eligibility.CanMentor(m, person) && m.LivedExperience.Overlaps(person.NeedCodes),
                SearchRings);
            if (closest.Count == 0)
            {
                return null;
            }

            mentored.Add(person.Number);
            var mentor = random.Pick(closest);
            load[mentor.Number]++;
            return new Mentoring(mentor, person);
        });
    }

    private List<Attendance> Attendances(IReadOnlyList<Person> people, IReadOnlyList<Service> services, int target)
    {
        var grid = new SpatialGrid<Service>(services.Where(s => !s.Online), s => s.Location!);
        var online = services.Where(s => s.Online).ToList();
        var seen = new HashSet<(int, int)>();
        var perPerson = new int[people.Count + 1];
        return TieSampling.Fill(target, () =>
        {
            var person = random.Pick(people);
            if (perPerson[person.Number] == MaxServicesPerPerson)
            {
                return null;
            }

            bool Suits(Service s) => s.Needs.Overlaps(person.NeedCodes) && Eligibility.CanAttend(person, s) && !seen.Contains((person.Number, s.Number));

            // A couple of online services compete with the nearest local ones on perceived distance.
            var candidates = grid.Nearest(person.Home, 6, Suits, SearchRings);
            candidates.AddRange(Enumerable.Range(0, 2).Select(_ => random.Pick(online)).Where(Suits).Distinct());
            var closest = candidates.OrderBy(s => PerceivedDistanceKm(person, s)).ThenBy(s => s.Number).Take(6).ToList();
            if (closest.Count == 0)
            {
                return null;
            }

            var service = random.Pick(closest);
            seen.Add((person.Number, service.Number));
            perPerson[person.Number]++;
            return new Attendance(person, service);
        });
    }

    private List<Completion> Completions(IReadOnlyList<Person> people, IReadOnlyList<Placement> placements, int target)
    {
        var grid = new SpatialGrid<Placement>(placements, p => p.Location);
        var seen = new HashSet<(int, int)>();
        var perPerson = new int[people.Count + 1];
        return TieSampling.Fill(target, () =>
        {
            var person = random.Pick(people);
            if (perPerson[person.Number] == MaxPlacementsPerPerson)
            {
                return null;
            }

            var closest = grid.Nearest(
                person.Home,
                4,
                p => Eligibility.CanComplete(person, p) && !seen.Contains((person.Number, p.Number)),
                SearchRings);
            if (closest.Count == 0)
            {
                return null;
            }

            var placement = random.Pick(closest);
            seen.Add((person.Number, placement.Number));
            perPerson[person.Number]++;
            return new Completion(person, placement);
        });
    }

    /// <summary>Organisations mostly partner with neighbours, sometimes across their town, now and then across the region.</summary>
    private List<Partnership> Partnerships(IReadOnlyList<Organisation> organisations, int target)
    {
        var grid = new SpatialGrid<Organisation>(organisations, o => o.Location);
        var byCentre = organisations.GroupBy(o => o.Centre).ToDictionary(g => g.Key, g => g.ToList());
        var pairs = new HashSet<(int, int)>();
        return TieSampling.Fill(target, () =>
        {
            var from = random.Pick(organisations);
            var roll = random.NextDouble();
            var to = roll < 0.7 ? random.Pick(grid.Nearest(from.Location, 10, o => o.Number != from.Number, SearchRings))
                : roll < 0.95 ? random.Pick(byCentre[from.Centre])
                : random.Pick(organisations);
            return from.Number == to.Number || !pairs.Add(UnorderedPair(from.Number, to.Number)) ? null : new Partnership(from, to);
        });
    }

    /// <summary>
    /// Online services feel a few kilometres away: convenient, but people still favour local ones.
    /// Women who can use a women-only service tend to choose it, so those feel twice as close.
    /// </summary>
    private static double PerceivedDistanceKm(Person person, Service service) =>
        service.Location is not { } location ? 4.0 : person.Home.DistanceKm(location) / (service.WomenOnly ? 2 : 1);

    private static (int, int) UnorderedPair(int a, int b) => a < b ? (a, b) : (b, a);
}
