namespace Rehab.Graph.Domain.Connector;

/// <summary>One tie: its kind (FAMILY, MENTOR, ORGANISATION, PLACEMENT...) and a label that identifies no private person.</summary>
public sealed record SocialTie(string Kind, string Label);

/// <summary>
/// A person's social capital after the literature: bonding (family, friends, prosocial peers),
/// bridging (mentors, community groups and organisations outside their usual circle) and linking
/// (services, employers, institutions); and the focus needs nothing in their network addresses. A project the person
/// co-produces is a community group of their own making, so it bridges.
/// </summary>
public sealed record SocialCapital(
    IReadOnlyList<SocialTie> Bonding,
    IReadOnlyList<SocialTie> Bridging,
    IReadOnlyList<SocialTie> Linking,
    int AntisocialTies,
    IReadOnlyList<string> NeedsWithoutTies)
{
    private static readonly HashSet<string> BondingKinds = ["FAMILY", "FRIEND", "PARTNER", "PEER"];
    private static readonly HashSet<string> CommunityKinds = ["VCSE", "FAITH_GROUP", "COMMUNITY_GROUP", "WOMENS_CENTRE"];

    public static SocialCapital Of(PersonNetwork network, IReadOnlyList<string> focusNeeds)
    {
        var bonding = network.Contacts
            .Where(c => c.Prosocial && BondingKinds.Contains(c.Kind))
            .Select(c => new SocialTie(c.Kind, Label(c.Kind)))
            .ToList();
        var organisations = network.Attended.Select(a => a.Organisation)
            .Concat(network.Completed.Select(c => c.Organisation))
            .DistinctBy(o => o.Id)
            .ToList();
        var bridging = network.Mentors.Select(m => new SocialTie("MENTOR", m.DisplayName))
            .Concat(organisations.Where(o => CommunityKinds.Contains(o.Kind)).Select(o => new SocialTie("ORGANISATION", o.Name)))
            .Concat(network.Projects.Select(p => new SocialTie("PROJECT", p.Title)))
            .ToList();
        var linking = organisations.Where(o => !CommunityKinds.Contains(o.Kind)).Select(o => new SocialTie("ORGANISATION", o.Name))
            .Concat(network.Completed.Select(c => new SocialTie("PLACEMENT", c.Title)))
            .ToList();
        var covered = network.Attended.SelectMany(a => a.Needs).Concat(network.Mentors.SelectMany(m => m.LivedExperience)).ToHashSet();
        return new SocialCapital(bonding, bridging, linking, network.Contacts.Count(c => !c.Prosocial), [.. focusNeeds.Where(n => !covered.Contains(n))]);
    }

    private static string Label(string kind) => kind switch
    {
        "FAMILY" => "Family member",
        "FRIEND" => "Friend",
        "PARTNER" => "Partner",
        _ => "Prosocial peer",
    };
}
