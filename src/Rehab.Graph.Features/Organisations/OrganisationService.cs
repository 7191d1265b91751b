using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.ListingEdits;
using Rehab.Graph.Neo4j.Organisations;

namespace Rehab.Graph.Features.Organisations;

/// <summary>
/// Admins manage the organisations partners list under. A change is one transaction: lock and read the stored one,
/// check the version, then write, audit (before and after) and read back in the commit's round trip.
/// </summary>
public sealed class OrganisationService(CypherClient cypher, TimeProvider clock)
{
    public Task<OrganisationListing> UpsertAsync(OrganisationDraft draft, Caller caller, CancellationToken cancellationToken)
    {
        var edit = OrganisationRules.Organisation(draft, caller);
        return cypher.InTransactionAsync(async transaction =>
        {
            var now = clock.GetUtcNow();
            var stored = edit.Id is { } id ? await transaction.QueryAsync(OrganisationWrites.Lock(id)) : null;
            var change = VersionedChange<OrganisationListing>.Decide(edit.Id, edit.Version, stored, o => o.Version, Ids.Organisation, "organisation", now);
            var (write, after) = OrganisationWrites.Upsert(change.Id, change.Version, edit);
            var audit = AuditEntry.For(caller, now, AuditActions.OrganisationUpserted, change.Id, change.Summary, ListingWrites.Json(change.Before), ListingWrites.Json(after));
            return await OrganisationWrites.CommitAndReadAsync(transaction, change.Id, write, audit);
        }, cancellationToken);
    }
}
