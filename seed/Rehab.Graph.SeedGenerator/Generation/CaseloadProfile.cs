namespace Rehab.Graph.SeedGenerator;

/// <summary>Draws the profile of a person on probation, with a mix loosely modelled on a real caseload.</summary>
public sealed class CaseloadProfile(Random random)
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

    // Speaking more than one language is a strength only a person's languages can give.
    private static readonly StrengthCode[] OrdinaryStrengths =
        Enum.GetValues<StrengthCode>().Where(s => s != StrengthCode.Languages).ToArray();

    public Gender DrawGender() => random.PickWeighted(Genders);

    public RiskLevel DrawRiskOfHarm() => random.PickWeighted(RiskLevels);

    public (int From, int To) DrawBirthYearBand() => random.PickWeighted(BirthYearBands);

    /// <summary>Flags in the order drawn; more of them the higher the risk of harm.</summary>
    public List<RiskFlag> DrawRiskFlags(Gender gender, RiskLevel riskOfHarm)
    {
        var count = riskOfHarm switch
        {
            RiskLevel.Low => random.PickWeighted([(0, 0.85), (1, 0.15)]),
            RiskLevel.Medium => random.PickWeighted([(0, 0.65), (1, 0.28), (2, 0.07)]),
            RiskLevel.High => random.PickWeighted([(0, 0.35), (1, 0.45), (2, 0.2)]),
            _ => random.PickWeighted([(0, 0.2), (1, 0.4), (2, 0.4)]),
        };
        return random.PickDistinctWeighted(gender == Gender.Female ? FemaleFlags : MaleFlags, count);
    }

    public List<PersonNeed> DrawNeeds(Gender gender, bool domesticAbusePerpetrator)
    {
        var count = random.PickWeighted([(1, 0.2), (2, 0.35), (3, 0.3), (4, 0.15)]);
        var codes = random.PickDistinctWeighted(gender == Gender.Female ? FemaleNeeds : MaleNeeds, count);
        // A domestic abuse flag means the abusive behaviour is itself a need the sentence plan addresses.
        if (domesticAbusePerpetrator && !codes.Contains(NeedCode.AbuseDomesticViolence))
        {
            codes[0] = NeedCode.AbuseDomesticViolence;
        }

        return codes
            .Order()
            .Select(code => new PersonNeed(code, random.PickWeighted([(1, 0.3), (2, 0.45), (3, 0.25)])))
            .ToList();
    }

    /// <summary>Strengths other than <see cref="StrengthCode.Languages"/>, in the order drawn.</summary>
    public List<StrengthCode> DrawOrdinaryStrengths()
    {
        var count = random.PickWeighted([(0, 0.2), (1, 0.35), (2, 0.3), (3, 0.15)]);
        return random.PickDistinct(OrdinaryStrengths, count);
    }
}
