namespace Rehab.Graph.SeedGenerator;

public static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static int Between(this Random random, int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var roll = random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>Up to <paramref name="count"/> distinct items, weighted, in the order drawn.</summary>
    public static List<T> PickDistinctWeighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items, int count)
    {
        var remaining = items.Where(i => i.Weight > 0).ToList();
        var picked = new List<T>();
        while (picked.Count < count && remaining.Count > 0)
        {
            var item = random.PickWeighted(remaining);
            picked.Add(item);
            remaining.RemoveAll(i => EqualityComparer<T>.Default.Equals(i.Item, item));
        }

        return picked;
    }

    public static List<T> PickDistinct<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy.Take(count).ToList();
    }
}
