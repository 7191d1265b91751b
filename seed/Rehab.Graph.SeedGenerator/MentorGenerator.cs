namespace Rehab.Graph.SeedGenerator;

/// <summary>Volunteer mentors with lived experience, attached to nearby community organisations.</summary>
public sealed class MentorGenerator(Random random, PseudonymGenerator pseudonyms)
{
    private static readonly string[] Backgrounds =
    [
        "Hull born and bred", "Former scaffolder", "Ex-warehouse supervisor", "Retired youth worker", "Trained chef",
        "HGV driver", "Care worker", "Self-employed joiner", "Former soldier", "Hairdresser", "Call-centre team leader",
        "Former dock worker", "Painter and decorator", "Student nurse", "Retired postal worker",
    ];

    private readonly MentorProfile _profile = new(random);

    public IReadOnlyList<Mentor> Generate(int count, IReadOnlyList<Organisation> organisations)
    {
        var mentors = new List<Mentor>();
        for (var i = 1; i <= count; i++)
        {
            var gender = _profile.DrawGender();
            List<string> languages = random.Chance(0.8) ? ["en"] : ["en", random.PickWeighted(CommunityLanguages.Weighted)];
            var area = HomeAreas.Pick(random);
            var home = Geo.Scatter(random, area.Place, 900);
            var livedExperience = _profile.DrawLivedExperience(gender);
            mentors.Add(new Mentor(
                $"mnt-{i:D4}",
                pseudonyms.Next(languages),
                gender,
                languages,
                livedExperience,
                random.Between(1, 4),
                home.Lat,
                home.Lon,
                Hosts(gender, home, organisations),
                Bio(livedExperience[0], languages)));
        }

        return mentors;
    }

    private List<string> Hosts(Gender gender, GeoPoint home, IReadOnlyList<Organisation> organisations)
    {
        var nearby = organisations
            .Where(o => MentorProfile.VolunteeringHosts.Contains(o.Kind) || (o.Kind == OrganisationKind.WomensCentre && gender == Gender.Female))
            .OrderBy(o => Geo.DistanceKm(home, new GeoPoint(o.Lat, o.Lon)))
            .Take(6)
            .ToList();
        return random.PickDistinct(nearby, random.Between(1, 2)).Select(o => o.Id).Order(StringComparer.Ordinal).ToList();
    }

    private string Bio(NeedCode mainExperience, IReadOnlyList<string> languages)
    {
        var experience = _profile.DescribeExperience(mainExperience);
        var offer = languages.Count > 1
            ? $"Speaks {CommunityLanguages.Name(languages[1])} as well as English."
            : random.Pick(MentorProfile.Offers);
        return $"{random.Pick(Backgrounds)}. {experience} {offer}";
    }
}
