using System.Diagnostics;

namespace Rehab.Graph.SeedGenerator;

/// <summary>Draws who a volunteer mentor is and what lived experience they bring.</summary>
public sealed class MentorProfile(Random random)
{
    private static readonly (Gender, double)[] Genders =
        [(Gender.Male, 0.55), (Gender.Female, 0.42), (Gender.NonBinary, 0.03)];

    /// <summary>The kinds of organisation any mentor may volunteer with; women's centres take women only.</summary>
    public static IReadOnlyList<OrganisationKind> VolunteeringHosts { get; } =
        [OrganisationKind.Vcse, OrganisationKind.CommunityGroup, OrganisationKind.FaithGroup];

    /// <summary>What any mentor might offer; a generator may add offers of its own after these.</summary>
    public static IReadOnlyList<string> Offers { get; } =
    [
        "Happy to meet for a brew and go along to first appointments.",
        "Available weekday evenings and Saturday mornings.",
        "Good with forms, phone calls and Universal Credit journals.",
        "Keen on walking and happy to do sessions outdoors.",
        "Believes nobody should have to walk into a new service on their own.",
    ];

    public Gender DrawGender() => random.PickWeighted(Genders);

    /// <summary>One to three needs in the order drawn; the first is the mentor's main experience.</summary>
    public List<NeedCode> DrawLivedExperience(Gender gender)
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

    public string DescribeExperience(NeedCode mainExperience) => mainExperience switch
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
}
