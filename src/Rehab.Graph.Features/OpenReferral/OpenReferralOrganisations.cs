using System.Collections.Frozen;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Features.OpenReferral;

/// <summary>
/// Every organisation, with services or without, in memory for Open Referral UK's <c>/organizations</c>: nationally,
/// reading and sorting 12,500 of them took 40 ms a request. Every organisation write is a directory change, so the
/// organisations are read again, once, by the first request that reads the directory at another change; between
/// changes a page, a search and a lookup by UUID (name-based UUIDs cannot be read back) cost no round trip, and
/// made-up UUIDs do not make requests read them all.
/// </summary>
public sealed class OpenReferralOrganisations(CypherClient cypher)
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private KnownOrganisations? _known;

    /// <summary>The organisations as of <paramref name="snapshot"/>'s change, or a later one.</summary>
    public async Task<KnownOrganisations> AsOfAsync(DirectorySnapshot snapshot, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _known) is { } known && known.Holds(snapshot))
        {
            return known;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            // Another request may have read them while this one waited.
            if (_known is { } read && read.Holds(snapshot))
            {
                return read;
            }

            // Read after the snapshot's change, so they hold every write numbered up to it: under the same reload mark,
            // only the organisations written since (each stamped with its change); after a bulk write, all of them.
            var fresh = _known is { } stale && stale.ReloadFrom == snapshot.ReloadFrom
                ? stale.With(snapshot.Number, await cypher.QueryAsync(ListingQueries.OrganisationsChangedSince(stale.Number), cancellationToken))
                : new KnownOrganisations(snapshot.ReloadFrom, snapshot.Number, await cypher.QueryAsync(ListingQueries.AllOrganisations, cancellationToken));
            Volatile.Write(ref _known, fresh);
            return fresh;
        }
        finally
        {
            _reading.Release();
        }
    }
}

/// <summary>The organisations as read after the directory was at change <see cref="Number"/>, by name and id.</summary>
public sealed class KnownOrganisations(
    long reloadFrom, long number, IReadOnlyList<OrganisationListing> byName, FrozenDictionary<Guid, OrganisationListing>? byOpenReferralId = null)
{
    /// <summary>By name, then id, as the statements order them: strings compare by UTF-16 code unit in Neo4j as here.</summary>
    private static readonly Comparer<OrganisationListing> ByNameAndId = Comparer<OrganisationListing>.Create((a, b) =>
        string.CompareOrdinal(a.Name, b.Name) is not 0 and var byName ? byName : string.CompareOrdinal(a.Id, b.Id));

    private FrozenDictionary<Guid, OrganisationListing>? _byOpenReferralId = byOpenReferralId;

    internal long ReloadFrom => reloadFrom;

    internal long Number => number;

    /// <summary>A page of those whose name or description holds <paramref name="text"/> (normalised), as organisations.cypher finds them.</summary>
    public Page<OrganisationListing> Search(string? text, PageRequest page)
    {
        var matches = text is null ? byName : [.. byName.Where(o => SearchText.Finds(o.Name, text) || SearchText.Finds(o.Description, text))];
        return new Page<OrganisationListing>([.. matches.Skip(page.Offset).Take(page.First)], matches.Count, page.Offset);
    }

    /// <summary>The organisation Open Referral UK knows by <paramref name="id"/> (<see cref="OpenReferralIds"/>).</summary>
    public OrganisationListing? ByOpenReferralId(Guid id) =>
        LazyInitializer.EnsureInitialized(ref _byOpenReferralId, () => byName.ToFrozenDictionary(o => OpenReferralIds.Of(o.Id))).GetValueOrDefault(id);

    /// <summary>These at change <paramref name="at"/>: the organisations written since replaced by their new versions, in order.</summary>
    internal KnownOrganisations With(long at, IReadOnlyList<OrganisationListing> changed)
    {
        if (changed.Count == 0)
        {
            return new KnownOrganisations(reloadFrom, at, byName, _byOpenReferralId);
        }

        var ids = changed.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        return new KnownOrganisations(reloadFrom, at, [.. byName.Where(o => !ids.Contains(o.Id)).Concat(changed).Order(ByNameAndId)]);
    }

    /// <summary>
    /// Whether these hold every organisation <paramref name="snapshot"/> can name: read at its change or a later one, as
    /// the directory's own copy judges (a database emptied and filled again starts a new reload mark).
    /// </summary>
    internal bool Holds(DirectorySnapshot snapshot) => reloadFrom >= snapshot.ReloadFrom && number >= snapshot.Number;
}
