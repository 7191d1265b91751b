using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.ListingEdits;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Neo4j.Organisations;

/// <summary>
/// Admins' writes to organisations, one transaction each like the listings': lock and read the stored one,
/// check the version, then write, audit (before and after) and read back in the commit's round trip.
/// </summary>
public sealed class OrganisationStore(CypherClient cypher, TimeProvider clock)
{
    public Task<OrganisationListing> UpsertAsync(OrganisationEdit edit, Caller caller, CancellationToken cancellationToken) =>
        cypher.InTransactionAsync(async transaction =>
        {
            var now = clock.GetUtcNow();
            var change = await VersionedUpsert.PrepareAsync<OrganisationNode>(
                transaction, edit.Id, edit.Version, Ids.Organisation, "organisation", stored => Statement("lock-organisation", new() { ["id"] = stored }), o => o.Version ?? 1, now);
            var id = change.Id;
            var after = new OrganisationListing(
                id, edit.Name, edit.Kind, edit.Description, edit.Location?.Latitude, edit.Location?.Longitude, edit.Website, change.Version, edit.Address, edit.Contact);
            var write = Statement("upsert-organisation", new Dictionary<string, object?>
            {
                ["id"] = id,
                ["name"] = after.Name,
                ["kind"] = after.Kind,
                ["description"] = after.Description,
                ["lat"] = after.Lat,
                ["lon"] = after.Lon,
                ["website"] = after.Website,
                ["version"] = after.Version,
            }.With(edit.Address, edit.Contact));
            var audit = AuditTrail.Record(AuditEntry.For(
                caller, now, AuditActions.OrganisationUpserted, id, change.Summary, ListingStore.Json(change.Before?.ToListing()), ListingStore.Json(after)));
            var results = await transaction.CommitAsync(write, audit, ListingQueries.OrganisationsById.Statement([id]));
            return ListingQueries.OrganisationsById.Read(results[2], [id])[id];
        }, cancellationToken);

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"Organisations/{name}.cypher", parameters);
}
