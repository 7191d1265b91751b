using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Connector;
using Rehab.Graph.Neo4j.ListingEdits;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Neo4j.Mentoring;

namespace Rehab.Graph.Features.Mentoring;

/// <summary>
/// Peer mentors assigned to people and released from them by their offender manager. Each is one transaction that
/// locks the mentor first, so a mentor's last place goes to one person; the hard rules that keep connect from
/// offering an unsuitable mentor keep an assignment from making one.
/// </summary>
public sealed class MentoringService(CypherClient cypher, TimeProvider clock)
{
    public const int MaxReason = 1000;

    /// <summary>The mentor takes the person on; the mentor as they are now, with one place fewer.</summary>
    public Task<MentorListing> AssignAsync(string personId, string mentorId, Caller caller, CancellationToken cancellationToken)
    {
        var practitionerId = caller.Require(AccessPolicy.AssignMentor).PractitionerId;
        Validate(personId, mentorId);
        return cypher.InTransactionAsync(async transaction =>
        {
            var now = clock.GetUtcNow();
            var (mentor, current, profile) = await ReadAsync(transaction, personId, mentorId, practitionerId, now);
            if (current)
            {
                throw new ConflictException($"Mentor '{mentorId}' already mentors person '{personId}'.");
            }

            switch (HardRules.FirstBroken(profile, CommunityConnector.Offer(mentor)))
            {
                case null:
                    break;
                case HardRules.Full:
                    throw new ConflictException($"Mentor '{mentorId}' has no spare capacity: they mentor as many people as they can.");
                case var rule:
                    throw new InvalidInputException("input.mentorId", $"Mentor '{mentorId}' is not suitable for this person: it breaks the {rule} rule (see connect's excluded list).");
            }

            return await CommitAsync(transaction, mentorId, [
                MentoringWrites.Assign(personId, mentorId, now, caller),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.MentorAssigned, personId, mentorId)),
            ]);
        }, cancellationToken);
    }

    /// <summary>The mentoring ends; the tie is kept as a past one, and the mentor has a place again.</summary>
    public Task<MentorListing> ReleaseAsync(string personId, string mentorId, string? reason, Caller caller, CancellationToken cancellationToken)
    {
        var practitionerId = caller.Require(AccessPolicy.ReleaseMentor).PractitionerId;
        Validate(personId, mentorId);
        var why = reason?.Trim() is { Length: > 0 } given
            ? given.Length <= MaxReason ? given : throw new InvalidInputException("input.reason", $"'input.reason' is {given.Length} characters long; at most {MaxReason} are allowed.")
            : null;
        return cypher.InTransactionAsync(async transaction =>
        {
            var now = clock.GetUtcNow();
            var (_, current, _) = await ReadAsync(transaction, personId, mentorId, practitionerId, now);
            if (!current)
            {
                throw new ConflictException($"Mentor '{mentorId}' does not mentor person '{personId}'.");
            }

            return await CommitAsync(transaction, mentorId, [
                MentoringWrites.Release(personId, mentorId, why, now, caller),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.MentorReleased, personId, why is null ? mentorId : $"{mentorId}: {why}")),
            ]);
        }, cancellationToken);
    }

    private static void Validate(string personId, string mentorId)
    {
        Ids.Require(personId, Ids.Person, "input.personId");
        Ids.Require(mentorId, Ids.Mentor, "input.mentorId");
    }

    /// <summary>The person (reached through supervision), the mentor locked, and whether the one mentors the other, in one round trip.</summary>
    private static async Task<(MentorListing Mentor, bool Current, ConnectorProfile Profile)> ReadAsync(
        CypherTransaction transaction, string personId, string mentorId, string practitionerId, DateTimeOffset now)
    {
        var supervision = ConnectorQueries.Supervision(personId, practitionerId);
        var person = ConnectorQueries.Person(personId, practitionerId, now.Year);
        var mentor = ListingWrites.Lock(ListingWrites.Mentors, mentorId);
        var current = MentoringWrites.Current(personId, mentorId);
        var read = await transaction.RunAsync(supervision.Statement, person.Statement, mentor.Statement, current.Statement);
        var profile = supervision.Read(read[0]) switch
        {
            null => throw new NotFoundException("input.personId", $"No person with id '{personId}'."),
            false => throw new ForbiddenException($"Person '{personId}' is not on your caseload."),
            true => person.Read(read[1])!.Profile,
        };
        return (mentor.Read(read[2]) ?? throw new NotFoundException("input.mentorId", $"No mentor with id '{mentorId}'."), current.Read(read[3]), profile);
    }

    private static async Task<MentorListing> CommitAsync(CypherTransaction transaction, string mentorId, IReadOnlyList<CypherStatement> writes)
    {
        // A mentee taken on or let go changes the mentor's space in every hub's directory.
        var results = await transaction.CommitAsync([.. writes, DirectoryStatements.Touch(mentors: [mentorId]), ListingQueries.MentorsById.Statement([mentorId])]);
        return ListingQueries.MentorsById.Read(results[^1], [mentorId])[mentorId];
    }
}
