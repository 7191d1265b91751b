using Rehab.Graph.Domain.Connector;

namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// A person's ties in a data set, as the connector reads them from the graph (connect-person.cypher): the people they
/// know, the services they attended, the placements they completed and their mentors. Ties carry no dates, so a plan's
/// history dates them by this rule: a tie to a service, placement or mentor that a DONE step of the person's plan names
/// as who helps formed when that step was done (the earliest such step); every other tie was there before the plan.
/// <see cref="CountAt"/> counts them with the connector's own rules (<see cref="SocialCapital.Of"/>) as they stood then.
/// </summary>
public sealed class PersonTies
{
    private readonly List<ContactTie> _contacts = [];
    private readonly List<AttendedService> _attended = [];
    private readonly List<CompletedPlacement> _completed = [];
    private readonly List<MentorTie> _mentors = [];

    public IReadOnlyList<AttendedService> Attended => _attended;

    public IReadOnlyList<CompletedPlacement> Completed => _completed;

    public IReadOnlyList<MentorTie> Mentors => _mentors;

    /// <summary>Every person's ties in the data set, by person id.</summary>
    public static Dictionary<string, PersonTies> Of(Dataset dataset)
    {
        var (organisations, services, placements) = dataset.Providers;
        var organisationRefs = organisations.ToDictionary(o => o.Id, o => new OrganisationRef(o.Id, o.Name, EnumCodes.ToCode(o.Kind)));
        var serviceById = services.ToDictionary(s => s.Id);
        var placementById = placements.ToDictionary(p => p.Id);
        var mentorById = dataset.Mentors.ToDictionary(m => m.Id);
        var ties = dataset.People.ToDictionary(p => p.Id, _ => new PersonTies());
        foreach (var knows in dataset.Ties.Knows)
        {
            // connect-person.cypher reads KNOWS in both directions.
            var contact = new ContactTie(EnumCodes.ToCode(knows.Kind), knows.Prosocial, [], []);
            ties[knows.From]._contacts.Add(contact);
            ties[knows.To]._contacts.Add(contact);
        }

        foreach (var attended in dataset.Ties.Attended)
        {
            var service = serviceById[attended.ServiceId];
            ties[attended.PersonId]._attended.Add(new AttendedService(
                service.Id, service.Name, organisationRefs[service.OrganisationId], [.. service.Needs.Select(n => EnumCodes.ToCode(n))]));
        }

        foreach (var completed in dataset.Ties.Completed)
        {
            var placement = placementById[completed.PlacementId];
            ties[completed.PersonId]._completed.Add(new CompletedPlacement(placement.Id, placement.Title, organisationRefs[placement.OrganisationId]));
        }

        foreach (var mentoring in dataset.Ties.Mentors)
        {
            var mentor = mentorById[mentoring.MentorId];
            ties[mentoring.PersonId]._mentors.Add(new MentorTie(
                mentor.Id, mentor.DisplayName, [.. mentor.LivedExperience.Select(n => EnumCodes.ToCode(n))], [.. mentor.OrganisationIds.Select(id => organisationRefs[id])]));
        }

        return ties;
    }

    public bool Any => _attended.Count + _completed.Count + _mentors.Count > 0;

    /// <summary>The counts at <paramref name="at"/>, leaving out the ties <paramref name="formed"/> (by supporter id) says formed later.</summary>
    public SocialCapitalCount CountAt(DateTimeOffset at, IReadOnlyDictionary<string, DateTimeOffset> formed)
    {
        bool Had(string id) => !formed.TryGetValue(id, out var when) || when <= at;
        var network = new PersonNetwork(
            [.. _mentors.Where(m => Had(m.MentorId))],
            _contacts,
            [.. _attended.Where(a => Had(a.ServiceId))],
            [.. _completed.Where(c => Had(c.PlacementId))],
            [],
            [],
            []);
        var capital = SocialCapital.Of(network, []);
        return new SocialCapitalCount(capital.Bonding.Count, capital.Bridging.Count, capital.Linking.Count);
    }

    /// <summary>The counts with every tie, as connect and a review made today count them.</summary>
    public SocialCapitalCount CountNow() => CountAt(DateTimeOffset.MaxValue, new Dictionary<string, DateTimeOffset>());

    /// <summary>When each supporter's tie formed by the rule above: the earliest DONE step naming it, of the ties the person has.</summary>
    public Dictionary<string, DateTimeOffset> Formed(PersonPlan plan)
    {
        var tied = _attended.Select(a => a.ServiceId).Concat(_completed.Select(c => c.PlacementId)).Concat(_mentors.Select(m => m.MentorId)).ToHashSet();
        var formed = new Dictionary<string, DateTimeOffset>();
        foreach (var step in plan.Goals.SelectMany(g => g.Steps))
        {
            if (step is { Status: Domain.Plans.PlanStepStatus.Done, SupporterId: { } id, UpdatedAt: { } done } && tied.Contains(id)
                && (!formed.TryGetValue(id, out var earlier) || done < earlier))
            {
                formed[id] = done;
            }
        }

        return formed;
    }
}
