using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Practitioners;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Practitioners;

namespace Rehab.Graph.Features.Practitioners;

/// <summary>
/// Admins manage the users the hub itself holds: practitioners, whose id an offender manager's token carries, and whom
/// each person is supervised by, which decides who may see them.
/// </summary>
public sealed class PractitionerService(ReadBatch reads, PractitionerStore store)
{
    public PendingRead<Page<Practitioner>> Practitioners(PageRequest page, Caller caller)
    {
        caller.Require(AccessPolicy.Practitioners);
        return reads.Run(PractitionerStore.All(page));
    }

    public Task<Practitioner> UpsertAsync(PractitionerDraft draft, Caller caller, CancellationToken cancellationToken) =>
        store.UpsertAsync(PractitionerRules.Practitioner(draft, caller), caller, cancellationToken);

    /// <summary>Moves a person to another offender manager, with their referrals and the cases the old one coordinated; returns the new one.</summary>
    public Task<Practitioner> AssignAsync(string? personId, string? practitionerId, Caller caller, CancellationToken cancellationToken)
    {
        var (person, practitioner) = PractitionerRules.Assignment(personId, practitionerId, caller);
        return store.AssignAsync(person, practitioner, caller, cancellationToken);
    }
}
