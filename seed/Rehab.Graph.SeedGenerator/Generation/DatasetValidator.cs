using Rehab.Graph.Domain.Connector;

namespace Rehab.Graph.SeedGenerator;

/// <summary>Checks the invariants other code relies on before anything is written, so a catalogue edit cannot ship broken data.</summary>
public static class DatasetValidator
{
    private const int MinServicesPerNeed = 5;
    private const int MaxMeetingPointLength = 200;

    public static void Validate(Dataset dataset)
    {
        var problems = new List<string>();

        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                problems.Add(problem);
            }
        }

        // The files carry the generator's enums as codes; the hub must know every one of them.
        Require(Codes<NeedCode>().SequenceEqual(NeedCodes.All), "need codes differ from the Domain's NeedCodes");
        Require(Codes<StrengthCode>().SequenceEqual(StrengthCodes.All), "strength codes differ from the Domain's StrengthCodes");
        Require(Codes<Community>().SequenceEqual(CommunityCodes.All), "communities differ from the Domain's CommunityCodes");
        Require(Codes<RiskFlag>().ToHashSet().SetEquals(RiskFlags.All), "risk flags differ from the Domain's RiskFlags");

        var (organisations, services, placements) = dataset.Providers;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in organisations.Select(o => o.Id)
                     .Concat(services.Select(s => s.Id))
                     .Concat(placements.Select(p => p.Id))
                     .Concat(dataset.Mentors.Select(m => m.Id))
                     .Concat(dataset.People.Select(p => p.Id))
                     .Concat(dataset.Practitioners.Select(p => p.Id)))
        {
            Require(ids.Add(id), $"duplicate id {id}");
        }

        var organisationIds = organisations.Select(o => o.Id).ToHashSet();
        var people = dataset.People.ToDictionary(p => p.Id);
        var mentors = dataset.Mentors.ToDictionary(m => m.Id);
        var serviceById = services.ToDictionary(s => s.Id);
        var placementById = placements.ToDictionary(p => p.Id);
        var practitionerIds = dataset.Practitioners.Select(p => p.Id).ToHashSet();
        var eligibility = new Eligibility(organisations);

        foreach (var service in services)
        {
            Require(organisationIds.Contains(service.OrganisationId), $"{service.Id}: unknown organisation {service.OrganisationId}");
            Require(service.Online == (service.Lat is null && service.Lon is null), $"{service.Id}: online services have no coordinates, others must");
            Require(service.Needs.Count > 0 && service.Languages.Count > 0, $"{service.Id}: needs and languages must not be empty");
        }

        foreach (var need in dataset.Needs)
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
            Require(placement.MeetingPoint is null or { Length: > 0 and <= MaxMeetingPointLength }, $"{placement.Id}: a meeting point must be 1 to {MaxMeetingPointLength} characters");
        }

        var mentees = dataset.Ties.Mentors.CountBy(m => m.MentorId).ToDictionary();
        foreach (var mentor in dataset.Mentors)
        {
            Require(mentor.OrganisationIds.All(organisationIds.Contains), $"{mentor.Id}: unknown organisation");
            var load = mentees.GetValueOrDefault(mentor.Id);
            Require(load <= mentor.Capacity, $"{mentor.Id}: mentors {load} people but has capacity {mentor.Capacity}");
        }

        foreach (var person in dataset.People)
        {
            Require(practitionerIds.Contains(person.PractitionerId), $"{person.Id}: unknown practitioner {person.PractitionerId}");
            // As the hub stores a wish: absent rather than empty, each community once, in its order.
            Require(
                person.ByAndFor is null
                || (person.ByAndFor.Count > 0 && person.ByAndFor.Select(EnumCodes.ToCode).SequenceEqual(CommunityCodes.Validate(person.ByAndFor.Select(EnumCodes.ToCode), "byAndFor"))),
                $"{person.Id}: byAndFor must be absent or distinct communities in the hub's order");
        }

        foreach (var tie in dataset.Ties.Knows)
        {
            Require(people.ContainsKey(tie.From) && people.ContainsKey(tie.To) && tie.From != tie.To, $"knows {tie.From}->{tie.To}: bad endpoints");
        }

        // Whether each was eligible when it was made; how full the mentor is has been checked above.
        foreach (var tie in dataset.Ties.Mentors)
        {
            Require(
                mentors.TryGetValue(tie.MentorId, out var mentor) && people.TryGetValue(tie.PersonId, out var person)
                && Eligibility.MayMentor(Eligibility.Profile(person), mentor, eligibility.Listing(mentor), mentees: 0),
                $"mentors {tie.MentorId}->{tie.PersonId}: unknown or ineligible");
        }

        foreach (var tie in dataset.Ties.Attended)
        {
            Require(
                people.TryGetValue(tie.PersonId, out var person) && serviceById.TryGetValue(tie.ServiceId, out var service)
                && Eligibility.Allows(Eligibility.Profile(person), eligibility.Offer(service)),
                $"attended {tie.PersonId}->{tie.ServiceId}: unknown or ineligible");
        }

        foreach (var tie in dataset.Ties.Completed)
        {
            Require(
                people.TryGetValue(tie.PersonId, out var person) && placementById.TryGetValue(tie.PlacementId, out var placement)
                && Eligibility.Allows(Eligibility.Profile(person), eligibility.Offer(placement)),
                $"completed {tie.PersonId}->{tie.PlacementId}: unknown or ineligible");
        }

        foreach (var tie in dataset.Ties.PartnersWith)
        {
            Require(organisationIds.Contains(tie.From) && organisationIds.Contains(tie.To) && tie.From != tie.To, $"partnersWith {tie.From}->{tie.To}: bad endpoints");
        }

        PlanValidator.Validate(dataset, Require);

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The generated {dataset.Region.Name} is invalid:\n  " + string.Join("\n  ", problems.Take(50)));
        }
    }

    private static IEnumerable<string> Codes<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => EnumCodes.ToCode(v));
}
