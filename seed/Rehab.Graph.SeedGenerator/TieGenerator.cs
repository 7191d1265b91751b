namespace Rehab.Graph.SeedGenerator;

/// <summary>Relationships between the generated entities; people mostly know, and use services near, where they live.</summary>
public sealed class TieGenerator(Random random)
{
    private const int MaxServicesPerPerson = 4;
    private const int MaxPlacementsPerPerson = 2;

    private static readonly (TieKind, double)[] AcquaintanceKinds =
    [
        (TieKind.Friend, 0.3), (TieKind.Peer, 0.3), (TieKind.Family, 0.18),
        (TieKind.CoDefendant, 0.1), (TieKind.ExPartner, 0.07), (TieKind.Partner, 0.05),
    ];

    public Ties Generate(DemoRegionCounts counts, IReadOnlyList<Person> people, IReadOnlyList<Mentor> mentors, Providers providers)
    {
        var knows = Acquaintances(people, counts.Acquaintances);
        var mentoring = Mentoring(people, mentors, counts.Mentorings);
        var attended = Attendances(people, providers.Services, counts.Attendances);
        var completed = Completions(people, providers.Placements, counts.Completions);
        var partnersWith = Partnerships(providers.Organisations, counts.Partnerships);
        return new Ties(knows, mentoring, attended, completed, partnersWith);
    }

    private List<Acquaintance> Acquaintances(IReadOnlyList<Person> people, int target)
    {
        var neighbours = people.ToDictionary(
            p => p.Id,
            p => people.Where(o => o != p).OrderBy(o => Distance(p, o)).Take(20).ToList());
        var pairs = new HashSet<(string, string)>();
        var partnered = new HashSet<string>();
        return TieSampling.Fill(target, () =>
        {
            var from = random.Pick(people);
            var to = random.Chance(0.75) ? random.Pick(neighbours[from.Id]) : random.Pick(people);
            if (from == to || !pairs.Add(UnorderedPair(from.Id, to.Id)))
            {
                return null;
            }

            var kind = random.PickWeighted(AcquaintanceKinds);
            if (kind == TieKind.Partner && (partnered.Contains(from.Id) || partnered.Contains(to.Id)))
            {
                kind = TieKind.Friend;
            }

            if (kind == TieKind.Partner)
            {
                partnered.Add(from.Id);
                partnered.Add(to.Id);
            }

            return new Acquaintance(from.Id, to.Id, kind, random.Chance(TieSampling.ProsocialChance(kind)));
        });
    }

    private List<Mentoring> Mentoring(IReadOnlyList<Person> people, IReadOnlyList<Mentor> mentors, int target)
    {
        var load = mentors.ToDictionary(m => m.Id, _ => 0);
        var mentored = new HashSet<string>();
        return TieSampling.Fill(target, () =>
        {
            var person = random.Pick(people);
            if (mentored.Contains(person.Id))
            {
                return null;
            }

            var needs = person.Needs.Select(n => n.Code).ToList();
            var closest = mentors
                .Where(m => load[m.Id] < m.Capacity && Eligibility.CanMentor(m, person) && m.LivedExperience.Intersect(needs).Any())
                .OrderBy(m => Geo.DistanceKm(new GeoPoint(m.Lat, m.Lon), Home(person)))
                .Take(3)
                .ToList();
            if (closest.Count == 0)
            {
                return null;
            }

            mentored.Add(person.Id);
            var mentor = random.Pick(closest);
            load[mentor.Id]++;
            return new Mentoring(mentor.Id, person.Id);
        });
    }

    private List<Attendance> Attendances(IReadOnlyList<Person> people, IReadOnlyList<Service> services, int target)
    {
        var seen = new HashSet<(string, string)>();
        var perPerson = people.ToDictionary(p => p.Id, _ => 0);
        return TieSampling.Fill(target, () =>
        {
            var person = random.Pick(people);
            if (perPerson[person.Id] == MaxServicesPerPerson)
            {
                return null;
            }

            var needs = person.Needs.Select(n => n.Code).ToList();
            var closest = services
                .Where(s => s.Needs.Intersect(needs).Any() && Eligibility.CanAttend(person, s) && !seen.Contains((person.Id, s.Id)))
                .OrderBy(s => PerceivedDistanceKm(person, s))
                .Take(6)
                .ToList();
            if (closest.Count == 0)
            {
                return null;
            }

            var service = random.Pick(closest);
            seen.Add((person.Id, service.Id));
            perPerson[person.Id]++;
            return new Attendance(person.Id, service.Id);
        });
    }

    private List<Completion> Completions(IReadOnlyList<Person> people, IReadOnlyList<Placement> placements, int target)
    {
        var seen = new HashSet<(string, string)>();
        var perPerson = people.ToDictionary(p => p.Id, _ => 0);
        return TieSampling.Fill(target, () =>
        {
            var person = random.Pick(people);
            if (perPerson[person.Id] == MaxPlacementsPerPerson)
            {
                return null;
            }

            var closest = placements
                .Where(p => Eligibility.CanComplete(person, p) && !seen.Contains((person.Id, p.Id)))
                .OrderBy(p => Geo.DistanceKm(Home(person), new GeoPoint(p.Lat, p.Lon)))
                .Take(4)
                .ToList();
            if (closest.Count == 0)
            {
                return null;
            }

            var placement = random.Pick(closest);
            seen.Add((person.Id, placement.Id));
            perPerson[person.Id]++;
            return new Completion(person.Id, placement.Id);
        });
    }

    private List<Partnership> Partnerships(IReadOnlyList<Organisation> organisations, int target)
    {
        var pairs = new HashSet<(string, string)>();
        return TieSampling.Fill(target, () =>
        {
            var from = random.Pick(organisations);
            var to = random.Chance(0.7)
                ? random.Pick(organisations
                    .Where(o => o != from)
                    .OrderBy(o => Geo.DistanceKm(new GeoPoint(from.Lat, from.Lon), new GeoPoint(o.Lat, o.Lon)))
                    .Take(10)
                    .ToList())
                : random.Pick(organisations);
            return from == to || !pairs.Add(UnorderedPair(from.Id, to.Id)) ? null : new Partnership(from.Id, to.Id);
        });
    }

    /// <summary>
    /// Online services feel a few kilometres away: convenient, but people still favour local ones.
    /// Women who can use a women-only service tend to choose it, so those feel twice as close.
    /// </summary>
    private static double PerceivedDistanceKm(Person person, Service service) =>
        service.Online ? 4.0
        : Geo.DistanceKm(Home(person), new GeoPoint(service.Lat!.Value, service.Lon!.Value)) / (service.WomenOnly ? 2 : 1);

    private static (string, string) UnorderedPair(string a, string b) =>
        string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static GeoPoint Home(Person person) => new(person.HomeLat, person.HomeLon);

    private static double Distance(Person a, Person b) => Geo.DistanceKm(Home(a), Home(b));
}
