using System.Collections.Frozen;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Features.OpenReferral;

/// <summary>
/// Organisations' ids by the UUIDs Open Referral UK knows them by. A name-based UUID cannot be read back, and an
/// organisation with no services is in no directory snapshot, so the ids are read from the graph, and read again only
/// for a UUID not known when the directory has changed since (every organisation write is a directory change): a new
/// organisation is found by the next request on any hub, and unknown UUIDs do not make each request read them all.
/// </summary>
public sealed class OpenReferralOrganisationIds(CypherClient cypher)
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Known _known = new(-1, -1, FrozenDictionary<Guid, string>.Empty);

    /// <summary>The id of the organisation known by <paramref name="uuid"/> as of <paramref name="snapshot"/>; none when there is none.</summary>
    public async Task<string?> FindAsync(Guid uuid, DirectorySnapshot snapshot, CancellationToken cancellationToken)
    {
        var known = Volatile.Read(ref _known);
        if (known.Ids.TryGetValue(uuid, out var id) || known.Holds(snapshot))
        {
            return id;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            // Another request may have read them while this one waited.
            known = _known;
            if (!known.Holds(snapshot))
            {
                var ids = await cypher.QueryAsync(ListingQueries.OrganisationIds, cancellationToken);
                known = new Known(snapshot.ReloadFrom, snapshot.Number, ids.ToFrozenDictionary(i => OpenReferralIds.Of(i)));
                Volatile.Write(ref _known, known);
            }
        }
        finally
        {
            _reading.Release();
        }

        return known.Ids.GetValueOrDefault(uuid);
    }

    /// <summary>
    /// The ids as read after the directory was at change <paramref name="Number"/>. A directory read at any other change
    /// (a later one, or an earlier one after the database was emptied) may hold organisations these do not.
    /// </summary>
    private sealed record Known(long ReloadFrom, long Number, FrozenDictionary<Guid, string> Ids)
    {
        public bool Holds(DirectorySnapshot snapshot) => (snapshot.ReloadFrom, snapshot.Number) == (ReloadFrom, Number);
    }
}
