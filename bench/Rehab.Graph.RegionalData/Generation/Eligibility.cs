namespace Rehab.Graph.RegionalData.Generation;

/// <summary>The matching rules the generated ties respect, so the history never contradicts the hub's own filters.</summary>
public static class Eligibility
{
    public static bool CanAttend(Person person, Service service) =>
        MatchingRules.ServiceAdmits(service.WomenOnly, service.MinAge, service.MaxAge, person.Gender, person.BirthYear)
        && !service.UnsuitableFor.Overlaps(person.RiskFlags)
        && service.Languages.Overlaps(person.Languages);

    public static bool CanComplete(Person person, Placement placement) =>
        MatchingRules.PlacementAdmits(placement.WomenOnly, placement.MaxRiskOfHarm, person.Gender, person.RiskOfHarm)
        && !placement.UnsuitableFor.Overlaps(person.RiskFlags);

    public static bool CanMentor(Mentor mentor, Person person) =>
        MatchingRules.MentorMayTake(mentor.Gender, person.Gender, person.RiskOfHarm)
        && mentor.Languages.Overlaps(person.Languages);
}
