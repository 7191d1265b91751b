namespace Rehab.Graph.Domain.Connector;

// What a stored person is already tied to: the source of bridges, of their social capital and of what they have already
// been referred to or done. People appear only by the kind of tie, never by identity.

public sealed record MentorTie(string MentorId, string DisplayName, IReadOnlyList<string> LivedExperience, IReadOnlyList<OrganisationRef> Organisations);

public sealed record ContactTie(string Kind, bool Prosocial, IReadOnlyList<string> AttendedServiceIds, IReadOnlyList<string> CompletedPlacementIds);

public sealed record AttendedService(string ServiceId, string Name, OrganisationRef Organisation, IReadOnlyList<string> Needs);

public sealed record CompletedPlacement(string PlacementId, string Title, OrganisationRef Organisation);

public sealed record OrganisationRef(string Id, string Name, string Kind);

/// <summary>A co-produced project the person is a member of, while it is not closed: a community tie of their own making.</summary>
public sealed record ProjectTie(string ProjectId, string Title);

/// <summary>An organisation the person attends (<see cref="Attended"/>) that partners with another (<see cref="Partner"/>).</summary>
public sealed record PartnerLink(OrganisationRef Attended, OrganisationRef Partner);

public sealed record PersonNetwork(
    IReadOnlyList<MentorTie> Mentors,
    IReadOnlyList<ContactTie> Contacts,
    IReadOnlyList<AttendedService> Attended,
    IReadOnlyList<CompletedPlacement> Completed,
    IReadOnlyList<PartnerLink> Partners,
    IReadOnlyList<ReferralTie> Referrals,
    IReadOnlyList<ProjectTie> Projects)
{
    public static PersonNetwork Empty { get; } = new([], [], [], [], [], [], []);
}
