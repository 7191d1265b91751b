namespace Rehab.Graph.Domain.Connector;

/// <summary>
/// Finds bridges from a person's network to a resource, indexed once per person so each candidate
/// costs a few lookups. Hops count the ties from the person to the resource or to its provider,
/// whichever the path reaches: their mentor volunteers at the provider (2), someone they know used
/// it (2), they already use the provider (2), an organisation they use partners with the provider
/// (3). Contacts appear by the kind of tie, never by identity, and only prosocial ones count.
/// </summary>
public sealed class Bridges
{
    public const int MaxHops = 3;

    /// <summary>
    /// The most bridges a match lists, fewest hops first: two already score in full, and a person with many mentors at
    /// one provider would otherwise make a list no one reads to the end.
    /// </summary>
    public const int MaxPerMatch = 5;

    private readonly ILookup<string, MentorTie> _mentorsByOrganisation;
    private readonly ILookup<string, ContactTie> _contactsByService;
    private readonly ILookup<string, ContactTie> _contactsByPlacement;
    private readonly ILookup<string, AttendedService> _attendedByOrganisation;
    private readonly ILookup<string, string> _partnersOf;

    public Bridges(PersonNetwork network)
    {
        _mentorsByOrganisation = network.Mentors.SelectMany(m => m.Organisations.Select(o => (o.Id, m))).ToLookup(x => x.Id, x => x.m);
        var prosocial = network.Contacts.Where(c => c.Prosocial).ToList();
        _contactsByService = prosocial.SelectMany(c => c.AttendedServiceIds.Distinct().Select(id => (id, c))).ToLookup(x => x.id, x => x.c);
        _contactsByPlacement = prosocial.SelectMany(c => c.CompletedPlacementIds.Distinct().Select(id => (id, c))).ToLookup(x => x.id, x => x.c);
        _attendedByOrganisation = network.Attended.ToLookup(a => a.Organisation.Id);
        _partnersOf = network.Partners.ToLookup(p => p.Partner.Id, p => p.Attended.Name);
    }

    public IReadOnlyList<Bridge> ToService(string serviceId, string organisationId, string organisationName) =>
        !_contactsByService.Contains(serviceId) && !Touches(organisationId) ? []
        : Find(organisationId, organisationName, _contactsByService[serviceId], "used this service",
            _attendedByOrganisation[organisationId].Where(a => a.ServiceId != serviceId));

    public IReadOnlyList<Bridge> ToPlacement(string placementId, string organisationId, string organisationName) =>
        !_contactsByPlacement.Contains(placementId) && !Touches(organisationId) ? []
        : Find(organisationId, organisationName, _contactsByPlacement[placementId], "completed this placement",
            _attendedByOrganisation[organisationId]);

    /// <summary>
    /// Whether the network reaches the organisation at all: most candidates' providers it does not, and those are
    /// answered without the queries below, since every eligible candidate is scored.
    /// </summary>
    private bool Touches(string organisationId) =>
        _mentorsByOrganisation.Contains(organisationId) || _attendedByOrganisation.Contains(organisationId) || _partnersOf.Contains(organisationId);

    private IReadOnlyList<Bridge> Find(
        string organisationId,
        string organisationName,
        IEnumerable<ContactTie> usedIt,
        string usedItText,
        IEnumerable<AttendedService> theirServicesThere)
    {
        List<Bridge>? bridges = null;
        foreach (var mentor in _mentorsByOrganisation[organisationId])
        {
            (bridges ??= []).Add(new Bridge($"Their mentor {mentor.DisplayName} volunteers at {organisationName}", 2));
        }

        foreach (var kind in usedIt.GroupBy(c => c.Kind))
        {
            (bridges ??= []).Add(new Bridge($"{Describe(kind.Key, kind.Count())} {usedItText}", 2));
        }

        if (theirServicesThere.FirstOrDefault() is { } theirs)
        {
            (bridges ??= []).Add(new Bridge($"They already use {organisationName} ({theirs.Name})", 2));
        }

        foreach (var attended in _partnersOf[organisationId].Distinct())
        {
            (bridges ??= []).Add(new Bridge($"{attended}, which they use, partners with {organisationName}", 3));
        }

        return bridges is null ? [] : [.. bridges.OrderBy(b => b.Hops).Take(MaxPerMatch)];
    }

    private static string Describe(string kind, int count) => (kind, count) switch
    {
        ("FAMILY", 1) => "A family member",
        ("FAMILY", _) => $"{count} family members",
        ("FRIEND", 1) => "A friend",
        ("FRIEND", _) => $"{count} friends",
        ("PARTNER", _) => "Their partner",
        (_, 1) => "Someone they know",
        _ => $"{count} people they know",
    };
}
