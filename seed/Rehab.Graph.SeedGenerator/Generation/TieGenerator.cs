using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Relationships between the generated entities: people mostly know, and use services near, where they live, and only
/// ever what the connector's hard rules would offer them (<see cref="Eligibility"/>).
/// </summary>
/// <param name="onlineServicesWeighed">
/// How many online services, drawn at random, a person weighs against the local ones; null weighs them all, as in a
/// small region where everyone has heard of every one.
/// </param>
public sealed class TieGenerator(Random random, int? onlineServicesWeighed, Progress progress)
{
    private const int MaxServicesPerPerson = 4;
    private const int MaxPlacementsPerPerson = 2;
    private const int NearestPeople = 20;

    /// <summary>Online services feel a few kilometres away: convenient, but people still favour local ones.</summary>
    private const double OnlineFeelsKm = 4.0;

    /// <summary>Women who can use a women-only service tend to choose it, so those feel twice as close.</summary>
    private const double WomenOnlyFeels = 0.5;

    private static readonly (TieKind, double)[] AcquaintanceKinds =
    [
        (TieKind.Friend, 0.3), (TieKind.Peer, 0.3), (TieKind.Family, 0.18),
        (TieKind.CoDefendant, 0.1), (TieKind.ExPartner, 0.07), (TieKind.Partner, 0.05),
    ];

    public Ties Generate(Counts counts, IReadOnlyList<Person> people, IReadOnlyList<Mentor> mentors, Providers providers)
    {
        var eligibility = new Eligibility(providers.Organisations);
        var knows = progress.Step("KNOWS", () => Acquaintances(people, counts.Acquaintances));
        var mentoring = progress.Step("MENTORS", () => Mentoring(people, mentors, eligibility, counts.Mentorings));
        var attended = progress.Step("ATTENDED", () => Attendances(people, providers.Services, eligibility, counts.Attendances));
        var completed = progress.Step("COMPLETED", () => Completions(people, providers.Placements, eligibility, counts.Completions));
        var partnersWith = progress.Step("PARTNERS_WITH", () => Partnerships(providers.Organisations, counts.Partnerships));
        return new Ties(knows, mentoring, attended, completed, partnersWith);
    }

    /// <summary>Most people someone knows live nearby, some elsewhere in their town, a few further afield.</summary>
    private List<Acquaintance> Acquaintances(IReadOnlyList<Person> people, int target)
    {
        var index = new SpatialIndex<Person>(people, Home);
        var nearest = new Dictionary<Person, List<Person>>(ReferenceEqualityComparer.Instance);
        var towns = people.GroupBy(p => p.Town!).ToDictionary(g => g.Key, g => g.ToList());
        var pairs = new HashSet<(string, string)>();
        var partnered = new HashSet<string>();
        return TieSampling.Fill(target, () =>
        {
            var from = random.Pick(people);
            var roll = random.NextDouble();
            var to = random.Pick(roll < 0.75 ? Neighbours(from) : roll < 0.95 ? towns[from.Town!] : people);
            if (ReferenceEquals(from, to) || !pairs.Add(UnorderedPair(from.Id, to.Id)))
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
        }, progress.Ticker("KNOWS", target));

        List<Person> Neighbours(Person person)
        {
            if (!nearest.TryGetValue(person, out var neighbours))
            {
                nearest[person] = neighbours = index.Nearest(Home(person), NearestPeople, other => !ReferenceEquals(other, person));
            }

            return neighbours;
        }
    }

    private List<Mentoring> Mentoring(IReadOnlyList<Person> people, IReadOnlyList<Mentor> mentors, Eligibility eligibility, int target)
    {
        var index = new SpatialIndex<ListedMentor>(
            mentors.Select(m => new ListedMentor(m, NeedBits.Of(m.LivedExperience), eligibility.Listing(m))),
            m => new GeoPoint(m.Mentor.Lat, m.Mentor.Lon),
            tags: m => m.LivedExperience);
        var mentored = new HashSet<string>();
        // Mentors only fill up, so someone no mentor could take stays so; they are not searched for again.
        var unmatched = new HashSet<string>();
        return TieSampling.Fill(target, () =>
        {
            var person = random.Pick(people);
            if (mentored.Contains(person.Id) || unmatched.Contains(person.Id))
            {
                return null;
            }

            var profile = Eligibility.Profile(person);
            var closest = index.Nearest(
                Home(person),
                3,
                m => Eligibility.MayMentor(profile, m.Mentor, m.Listing, m.Mentees),
                wanted: NeedBits.Of(person.Needs.Select(n => n.Code)));
            if (closest.Count == 0)
            {
                unmatched.Add(person.Id);
                return null;
            }

            mentored.Add(person.Id);
            var mentor = random.Pick(closest);
            mentor.Mentees++;
            return new Mentoring(mentor.Mentor.Id, person.Id);
        }, progress.Ticker("MENTORS", target));
    }

