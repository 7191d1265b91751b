using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Neo4j.Listings.InMemory;

/// <summary>A listing as the in-memory directory holds it, and where it is when it has a place of its own.</summary>
internal sealed record HeldListing<T>(T Listing, GeoPoint? Place);

/// <summary>
/// One kind of listing held in memory: each by id, and an R-tree over the ids of the placed ones. It never changes;
/// a change makes a new set, which shares the unchanged listings, and rebuilds the tree only when a place changed.
/// </summary>
internal sealed class ListingSet<T>
    where T : class
{
    private readonly STRtree<string> _places;

    private ListingSet(ImmutableDictionary<string, HeldListing<T>> byId, STRtree<string> places)
    {
        ById = byId;
        _places = places;
    }

    public static ListingSet<T> Empty { get; } = new(ImmutableDictionary<string, HeldListing<T>>.Empty.WithComparers(StringComparer.Ordinal), Tree([]));

    public ImmutableDictionary<string, HeldListing<T>> ById { get; }

    public int Count => ById.Count;

    /// <summary>This set with each change applied: a listing replaces the one of its id; null removes it.</summary>
    public ListingSet<T> With(IReadOnlyList<KeyValuePair<string, HeldListing<T>?>> changes)
    {
        if (changes.Count == 0)
        {
            return this;
        }

        var byId = ById.ToBuilder();
        var placesChanged = false;
        foreach (var (id, change) in changes)
        {
            var before = byId.GetValueOrDefault(id)?.Place;
            placesChanged |= before != change?.Place;
            if (change is null)
            {
                byId.Remove(id);
            }
            else
            {
                byId[id] = change;
            }
        }

        var after = byId.ToImmutable();
        return new ListingSet<T>(after, placesChanged ? Tree(after) : _places);
    }

    /// <summary>The listings whose place is within the radius, each with its distance from the centre, in no order.</summary>
    public IEnumerable<(T Listing, double DistanceKm)> Within(NearQuery near)
    {
        var box = near.Box;
        foreach (var id in _places.Query(new Envelope(box.MinLongitude, box.MaxLongitude, box.MinLatitude, box.MaxLatitude)))
        {
            if (ById.TryGetValue(id, out var held) && held.Place is { } place)
            {
                var km = near.Centre.DistanceKmTo(place);
                if (km <= near.RadiusKm)
                {
                    yield return (held.Listing, km);
                }
            }
        }
    }

    // Built before it is shared: an STRtree builds itself on its first query, which is not safe from two threads at once.
    private static STRtree<string> Tree(IEnumerable<KeyValuePair<string, HeldListing<T>>> listings)
    {
        var tree = new STRtree<string>();
        foreach (var (id, held) in listings)
        {
            if (held.Place is { } place)
            {
                tree.Insert(new Envelope(new Coordinate(place.Longitude, place.Latitude)), id);
            }
        }

        tree.Build();
        return tree;
    }
}
