namespace Rehab.Graph.SeedModel;

/// <summary>
/// The hub's matching rules on gender, age and risk of harm, which the generated ties must respect.
/// The rules on risk flags and languages stay with each generator, as each holds those sets its own way.
/// </summary>
public static class MatchingRules
{
    /// <summary>Ages are computed against a fixed year so the output does not change with the clock.</summary>
    public const int ReferenceYear = 2026;

    public static bool ServiceAdmits(bool womenOnly, int? minAge, int? maxAge, Gender gender, int birthYear)
    {
        var age = ReferenceYear - birthYear;
        return (!womenOnly || gender == Gender.Female)
            && (minAge is null || age >= minAge)
            && (maxAge is null || age <= maxAge);
    }

    public static bool PlacementAdmits(bool womenOnly, RiskLevel maxRiskOfHarm, Gender gender, RiskLevel riskOfHarm) =>
        (!womenOnly || gender == Gender.Female) && riskOfHarm <= maxRiskOfHarm;

    /// <summary>Women are matched with women mentors, and volunteers do not take very-high-risk cases.</summary>
    public static bool MentorMayTake(Gender mentorGender, Gender personGender, RiskLevel personRiskOfHarm) =>
        (personGender != Gender.Female || mentorGender == Gender.Female) && personRiskOfHarm != RiskLevel.VeryHigh;
}
