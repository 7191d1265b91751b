using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Projects;

namespace Rehab.Graph.Domain.Connector;

public sealed record ServiceMatch(
    ServiceListing Service, double DistanceKm, double Score, IReadOnlyList<Reason> Reasons, IReadOnlyList<Bridge> Bridges, PriorUse Prior);

public sealed record PlacementMatch(
    PlacementListing Placement,
    double DistanceKm,
    double Score,
    int AvailableSlots,
    DateTimeOffset? EarliestStart,
    bool CanStartWithin48h,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<Bridge> Bridges,
    PriorUse Prior);

/// <summary>A mentor; <see cref="CurrentMentor"/> when they already mentor the person.</summary>
public sealed record MentorMatch(MentorListing Mentor, double DistanceKm, double Score, IReadOnlyList<Reason> Reasons, bool CurrentMentor);

/// <summary>A running co-produced project; <see cref="Member"/> when the person is one of its members.</summary>
public sealed record ProjectMatch(ProjectRecord Project, double DistanceKm, double Score, IReadOnlyList<Reason> Reasons, bool Member);

/// <summary>
/// An item within the radius that a hard rule removed, with the first rule that applies: <see cref="Kind"/> says what
/// the item is (<see cref="ExclusionKinds"/>), <see cref="Detail"/> what about it the rule caught, in words a practitioner can read.
/// </summary>
public sealed record Exclusion(string Id, string Name, string Rule, string Kind, string? Detail);

/// <summary>What an excluded item is, as <see cref="Exclusion.Kind"/> gives it.</summary>
public static class ExclusionKinds
{
    public const string Service = "SERVICE";
    public const string Placement = "PLACEMENT";
    public const string Mentor = "MENTOR";
    public const string Project = "PROJECT";
}

public sealed record ConnectorResult(
    IReadOnlyList<ServiceMatch> Services,
    IReadOnlyList<ServiceMatch> Online,
    IReadOnlyList<PlacementMatch> Placements,
    IReadOnlyList<MentorMatch> Mentors,
    IReadOnlyList<ProjectMatch> Projects,
    IReadOnlyList<Exclusion> Excluded,
    SocialCapital? SocialCapital);

/// <summary>Everything within reach that could be offered, as the graph returned it.</summary>
public sealed record ConnectorCandidates(
    IReadOnlyList<ServiceListing> Services,
    IReadOnlyList<ServiceListing> Online,
    IReadOnlyList<PlacementListing> Placements,
    IReadOnlyList<MentorListing> Mentors,
    IReadOnlyList<ProjectRecord> Projects);
