using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.Connector;

public sealed record ServiceMatch(ServiceListing Service, double DistanceKm, double Score, IReadOnlyList<Reason> Reasons, IReadOnlyList<Bridge> Bridges);

public sealed record PlacementMatch(
    PlacementListing Placement,
    double DistanceKm,
    double Score,
    int AvailableSlots,
    DateTimeOffset? EarliestStart,
    bool CanStartWithin48h,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<Bridge> Bridges);

public sealed record MentorMatch(MentorListing Mentor, double DistanceKm, double Score, IReadOnlyList<Reason> Reasons);

/// <summary>An item within the radius that a hard rule removed, with the first rule that applies.</summary>
public sealed record Exclusion(string Id, string Name, string Rule);

public sealed record ConnectorResult(
    IReadOnlyList<ServiceMatch> Services,
    IReadOnlyList<ServiceMatch> Online,
    IReadOnlyList<PlacementMatch> Placements,
    IReadOnlyList<MentorMatch> Mentors,
    IReadOnlyList<Exclusion> Excluded,
    SocialCapital? SocialCapital);

/// <summary>Everything within reach that could be offered, as the graph returned it.</summary>
public sealed record ConnectorCandidates(
    IReadOnlyList<ServiceListing> Services,
    IReadOnlyList<ServiceListing> Online,
    IReadOnlyList<PlacementListing> Placements,
    IReadOnlyList<MentorListing> Mentors);
