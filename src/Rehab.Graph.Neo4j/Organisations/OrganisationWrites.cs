using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Neo4j.Organisations;

/// <summary>
/// The statements of admins' writes to organisations: lock and read the stored one, then write it, with its audit entry
/// and the read-back, in the commit's round trip.
/// </summary>
public static class OrganisationWrites
{
    /// <summary>The stored organisation, locked for the rest of the transaction; null when there is none.</summary>
    public static CypherQuery<OrganisationListing?> Lock(string id) => new(
        Statement("lock-organisation", new() { ["id"] = id }) with { ReadsUnderLock = true },
        result => result.Rows.Count == 0 ? null : result.Single<OrganisationNode>("row").ToListing());

    /// <summary>The organisation as the edit makes it, and the statement that writes it.</summary>
    public static (CypherStatement Write, OrganisationListing After) Upsert(string id, int version, OrganisationEdit edit)
    {
        var after = new OrganisationListing(
            id, edit.Name, edit.Kind, edit.Description, edit.Location?.Latitude, edit.Location?.Longitude, edit.Website, version, edit.Address, edit.Contact);
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
        return (write, after);
    }

    /// <summary>
    /// Commits the write with its audit entry and the directory's mark on its listings, which show it, and reads the
    /// organisation back in the same round trip.
    /// </summary>
    public static async Task<OrganisationListing> CommitAndReadAsync(CypherTransaction transaction, string id, CypherStatement write, Domain.Audit.AuditEntry audit)
    {
        var results = await transaction.CommitAsync(write, AuditTrail.Record(audit), DirectoryStatements.Touch(organisation: id), ListingQueries.OrganisationsById.Statement([id]));
        return ListingQueries.OrganisationsById.Read(results[^1], [id])[id];
    }

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"Organisations/{name}.cypher", parameters);
}
