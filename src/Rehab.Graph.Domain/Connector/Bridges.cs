namespace Rehab.Graph.Domain.Connector;

/// <summary>
/// Finds bridges from a person's network to a resource. Hops count the ties from the person to the
/// resource or to its provider, whichever the path reaches: their mentor volunteers at the provider
/// (2), someone they know used it (2), they already use the provider (2), an organisation they use
/// partners with the provider (3). Contacts appear by the kind of tie, never by identity, and only
/// prosocial ones count.
/// </summary>
public static class Bridges
{
    public const int MaxHops = 3;

    public static IReadOnlyList<Bridge> ToService(PersonNetwork network, string serviceId, string organisationId, string organisationName) =>
        Find(network, organisationId, organisationName,
            contact => contact.AttendedServiceIds.Contains(serviceId), "used this service",
            network.Attended.Where(a => a.Organisation.Id == organisationId && a.ServiceId != serviceId).Select(a => a.Name));

    public static IReadOnlyList<Bridge> ToPlacement(PersonNetwork network, string placementId, string organisationId, string organisationName) =>
        Find(network, organisationId, organisationName,
            contact => contact.CompletedPlacementIds.Contains(placementId), "completed this placement",
            network.Attended.Where(a => a.Organisation.Id == organisationId).Select(a => a.Name));

    private static IReadOnlyList<Bridge> Find(
        PersonNetwork network,
        string organisationId,
        string organisationName,
        Func<ContactTie, bool> usedIt,
        string usedItText,
        IEnumerable<string> theirServicesThere)
    {
        var bridges = new List<Bridge>();
        bridges.AddRange(network.Mentors
            .Where(m => m.Organisations.Any(o => o.Id == organisationId))
            .Select(m => new Bridge($"Their mentor {m.DisplayName} volunteers at {organisationName}", 2)));
        bridges.AddRange(network.Contacts
            .Where(c => c.Prosocial && usedIt(c))
            .GroupBy(c => c.Kind)
            .Select(g => new Bridge($"{Describe(g.Key, g.Count())} {usedItText}", 2)));
        bridges.AddRange(theirServicesThere.Distinct().Take(1)
            .Select(name => new Bridge($"They already use {organisationName} ({name})", 2)));
        bridges.AddRange(network.Partners
            .Where(p => p.Partner.Id == organisationId)
            .Select(p => p.Attended.Name)
            .Distinct()
            .Select(name => new Bridge($"{name}, which they use, partners with {organisationName}", 3)));
        return bridges;
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
