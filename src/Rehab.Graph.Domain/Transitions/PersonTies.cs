using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Projects;

namespace Rehab.Graph.Domain.Transitions;

/// <summary>A tie the person holds: an open referral (<see cref="How"/> is its status), a service they attend, a mentor, a project.</summary>
public sealed record HeldTie(TieKind Kind, string Id, string How, DateTimeOffset? Since);

/// <summary>An organisation one of the person's mentors volunteers with.</summary>
public sealed record MentorAt(string MentorName, string OrganisationId, string OrganisationName);

/// <summary>
/// Someone the person knows, by the kind of tie only (FRIEND, FAMILY...), who goes to a service (ATTENDED), has done a
/// placement (COMPLETED) or is in a project (MEMBER_OF). Only ties recorded as prosocial are read: these are the people
/// who help a tie hold.
/// </summary>
public sealed record ContactAt(string Kind, string TargetId, string Tie);

/// <summary>What goes with a person through a transition, as read from the graph, before the listings are joined to it.</summary>
public sealed record PersonTies(IReadOnlyList<HeldTie> Held, IReadOnlyList<MentorAt> Mentors, IReadOnlyList<ContactAt> Contacts)
{
    public const string Attends = "ATTENDS";
    public const string Mentor = "MENTOR";
    public const string Member = "MEMBER";

    /// <summary>The ids to read the listings of, per kind, each once.</summary>
    public IReadOnlyList<string> Ids(TieKind kind) => [.. Held.Where(t => t.Kind == kind).Select(t => t.Id).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Each tie once, with its listing and who the person already knows there; an open referral to a service they also
    /// attend is shown as the referral. A listing no longer in the directory is left out.
    /// </summary>
    public IReadOnlyList<TieSubject> Subjects(
        IReadOnlyDictionary<string, ServiceListing> services,
        IReadOnlyDictionary<string, PlacementListing> placements,
        IReadOnlyDictionary<string, MentorListing> mentors,
        IReadOnlyDictionary<string, ProjectRecord> projects)
    {
        var subjects = new List<TieSubject>();
        foreach (var tie in Held.DistinctBy(t => t.Id, StringComparer.Ordinal))
        {
            TieSubject? subject = tie.Kind switch
            {
                TieKind.Service when services.TryGetValue(tie.Id, out var s) => new(
                    tie.Kind, s.Id, s.Name, s.Organisation.Id, CommunityConnector.Offer(s), tie.How, tie.Since,
                    [.. MentorsWith(s.Organisation.Id), .. Named(s.Contact?.Name, "The service's contact", Met(tie)), .. ContactsAt(s.Id)], s),
                TieKind.Placement when placements.TryGetValue(tie.Id, out var p) => new(
                    tie.Kind, p.Id, p.Title, p.Organisation.Id, CommunityConnector.Offer(p), tie.How, tie.Since,
                    [.. MentorsWith(p.Organisation.Id), .. Named(p.Contact?.Name, "Supervises the placement", Met(tie)), .. ContactsAt(p.Id)], p),
                TieKind.Mentor when mentors.TryGetValue(tie.Id, out var m) => new(
                    tie.Kind, m.Id, m.DisplayName, null, CommunityConnector.Offer(m), tie.How, tie.Since, [], m),
                TieKind.Project when projects.TryGetValue(tie.Id, out var j) => new(
                    tie.Kind, j.Id, j.Title, null, CommunityConnector.Offer(j), tie.How, tie.Since, [.. OtherMembers(j), .. ContactsAt(j.Id)], j),
                _ => null,
            };
            if (subject is not null)
            {
                subjects.Add(subject);
            }
        }

        return subjects;
    }

    /// <summary>A worker they have met: once a referral is accepted, or at a service they attend.</summary>
    private static bool Met(HeldTie tie) => tie.How is not "PENDING";

    private static IEnumerable<KnownPerson> Named(string? name, string relationship, bool met) =>
        met && !string.IsNullOrWhiteSpace(name) ? [new KnownPerson(name, relationship)] : [];

    private IEnumerable<KnownPerson> MentorsWith(string organisationId) =>
        Mentors.Where(m => m.OrganisationId == organisationId).Select(m => new KnownPerson(m.MentorName, $"Their mentor, who volunteers with {m.OrganisationName}"));

    private IEnumerable<KnownPerson> ContactsAt(string targetId) =>
        Contacts.Where(c => c.TargetId == targetId).Select(c => new KnownPerson(null, $"{Someone(c.Kind)} of theirs {Does(c.Tie)}"));

    private static IEnumerable<KnownPerson> OtherMembers(ProjectRecord project) => (project.Members.Count - 1) switch
    {
        <= 0 => [],
        1 => [new KnownPerson(null, "1 other member")],
        var n => [new KnownPerson(null, $"{n} other members")],
    };

    private static string Someone(string kind) => kind switch
    {
        "FRIEND" => "A friend",
        "FAMILY" => "Family",
        "PEER" => "A peer",
        "PARTNER" => "A partner",
        "EX_PARTNER" => "An ex-partner",
        "CO_DEFENDANT" => "A co-defendant",
        _ => "Someone",
    };

    private static string Does(string tie) => tie switch
    {
        "ATTENDED" => "goes there too",
        "COMPLETED" => "has done it",
        _ => "is a member too",
    };
}
