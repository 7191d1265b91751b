namespace Rehab.Graph.SeedGenerator;

/// <summary>Checks the invariants other code relies on before anything is written, so a catalogue edit cannot ship broken data.</summary>
public static class DemoRegionValidator
{
    private const int MinServicesPerNeed = 5;

    public static void Validate(DemoRegion demo)
    {
        var problems = new List<string>();
        var (organisations, services, placements) = demo.Providers;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in organisations.Select(o => o.Id)
                     .Concat(services.Select(s => s.Id))
                     .Concat(placements.Select(p => p.Id))
                     .Concat(demo.Mentors.Select(m => m.Id))
                     .Concat(demo.People.Select(p => p.Id))
                     .Concat(demo.Practitioners.Select(p => p.Id)))
        {
            if (!ids.Add(id))
            {
                problems.Add($"duplicate id {id}");
            }
        }

        var organisationIds = organisations.Select(o => o.Id).ToHashSet();
        var people = demo.People.ToDictionary(p => p.Id);
        var mentors = demo.Mentors.ToDictionary(m => m.Id);
        var serviceById = services.ToDictionary(s => s.Id);
        var placementById = placements.ToDictionary(p => p.Id);
        var practitionerIds = demo.Practitioners.Select(p => p.Id).ToHashSet();

        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                problems.Add(problem);
            }
        }

        foreach (var service in services)
        {
            Require(organisationIds.Contains(service.OrganisationId), $"{service.Id}: unknown organisation {service.OrganisationId}");
            Require(service.Online == (service.Lat is null && service.Lon is null), $"{service.Id}: online services have no coordinates, others must");
            Require(service.Needs.Count > 0 && service.Languages.Count > 0, $"{service.Id}: needs and languages must not be empty");
        }

        foreach (var need in demo.Needs)
        {
            var count = services.Count(s => s.Needs.Contains(need.Code));
            Require(count >= MinServicesPerNeed, $"need {need.Code} is addressed by only {count} services");
        }

        foreach (var placement in placements)
        {
            Require(organisationIds.Contains(placement.OrganisationId), $"{placement.Id}: unknown organisation {placement.OrganisationId}");
            Require(placement.Filled >= 0 && placement.Filled <= placement.Capacity, $"{placement.Id}: filled outside 0..capacity");
            Require(
                !placement.ChildFacing || (placement.UnsuitableFor.Contains(RiskFlag.NoContactChildren) && placement.UnsuitableFor.Contains(RiskFlag.SexualOffence)),
                $"{placement.Id}: child-facing placements must exclude no-contact and sexual-offence flags");
            Require(placement.MeetingPoint is { Length: > 0 and <= 200 }, $"{placement.Id}: every placement needs a meeting point of at most 200 characters");
        }

        foreach (var mentor in demo.Mentors)
        {
            Require(mentor.OrganisationIds.All(organisationIds.Contains), $"{mentor.Id}: unknown organisation");
            var load = demo.Ties.Mentors.Count(m => m.MentorId == mentor.Id);
            Require(load <= mentor.Capacity, $"{mentor.Id}: mentors {load} people but has capacity {mentor.Capacity}");
        }

        foreach (var person in demo.People)
        {
            Require(practitionerIds.Contains(person.PractitionerId), $"{person.Id}: unknown practitioner {person.PractitionerId}");
        }

        foreach (var tie in demo.Ties.Knows)
        {
            Require(people.ContainsKey(tie.From) && people.ContainsKey(tie.To) && tie.From != tie.To, $"knows {tie.From}->{tie.To}: bad endpoints");
        }

        foreach (var tie in demo.Ties.Mentors)
        {
            Require(
                mentors.TryGetValue(tie.MentorId, out var mentor) && people.TryGetValue(tie.PersonId, out var person) && Eligibility.CanMentor(mentor, person),
                $"mentors {tie.MentorId}->{tie.PersonId}: unknown or ineligible");
        }

        foreach (var tie in demo.Ties.Attended)
        {
            Require(
                people.TryGetValue(tie.PersonId, out var person) && serviceById.TryGetValue(tie.ServiceId, out var service) && Eligibility.CanAttend(person, service),
                $"attended {tie.PersonId}->{tie.ServiceId}: unknown or ineligible");
        }

        foreach (var tie in demo.Ties.Completed)
        {
            Require(
                people.TryGetValue(tie.PersonId, out var person) && placementById.TryGetValue(tie.PlacementId, out var placement) && Eligibility.CanComplete(person, placement),
                $"completed {tie.PersonId}->{tie.PlacementId}: unknown or ineligible");
        }

        foreach (var tie in demo.Ties.PartnersWith)
        {
            Require(organisationIds.Contains(tie.From) && organisationIds.Contains(tie.To) && tie.From != tie.To, $"partnersWith {tie.From}->{tie.To}: bad endpoints");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Generated demo region is invalid:\n  " + string.Join("\n  ", problems));
        }
    }
}
