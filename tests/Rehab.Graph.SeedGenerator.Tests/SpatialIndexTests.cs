namespace Rehab.Graph.SeedGenerator.Tests;

public sealed class SpatialIndexTests
{
    private sealed record Item(int Number, GeoPoint Point, bool Matches, double Feel, int Tags);

    /// <summary>Items bunched around a few towns, as homes and services are, several at the very same place.</summary>
    private static List<Item> Items(Random random, int count)
    {
        GeoPoint[] towns = [new(53.80, -1.55), new(53.38, -1.47), new(53.74, -0.34), new(54.49, -0.62)];
        var items = new List<Item>(count);
        for (var i = 0; i < count; i++)
        {
            var point = i > 0 && random.NextDouble() < 0.1
                ? items[random.Next(items.Count)].Point
                : Around(random, towns[random.Next(towns.Length)], random.NextDouble() < 0.9 ? 0.05 : 0.6);
            items.Add(new Item(i, point, random.NextDouble() < 0.3, random.NextDouble() < 0.2 ? 0.5 : 1, random.Next(1, 16)));
        }

        return items;
    }

    private static GeoPoint Around(Random random, GeoPoint town, double degrees) =>
        new(Math.Round(town.Lat + (random.NextDouble() - 0.5) * degrees, 5), Math.Round(town.Lon + (random.NextDouble() - 0.5) * degrees * 1.7, 5));

    [Fact]
    public void A_search_finds_exactly_what_sorting_every_item_by_how_far_it_feels_finds()
    {
        var random = new Random(20261206);
        var items = Items(random, 3_000);
        var index = new SpatialIndex<Item>(items, i => i.Point, i => i.Feel, i => i.Tags);
        for (var query = 0; query < 400; query++)
        {
            var from = query % 10 == 0 ? items[random.Next(items.Count)].Point : Around(random, items[random.Next(items.Count)].Point, 0.3);
            var count = random.Next(1, 25);
            var wanted = query % 4 == 0 ? SpatialIndex<Item>.AllTags : random.Next(1, 16);

            var expected = items
                .Where(i => i.Matches && (i.Tags & wanted) != 0 && from.DistanceKm(i.Point) <= SpatialIndex<Item>.MaxSearchKm)
                .Select(i => (Item: i, Km: from.DistanceKm(i.Point) * i.Feel))
                .OrderBy(f => f.Km)
                .ThenBy(f => f.Item.Number)
                .Take(count)
                .Select(f => f.Item.Number);
            var found = index.Search(from, count, i => i.Matches, 0.5, wanted).Select(f => f.Item.Number);

            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void An_item_sharing_no_tag_with_the_search_is_never_asked_whether_it_matches()
    {
        var random = new Random(20261207);
        var items = Items(random, 1_000);
        var index = new SpatialIndex<Item>(items, i => i.Point, tags: i => i.Tags);
        var asked = new List<Item>();

        index.Nearest(items[0].Point, 50, i => { asked.Add(i); return i.Matches; }, wanted: 0b0110);

        Assert.NotEmpty(asked);
        Assert.All(asked, i => Assert.NotEqual(0, i.Tags & 0b0110));
    }

    [Fact]
    public void Nothing_farther_than_the_search_limit_is_found()
    {
        var index = new SpatialIndex<Item>([new Item(0, new GeoPoint(53.80, -1.55), true, 1, 1)], i => i.Point);

        Assert.Single(index.Nearest(new GeoPoint(54.24, -1.55), 5, _ => true));
        Assert.Empty(index.Nearest(new GeoPoint(54.26, -1.55), 5, _ => true));
    }
}
