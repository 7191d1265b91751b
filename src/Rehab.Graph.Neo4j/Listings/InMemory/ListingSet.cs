using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Neo4j.Listings.InMemory;

/// <summary>A listing as the in-memory directory holds it, and where it is when it has a place of its own.</summary>
internal sealed record HeldListing<T>(T Listing, GeoPoint? Place);

/// <summary>
/// One kind of listing held in memory: each in a slot, found by id, and an R-tree over the slots of the placed ones. It
/// never changes; a change makes a new set, which shares the unchanged listings, and rebuilds the tree only when a place
/// changed. The tree holds slots, not ids: a connect walks some 2,000 of them, and a slot is an array read where an id was
/// a lookup in an immutable dictionary.
/// </summary>
internal sealed class ListingSet<T>
    where T : class
{
    private readonly ImmutableDictionary<string, int> _slotOf;

    /// <summary>A listing's slot is its index here; a removed listing leaves its slot empty until a place changes.</summary>
    private readonly Slot[] _slots;

    private readonly STRtree<int> _places;

    private ListingSet(ImmutableDictionary<string, int> slotOf, Slot[] slots, STRtree<int> places)
    {
        _slotOf = slotOf;
        _slots = slots;
        _places = places;
    }

    public static ListingSet<T> Empty { get; } = Compacted([]);

    public int Count => _slotOf.Count;

    public IEnumerable<T> Listings => _slots.Where(s => s.Held is not null).Select(s => s.Held!.Listing);

    /// <summary>This set with each change applied: a listing replaces the one of its id; null removes it.</summary>
    public ListingSet<T> With(IReadOnlyList<KeyValuePair<string, HeldListing<T>?>> changes)
    {
        if (changes.Count == 0)
        {
            return this;
        }

        var slotOf = _slotOf.ToBuilder();
        var slots = new List<Slot>(_slots);
        var placesChanged = false;
        foreach (var (id, change) in changes)
        {
            if (slotOf.TryGetValue(id, out var slot))
            {
                placesChanged |= slots[slot].Held?.Place != change?.Place;
                slots[slot] = new Slot(id, change);
                if (change is null)
                {
                    slotOf.Remove(id);
                }
            }
            else if (change is not null)
            {
                slotOf[id] = slots.Count;
                slots.Add(new Slot(id, change));
                placesChanged |= change.Place is not null;
            }
        }

        return placesChanged ? Compacted(slots) : new ListingSet<T>(slotOf.ToImmutable(), [.. slots], _places);
    }

    /// <summary>
    /// The listings <paramref name="keep"/> keeps whose place is within the radius, each with its distance from the centre,
    /// in no order. Asking first spares measuring the many a search does not want (a connect keeps the services for a
    /// person's needs, a third of those around).
    /// </summary>
    public List<(T Listing, double DistanceKm)> Within(NearQuery near, Func<T, bool>? keep = null)
    {
        var box = near.Box;
        var found = new List<(T Listing, double DistanceKm)>();
        foreach (var slot in _places.Query(new Envelope(box.MinLongitude, box.MaxLongitude, box.MinLatitude, box.MaxLatitude)))
        {
            if (_slots[slot].Held is { Place: { } place } held && (keep is null || keep(held.Listing)))
            {
                var km = near.Centre.DistanceKmTo(place);
                if (km <= near.RadiusKm)
                {
                    found.Add((held.Listing, km));
                }
            }
        }

        return found;
    }

    /// <summary>The listings held, in slots numbered afresh with the empty ones left out, and the tree over them.</summary>
    private static ListingSet<T> Compacted(IEnumerable<Slot> listings)
    {
        var slots = listings.Where(s => s.Held is not null).ToArray();
        var slotOf = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        // Built before it is shared: an STRtree builds itself on its first query, which is not safe from two threads at once.
        var tree = new STRtree<int>();
        for (var slot = 0; slot < slots.Length; slot++)
        {
            slotOf[slots[slot].Id] = slot;
            if (slots[slot].Held!.Place is { } place)
            {
                tree.Insert(new Envelope(new Coordinate(place.Longitude, place.Latitude)), slot);
            }
        }

        tree.Build();
        return new ListingSet<T>(slotOf.ToImmutable(), slots, tree);
    }

    private readonly record struct Slot(string Id, HeldListing<T>? Held);
}
