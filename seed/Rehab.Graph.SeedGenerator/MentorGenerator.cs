using System.Diagnostics;

namespace Rehab.Graph.SeedGenerator;

/// <summary>Volunteer mentors with lived experience, attached to nearby community organisations.</summary>
public sealed class MentorGenerator(Random random, PseudonymGenerator pseudonyms)
{
    private static readonly (Gender, double)[] Genders =
        [(Gender.Male, 0.55), (Gender.Female, 0.42), (Gender.NonBinary, 0.03)];

    private static readonly OrganisationKind[] VolunteeringHosts =
        [OrganisationKind.Vcse, OrganisationKind.CommunityGroup, OrganisationKind.FaithGroup];

    private static readonly string[] Backgrounds =
    [
        "Hull born and bred", "Former scaffolder", "Ex-warehouse supervisor", "Retired youth worker", "Trained chef",
        "HGV driver", "Care worker", "Self-employed joiner", "Former soldier", "Hairdresser", "Call-centre team leader",
        "Former dock worker", "Painter and decorator", "Student nurse", "Retired postal worker",
    ];

    private static readonly string[] Offers =
    [
        "Happy to meet for a brew and go along to first appointments.",
        "Available weekday evenings and Saturday mornings.",
        "Good with forms, phone calls and Universal Credit journals.",
        "Keen on walking and happy to do sessions outdoors.",
        "Believes nobody should have to walk into a new service on their own.",
    ];

    public IReadOnlyList<Mentor> Generate(int count, IReadOnlyList<Organisation> organisations)
    {
        var mentors = new List<Mentor>();
        for (var i = 1; i <= count; i++)
        {
            var gender = random.PickWeighted(Genders);
            List<string> languages = random.Chance(0.8) ? ["en"] : ["en", random.PickWeighted(CommunityLanguages.Weighted)];
            var area = HomeAreas.Pick(random);
            var home = Geo.Scatter(random, area.Place, 900);
            var livedExperience = LivedExperience(gender);
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

    private List<NeedCode> LivedExperience(Gender gender)
    {
        // Only women mentor on sex work, and women more often bring experience of domestic abuse.
        var weights = Enum.GetValues<NeedCode>()
            .Select(code => (code, code switch
            {
                NeedCode.SexWork => gender == Gender.Female ? 1.5 : 0,
                NeedCode.AbuseDomesticViolence => gender == Gender.Female ? 3 : 1,
                NeedCode.Drugs or NeedCode.Alcohol or NeedCode.AttitudesThinkingBehaviour => 3,
                _ => 1.5,
            }))
            .ToList();
        return random.PickDistinctWeighted(weights, random.Between(1, 3));
    }

    private List<string> Hosts(Gender gender, GeoPoint home, IReadOnlyList<Organisation> organisations)
    {
        var nearby = organisations
            .Where(o => VolunteeringHosts.Contains(o.Kind) || (o.Kind == OrganisationKind.WomensCentre && gender == Gender.Female))
            .OrderBy(o => Geo.DistanceKm(home, new GeoPoint(o.Lat, o.Lon)))
            .Take(6)
            .ToList();
        return random.PickDistinct(nearby, random.Between(1, 2)).Select(o => o.Id).Order(StringComparer.Ordinal).ToList();
    }

    private string Bio(NeedCode mainExperience, IReadOnlyList<string> languages)
    {
        var experience = mainExperience switch
        {
            NeedCode.Accommodation => "Spent two winters sofa-surfing before getting a flat through a housing project.",
            NeedCode.EducationTrainingEmployment => "Left school with nothing, went back to college at thirty and never looked back.",
            NeedCode.Health => "Rebuilt their health after years of neglect and a long stay in hospital.",
            NeedCode.MentalHealth => "Lives with depression and knows how hard the first appointment can be.",
            NeedCode.Drugs => $"In recovery from heroin and crack since {random.Between(2008, 2019)}.",
            NeedCode.Alcohol => $"{random.Between(3, 15)} years sober after a long struggle with drink.",
            NeedCode.FinanceBenefitDebt => "Cleared thousands of pounds of debt with help from an advice service.",
            NeedCode.ChildrenFamilies => "Fought to get contact with their children back after a prison sentence.",
            NeedCode.AttitudesThinkingBehaviour => "Served a prison sentence in their twenties and talks openly about what changed.",
            NeedCode.AbuseDomesticViolence => "A survivor of domestic abuse who helps others find safe support.",
            NeedCode.SexWork => "Left street sex work more than ten years ago.",
            NeedCode.Relationships => "Knows how a relationship breakdown can knock everything sideways.",
            NeedCode.Lifestyle => "Swapped the wrong crowd for boxing, fishing and five-a-side.",
            _ => throw new UnreachableException(),
        };
        var offer = languages.Count > 1
            ? $"Speaks {CommunityLanguages.Name(languages[1])} as well as English."
            : random.Pick(Offers);
        return $"{random.Pick(Backgrounds)}. {experience} {offer}";
    }
}
