using System.Diagnostics;
using Rehab.Graph.RegionalData.Catalogue;
using Rehab.Graph.RegionalData.Geography;

namespace Rehab.Graph.RegionalData.Generation;

/// <summary>Volunteer mentors with lived experience, attached to community organisations near where they live.</summary>
public sealed class MentorGenerator(Random random, Pseudonyms pseudonyms, Homes homes)
{
    private const int HostSearchRings = 40;

    private static readonly (Gender, double)[] Genders =
        [(Gender.Male, 0.55), (Gender.Female, 0.42), (Gender.NonBinary, 0.03)];

    private static readonly OrganisationKind[] VolunteeringHosts =
        [OrganisationKind.Vcse, OrganisationKind.CommunityGroup, OrganisationKind.FaithGroup];

    private static readonly string[] Backgrounds =
    [
        "{town} born and bred", "Former scaffolder", "Ex-warehouse supervisor", "Retired youth worker", "Trained chef",
        "HGV driver", "Care worker", "Self-employed joiner", "Former soldier", "Hairdresser", "Call-centre team leader",
        "Former steelworker", "Painter and decorator", "Student nurse", "Retired postal worker", "Ex-miner's son",
        "Bus driver", "Former mill worker", "Plasterer", "Dinner lady", "Taxi driver", "Former boxer",
    ];

    private static readonly string[] Offers =
    [
        "Happy to meet for a brew and go along to first appointments.",
        "Available weekday evenings and Saturday mornings.",
        "Good with forms, phone calls and Universal Credit journals.",
        "Keen on walking and happy to do sessions outdoors.",
        "Believes nobody should have to walk into a new service on their own.",
        "Drives, so can help with lifts to appointments out of town.",
    ];

    public IReadOnlyList<Mentor> Generate(int count, IReadOnlyList<Organisation> organisations)
    {
        var hosts = new SpatialGrid<Organisation>(
            organisations.Where(o => VolunteeringHosts.Contains(o.Kind) || o.Kind == OrganisationKind.WomensCentre),
            o => o.Location);
        var mentors = new List<Mentor>(count);
        for (var number = 1; number <= count; number++)
        {
            var gender = random.PickWeighted(Genders);
            var (home, neighbourhood) = homes.Next();
            var languages = CodeSet<Language>.Empty.With(Language.En);
            if (random.Chance(Math.Min(0.5, neighbourhood.Centre.OtherLanguageShare * 1.5)))
            {
                languages = languages.With(random.PickWeighted(neighbourhood.Centre.CommunityLanguages));
            }

            var livedExperience = LivedExperience(gender);
            var nearby = hosts.Nearest(
                home,
                6,
                o => o.Kind != OrganisationKind.WomensCentre || gender == Gender.Female,
                HostSearchRings);
            mentors.Add(new Mentor(
                number,
                pseudonyms.Next(languages),
                gender,
                languages,
                CodeSet<NeedCode>.Of(livedExperience),
                random.Between(1, 4),
                home,
                random.PickDistinct(nearby, random.Between(1, 2)).OrderBy(o => o.Number).ToList(),
                Bio(livedExperience[0], languages, neighbourhood.Centre)));
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

    private string Bio(NeedCode mainExperience, CodeSet<Language> languages, Centre town)
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
        var community = languages.FirstOrDefault(l => l != Language.En);
        var offer = community != Language.En
            ? $"Speaks {Vocabulary.LanguageName(community)} as well as English."
            : random.Pick(Offers);
        return $"{random.Pick(Backgrounds).Replace("{town}", town.Name)}. {experience} {offer}";
    }
}
