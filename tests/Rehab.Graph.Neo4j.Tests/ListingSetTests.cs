using CsCheck;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>The in-memory listing set against a plain dictionary of the same changes, searched by brute force.</summary>
public sealed class ListingSetTests
{
    private static readonly GeoPoint Centre = new(53.48, -2.24);

    [Fact]
    public void After_any_adds_moves_updates_and_removals_a_search_finds_exactly_the_listings_in_the_radius()
    {
        // A change names one of a few ids, so that adds, updates, moves and removals of the same listing follow each other.
        var change =
            from id in Gen.Int[0, 11]
            from kind in Gen.Int[0, 3]
            from dLat in Gen.Double[-0.2, 0.2]
            from dLon in Gen.Double[-0.3, 0.3]
            from version in Gen.Int[0, 1000]
            select (Id: $"svc-{id}", Change: kind switch
            {
                0 => null,
                1 => new HeldListing<string>($"svc-{id} v{version}", null),
                _ => new HeldListing<string>($"svc-{id} v{version}", new GeoPoint(Centre.Latitude + dLat, Centre.Longitude + dLon)),
            });
        var scenario =
            from batches in change.Array[0, 6].Array[1, 8]
            from dLat in Gen.Double[-0.1, 0.1]
            from radius in Gen.Double[0.5, 25]
            select (Batches: batches, Near: new NearQuery(new GeoPoint(Centre.Latitude + dLat, Centre.Longitude), radius));

        scenario.Sample(s =>
        {
            var set = ListingSet<string>.Empty;
            var model = new Dictionary<string, HeldListing<string>>(StringComparer.Ordinal);
            foreach (var batch in s.Batches)
            {
                set = set.With([.. batch.Select(c => KeyValuePair.Create<string, HeldListing<string>?>(c.Id, c.Change))]);
                foreach (var (id, held) in batch)
                {
                    if (held is null)
                    {
                        model.Remove(id);
                    }
                    else
                    {
                        model[id] = held;
                    }
                }

                var expected = model.Values
                    .Where(h => h.Place is { } place && s.Near.Centre.DistanceKmTo(place) <= s.Near.RadiusKm)
                    .Select(h => h.Listing)
                    .Order(StringComparer.Ordinal);
                Assert.Equal(expected, set.Within(s.Near).Select(w => w.Listing).Order(StringComparer.Ordinal));
                Assert.Equal(model.Count, set.Count);
                Assert.Equal(model.Values.Select(h => h.Listing).Order(StringComparer.Ordinal), set.Listings.Order(StringComparer.Ordinal));
            }
        });
    }
}
