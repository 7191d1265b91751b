using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.ListingEdits;

/// <summary>
/// The first round trip of an admin's versioned upsert (an organisation, a practitioner): a change locks the stored
/// item and reads it after the lock, so the version it is checked against cannot move before the change commits.
/// </summary>
internal static class VersionedUpsert
{
    public static async Task<VersionedChange<T>> PrepareAsync<T>(
        CypherTransaction transaction, string? id, int? version, string kind, string noun, Func<string, CypherStatement> lockStatement, Func<T, int> versionOf, DateTimeOffset now)
        where T : class
    {
        if (id is null)
        {
            return new VersionedChange<T>(null, ListingRules.NewId(kind, now), 1);
        }

        var read = (await transaction.RunAsync(lockStatement(id)))[0];
        var before = read.Rows.Count == 0 ? throw new NotFoundException("input.id", $"No {noun} with id '{id}'.") : read.Single<T>("row");
        return new VersionedChange<T>(before, id, ListingRules.NextVersion(id, versionOf(before), version!.Value));
    }
}

/// <summary>What an upsert changes: the stored item (null for a new one), its id, and the version it is written at.</summary>
internal sealed record VersionedChange<T>(T? Before, string Id, int Version)
    where T : class
{
    public string Summary => Before is null ? "created at version 1" : $"changed to version {Version}";
}
