using Rehab.Graph.RegionalData.Geography;

namespace Rehab.Graph.RegionalData.Generation;

/// <summary>People on probation across the region, with a profile mix loosely modelled on a real caseload.</summary>
public sealed class PersonGenerator(Random random, Pseudonyms pseudonyms, Homes homes)
{
    private static readonly (Gender, double)[] Genders =
        [(Gender.Male, 0.85), (Gender.Female, 0.13), (Gender.NonBinary, 0.01), (Gender.NotStated, 0.01)];

    private static readonly (RiskLevel, double)[] RiskLevels =
        [(RiskLevel.Low, 0.35), (RiskLevel.Medium, 0.45), (RiskLevel.High, 0.17), (RiskLevel.VeryHigh, 0.03)];

    // Probation caseloads skew young: birth-year bands with their share of people.
    private static readonly ((int From, int To), double)[] BirthYearBands =
        [((1998, 2006), 0.28), ((1988, 1997), 0.34), ((1978, 1987), 0.24), ((1960, 1977), 0.14)];

    private static readonly (NeedCode, double)[] MaleNeeds =
    [
        (NeedCode.Accommodation, 8), (NeedCode.EducationTrainingEmployment, 9), (NeedCode.Health, 4),
        (NeedCode.MentalHealth, 7), (NeedCode.Drugs, 7), (NeedCode.Alcohol, 6), (NeedCode.FinanceBenefitDebt, 7),
        (NeedCode.ChildrenFamilies, 3), (NeedCode.AttitudesThinkingBehaviour, 8), (NeedCode.AbuseDomesticViolence, 1),
        (NeedCode.Relationships, 4), (NeedCode.Lifestyle, 6),
    ];

    private static readonly (NeedCode, double)[] FemaleNeeds =
    [
        (NeedCode.Accommodation, 8), (NeedCode.EducationTrainingEmployment, 6), (NeedCode.Health, 5),
        (NeedCode.MentalHealth, 9), (NeedCode.Drugs, 6), (NeedCode.Alcohol, 5), (NeedCode.FinanceBenefitDebt, 8),
        (NeedCode.ChildrenFamilies, 7), (NeedCode.AttitudesThinkingBehaviour, 4), (NeedCode.AbuseDomesticViolence, 8),
        (NeedCode.SexWork, 3), (NeedCode.Relationships, 6), (NeedCode.Lifestyle, 4),
    ];

    private static readonly (RiskFlag, double)[] MaleFlags =
    [
        (RiskFlag.DomesticAbusePerpetrator, 8), (RiskFlag.ViolenceToStaff, 4), (RiskFlag.Weapons, 4),
        (RiskFlag.SexualOffence, 4), (RiskFlag.NoContactChildren, 4), (RiskFlag.Arson, 1.5),
    ];

    private static readonly (RiskFlag, double)[] FemaleFlags =
    [
        (RiskFlag.DomesticAbusePerpetrator, 3), (RiskFlag.ViolenceToStaff, 3), (RiskFlag.Weapons, 1),
        (RiskFlag.SexualOffence, 0.3), (RiskFlag.NoContactChildren, 3), (RiskFlag.Arson, 1),
    ];

    private static readonly StrengthCode[] OrdinaryStrengths =
        Enum.GetValues<StrengthCode>().Where(s => s != StrengthCode.Languages).ToArray();

    public IReadOnlyList<Person> Generate(int count, IReadOnlyList<Practitioner> practitioners)
    {
        var caseloads = practitioners.GroupBy(p => p.DeliveryUnit).ToDictionary(g => g.Key, g => g.Select(p => new Caseload(p)).ToList());
        var people = new List<Person>(count);
        for (var number = 1; number <= count; number++)
        {
            var gender = random.PickWeighted(Genders);
            var (home, neighbourhood) = homes.Next();
            var languages = Languages(neighbourhood.Centre);
            var riskOfHarm = random.PickWeighted(RiskLevels);
            var riskFlags = RiskFlags(gender, riskOfHarm);
            var caseload = caseloads[neighbourhood.Centre.DeliveryUnit(neighbourhood)].MinBy(c => c.People)!;
            caseload.People++;
            var (fromYear, toYear) = random.PickWeighted(BirthYearBands);
            people.Add(new Person(
                number,
                pseudonyms.Next(languages),
                gender,
                random.Between(fromYear, toYear),
                home,
                neighbourhood,
                languages,
                riskOfHarm,
                riskFlags,
                Needs(gender, riskFlags),
                Strengths(languages),
                caseload.Practitioner));
        }

        return people;
    }

    private sealed class Caseload(Practitioner practitioner)
    {
        public Practitioner Practitioner { get; } = practitioner;

        public int People { get; set; }
    }

    private CodeSet<Language> Languages(Centre centre)
    {
        var english = CodeSet<Language>.Empty.With(Language.En);
        if (!random.Chance(centre.OtherLanguageShare))
        {
            return english;
        }

        var community = random.PickWeighted(centre.CommunityLanguages);
        // Most speakers of a community language also speak English; one in six does not.
        return random.Chance(5.0 / 6) ? english.With(community) : CodeSet<Language>.Empty.With(community);
    }

    private CodeSet<RiskFlag> RiskFlags(Gender gender, RiskLevel riskOfHarm)
    {
        var count = riskOfHarm switch
        {
            RiskLevel.Low => random.PickWeighted([(0, 0.85), (1, 0.15)]),
            RiskLevel.Medium => random.PickWeighted([(0, 0.65), (1, 0.28), (2, 0.07)]),
            RiskLevel.High => random.PickWeighted([(0, 0.35), (1, 0.45), (2, 0.2)]),
            _ => random.PickWeighted([(0, 0.2), (1, 0.4), (2, 0.4)]),
        };
        var flags = CodeSet<RiskFlag>.Of(random.PickDistinctWeighted(gender == Gender.Female ? FemaleFlags : MaleFlags, count));
        // Sexual offences usually come with a no-contact-with-children condition.
        return flags.Contains(RiskFlag.SexualOffence) && random.Chance(0.7) ? flags.With(RiskFlag.NoContactChildren) : flags;
    }

    private List<PersonNeed> Needs(Gender gender, CodeSet<RiskFlag> riskFlags)
    {
        var count = random.PickWeighted([(1, 0.2), (2, 0.35), (3, 0.3), (4, 0.15)]);
        var codes = random.PickDistinctWeighted(gender == Gender.Female ? FemaleNeeds : MaleNeeds, count);
        // A domestic abuse flag means the abusive behaviour is itself a need the sentence plan addresses.
        if (riskFlags.Contains(RiskFlag.DomesticAbusePerpetrator) && !codes.Contains(NeedCode.AbuseDomesticViolence))
        {
            codes[0] = NeedCode.AbuseDomesticViolence;
        }

        return codes
            .Order()
            .Select(code => new PersonNeed(code, random.PickWeighted([(1, 0.3), (2, 0.45), (3, 0.25)])))
            .ToList();
    }

    private CodeSet<StrengthCode> Strengths(CodeSet<Language> languages)
    {
        var count = random.PickWeighted([(0, 0.2), (1, 0.35), (2, 0.3), (3, 0.15)]);
        var strengths = CodeSet<StrengthCode>.Of(random.PickDistinct(OrdinaryStrengths, count));
        return languages.Count > 1 ? strengths.With(StrengthCode.Languages) : strengths;
    }
}