    private List<Attendance> Attendances(IReadOnlyList<Person> people, IReadOnlyList<Service> services, Eligibility eligibility, int target)
    {
        var listed = services.Select((s, order) => new ListedService(s, order, NeedBits.Of(s.Needs), eligibility.Offer(s))).ToList();
        var local = new SpatialIndex<ListedService>(
            listed.Where(l => !l.Service.Online),
            l => new GeoPoint(l.Service.Lat!.Value, l.Service.Lon!.Value),
            l => l.Service.WomenOnly ? WomenOnlyFeels : 1,
            l => l.Needs);
        var online = listed.Where(l => l.Service.Online).ToList();
        var seen = new HashSet<(string, string)>();
        var perPerson = people.ToDictionary(p => p.Id, _ => 0);
        return TieSampling.Fill(target, () =>
        {
            var person = random.Pick(people);
            if (perPerson[person.Id] == MaxServicesPerPerson)
            {
                return null;
            }

            var profile = Eligibility.Profile(person);
            var needs = NeedBits.Of(person.Needs.Select(n => n.Code));
            // Most draws are of someone who has attended nothing yet, for whom there is nothing to look up.
            var attendedAny = perPerson[person.Id] > 0;
            bool Suits(ListedService l) => (l.Needs & needs) != 0 && !(attendedAny && seen.Contains((person.Id, l.Service.Id))) && Eligibility.Allows(profile, l.Offer);

            // Only someone women-only services are open to has any to feel nearer; for anyone else the search can stay tight.
            var leastFeel = Eligibility.WomenOnlyOpenTo(profile) ? WomenOnlyFeels : 1;
            var candidates = local.Search(Home(person), 6, Suits, leastFeel, wanted: needs)
                .Select(found => (found.Item, found.Km))
                .ToList();
            candidates.AddRange(Weighed(online, Suits).Select(l => (l, OnlineFeelsKm)));
            // Of two as near, the one listed first, as a sort of the whole list would have it.
            var closest = candidates.OrderBy(c => c.Km).ThenBy(c => c.Item.Order).Take(6).Select(c => c.Item.Service).ToList();
            if (closest.Count == 0)
            {
                return null;
            }

            var service = random.Pick(closest);
            seen.Add((person.Id, service.Id));
            perPerson[person.Id]++;
            return new Attendance(person.Id, service.Id);
        }, progress.Ticker("ATTENDED", target));
    }

    /// <summary>The online services a person weighs up: the first six that suit them, or a random few.</summary>
    private IEnumerable<ListedService> Weighed(List<ListedService> online, Func<ListedService, bool> suits) =>
        onlineServicesWeighed is not { } few ? online.Where(suits).Take(6)
        : online.Count == 0 ? []
        : Enumerable.Range(0, few).Select(_ => random.Pick(online)).Where(suits).Distinct();

    private List<Completion> Completions(IReadOnlyList<Person> people, IReadOnlyList<Placement> placements, Eligibility eligibility, int target)
    {
        var index = new SpatialIndex<(Placement Placement, Offer Offer)>(placements.Select(p => (p, eligibility.Offer(p))), p => new GeoPoint(p.Placement.Lat, p.Placement.Lon));
        var seen = new HashSet<(string, string)>();
        var perPerson = people.ToDictionary(p => p.Id, _ => 0);
        // What someone has completed only grows, so someone no placement suits stays so; they are not searched for again.
        var unmatched = new HashSet<string>();
        return TieSampling.Fill(target, () =>
        {
            var person = random.Pick(people);
            if (perPerson[person.Id] == MaxPlacementsPerPerson || unmatched.Contains(person.Id))
            {
                return null;
            }

            var profile = Eligibility.Profile(person);
            var completedAny = perPerson[person.Id] > 0;
            var closest = index.Nearest(Home(person), 4, p => !(completedAny && seen.Contains((person.Id, p.Placement.Id))) && Eligibility.Allows(profile, p.Offer));
            if (closest.Count == 0)
            {
                unmatched.Add(person.Id);
                return null;
            }

            var (placement, _) = random.Pick(closest);
            seen.Add((person.Id, placement.Id));
            perPerson[person.Id]++;
            return new Completion(person.Id, placement.Id);
        }, progress.Ticker("COMPLETED", target));
    }

    /// <summary>Organisations mostly partner with neighbours, sometimes across their town, now and then across the region.</summary>
    private List<Partnership> Partnerships(IReadOnlyList<Organisation> organisations, int target)
    {
        var index = new SpatialIndex<Organisation>(organisations, o => new GeoPoint(o.Lat, o.Lon));
        var towns = organisations.GroupBy(o => o.Town!).ToDictionary(g => g.Key, g => g.ToList());
        var pairs = new HashSet<(string, string)>();
        return TieSampling.Fill(target, () =>
        {
            var from = random.Pick(organisations);
            var roll = random.NextDouble();
            var to = roll < 0.7 ? random.Pick(index.Nearest(new GeoPoint(from.Lat, from.Lon), 10, o => !ReferenceEquals(o, from)))
                : roll < 0.95 ? random.Pick(towns[from.Town!])
                : random.Pick(organisations);
            return ReferenceEquals(from, to) || !pairs.Add(UnorderedPair(from.Id, to.Id)) ? null : new Partnership(from.Id, to.Id);
        }, progress.Ticker("PARTNERS_WITH", target));
    }

    private static (string, string) UnorderedPair(string a, string b) =>
        string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static GeoPoint Home(Person person) => new(person.HomeLat, person.HomeLon);

    /// <summary>A service as the ties weigh it: where it is in the list, its needs as bits, and its offer for the hard rules.</summary>
    private sealed record ListedService(Service Service, int Order, int Needs, Offer Offer);

    /// <summary>A mentor as the ties weigh them, with how many people they mentor so far.</summary>
    private sealed record ListedMentor(Mentor Mentor, int LivedExperience, MentorListing Listing)
    {
        public int Mentees { get; set; }
    }
}
