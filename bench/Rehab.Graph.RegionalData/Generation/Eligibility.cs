namespace Rehab.Graph.RegionalData.Generation;

/// <summary>The matching rules the generated ties respect, so the history never contradicts the hub's own filters.</summary>
public static class Eligibility
{
    /// <summary>Ages are computed against a fixed year so the output does not change with the clock.</summary>
    public const int ReferenceYear = 2026;

    public static bool CanAttend(Person person, Service service)
    {
        var age = ReferenceYear - person.BirthYear;
        return (!service.WomenOnly || person.Gender == Gender.Female)
            && (service.MinAge is null || age >= service.MinAge)
            && (service.MaxAge is null || age <= service.MaxAge)
            && !service.UnsuitableFor.Overlaps(person.RiskFlags)
            && service.Languages.Overlaps(person.Languages);
    }

    public static bool CanComplete(Person person, Placement placement) =>
        (!placement.WomenOnly || person.Gender == Gender.Female)
        && person.RiskOfHarm <= placement.MaxRiskOfHarm
        && !placement.UnsuitableFor.Overlaps(person.RiskFlags);

    /// <summary>Women are matched with women mentors, and volunteers do not take very-high-risk cases.</summary>
    public static bool CanMentor(Mentor mentor, Person person) =>
        (person.Gender != Gender.Female || mentor.Gender == Gender.Female)
        && person.RiskOfHarm != RiskLevel.VeryHigh
        && mentor.Languages.Overlaps(person.Languages);
}
