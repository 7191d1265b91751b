namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Which communities' own services each person wants (<c>Person.byAndFor</c>), by a rule over what the set already says
/// of them and draws no random number, so every other value of the set is what it was before people had wishes.
/// <list type="bullet">
/// <item>A woman, someone aged 18 to 25, or someone who speaks a language besides English (the set's only sign of a
/// minority ethnic community) wants the services run by and for women, young adults or minority ethnic communities when
/// they already attend one, or one within <see cref="NearKm"/> of home addresses a need of theirs: a community's own
/// service they know of and could use, not a label from their profile alone.</item>
/// <item>The sets have no services run by and for older people, disabled people or LGBT+ people, so those wishes follow
/// the person alone: someone aged 60 or over with a health or mental health need wants older people's; someone whose
/// health need is the highest (3) wants disabled people's, as a person records no disability; a non-binary person wants
/// LGBT+ people's.</item>
/// </list>
/// </summary>
public static class ByAndForWishes
{
    /// <summary>How near home a community's own service for one of their needs makes someone want that community's.</summary>
    public const double NearKm = 3;

    private const int YoungAdultFrom = 18;
    private const int YoungAdultTo = 25;
    private const int OlderFrom = 60;
    private const int HighestSeverity = 3;

    /// <summary>The people with their wishes; those in <paramref name="without"/>, and anyone the rule gives none, keep none.</summary>
    public static IReadOnlyList<Person> Add(Dataset dataset, IReadOnlySet<string> without)
    {
        var services = dataset.Providers.Services;
        var serviceById = services.ToDictionary(s => s.Id);
        var attended = dataset.Ties.Attended.ToLookup(a => a.PersonId, a => serviceById[a.ServiceId]);
        var nearby = new Dictionary<Community, NearbyServices>
        {
            [Community.Women] = new(services, Community.Women),
            [Community.YoungAdults] = new(services, Community.YoungAdults),
            [Community.MinorityEthnic] = new(services, Community.MinorityEthnic),
        };
        return
        [
            .. dataset.People.Select(person =>
            {
                if (without.Contains(person.Id))
                {
                    return person;
                }

                var wishes = Wishes(person, attended[person.Id], nearby);
                return wishes.Count == 0 ? person : person with { ByAndFor = wishes };
            }),
        ];
    }

    private static List<Community> Wishes(Person person, IEnumerable<Service> attends, Dictionary<Community, NearbyServices> nearby)
    {
        var age = Eligibility.ReferenceYear - person.BirthYear;
        var needs = person.Needs.Select(n => n.Code).ToHashSet();
        var home = new GeoPoint(person.HomeLat, person.HomeLon);
        var attended = attends.ToList();

        bool Knows(Community community) =>
            attended.Any(s => s.ByAndFor?.Contains(community) == true)
            || nearby[community].Any(home, s => s.Needs.Any(needs.Contains));

        var wishes = new List<Community>();
        if (person.Gender == Gender.Female && Knows(Community.Women))
        {
            wishes.Add(Community.Women);
        }

        if (age is >= YoungAdultFrom and <= YoungAdultTo && Knows(Community.YoungAdults))
        {
            wishes.Add(Community.YoungAdults);
        }

        if (person.Languages.Any(l => l != "en") && Knows(Community.MinorityEthnic))
        {
            wishes.Add(Community.MinorityEthnic);
        }

        if (age >= OlderFrom && (needs.Contains(NeedCode.Health) || needs.Contains(NeedCode.MentalHealth)))
        {
            wishes.Add(Community.OlderPeople);
        }

        if (person.Needs.Any(n => n.Code == NeedCode.Health && n.Severity == HighestSeverity))
        {
            wishes.Add(Community.DisabledPeople);
        }

        if (person.Gender == Gender.NonBinary)
        {
            wishes.Add(Community.LgbtqPlus);
        }

        // In the order the hub stores a person's communities (CommunityCodes.Validate), as the services' are written.
        return [.. wishes.OrderBy(c => EnumCodes.ToCode(c), StringComparer.Ordinal)];
    }

    /// <summary>
    /// A community's services with a place, bucketed in squares of <see cref="NearKm"/>, so "is one near" measures the
    /// few in the nine squares around a home rather than every service of a national-scale set.
    /// </summary>
    private sealed class NearbyServices
    {
        private const double KmPerDegreeLat = 111.32;

        private readonly Dictionary<(int Row, int Col), List<(Service Service, GeoPoint At)>> _squares = [];

        public NearbyServices(IEnumerable<Service> services, Community community)
        {
            foreach (var service in services.Where(s => s is { Lat: not null, Lon: not null } && s.ByAndFor?.Contains(community) == true))
            {
                var at = new GeoPoint(service.Lat!.Value, service.Lon!.Value);
                var square = Square(at);
                if (!_squares.TryGetValue(square, out var inSquare))
                {
                    _squares[square] = inSquare = [];
                }

                inSquare.Add((service, at));
            }
        }

        public bool Any(GeoPoint home, Func<Service, bool> matches)
        {
            var (row, col) = Square(home);
            for (var r = row - 1; r <= row + 1; r++)
            {
                for (var c = col - 1; c <= col + 1; c++)
                {
                    if (_squares.TryGetValue((r, c), out var inSquare) && inSquare.Any(s => home.DistanceKm(s.At) <= NearKm && matches(s.Service)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // A square is NearKm east to west at 60° north and wider south of it, where every set lies, so the nine around a
        // home hold everything within NearKm of it.
        private static (int Row, int Col) Square(GeoPoint point) =>
            ((int)Math.Floor(point.Lat * KmPerDegreeLat / NearKm), (int)Math.Floor(point.Lon * KmPerDegreeLat * 0.5 / NearKm));
    }
}
