using System.Runtime.InteropServices;

namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Items bucketed into cells of a kilometre or less, for "the nearest few that match" without measuring the distance to
/// every item. The search widens ring by ring, skips any cell that cannot hold anything nearer than what it has found,
/// and stops once nothing outside the rings searched could be nearer, so the answer is exactly what sorting every item
/// by distance would give (ties in the order the items were given), at any scale. One search at a time: it is not
/// thread-safe.
/// </summary>
public sealed class SpatialIndex<T>
{
    /// <summary>Farther than anyone on probation travels for a service, a placement or a mentor; all the demo region's are nearer.</summary>
    public const double MaxSearchKm = 50;

    private const double KmPerDegreeLat = 111.32;

    /// <summary>Cells are halved until none holds more than this, or they are this small.</summary>
    private const int MaxCrowdedCell = 64;

    private const double MinCellKm = 0.1;

    /// <summary>Every bit: the tags of an item given none, and what a search that wants any item asks for.</summary>
    public const int AllTags = -1;

    /// <summary>Bounds are shaved by this share, so rounding can only make a search look further, never stop it short.</summary>
    private const double Margin = 1 - 1e-9;

    // Kept between searches, which a generator makes by the hundred thousand, one at a time: the best so far, the
    // farthest of them on top as the one to beat, and a ring's items nearest first, so asking whether they match
    // stops at the first that could no longer make the best.
    private readonly PriorityQueue<(T Item, double Km, int Order), (double Km, int Order)> _best = new(new FarthestFirst());
    private readonly List<(double Km, int Order, T Item)> _ringItems = [];

    private readonly double _cellLat;
    private readonly double _cellLon;
    private readonly Dictionary<(int Row, int Col), List<Entry>> _cells = [];
    private readonly (int Row, int Col) _min = (int.MaxValue, int.MaxValue);
    private readonly (int Row, int Col) _max = (int.MinValue, int.MinValue);

    /// <param name="feel">How far an item feels as a share of its distance, for <see cref="Search"/>; one when not given.</param>
    /// <param name="tags">
    /// Bits an item has (the needs a service addresses), so a search can pass over the items that share none of those it
    /// wants without measuring them; all bits when not given.
    /// </param>
    /// <remarks>
    /// Feel and tags are asked once per item here: a search passes over hundreds of items, and reading each one's fields
    /// there costs more than the measuring.
    /// </remarks>
    public SpatialIndex(IEnumerable<T> items, Func<T, GeoPoint> location, Func<T, double>? feel = null, Func<T, int>? tags = null)
    {
        var entries = items.Select((item, order) =>
        {
            var point = location(item);
            return new Entry(item, order, point, GeoPoint.CosLat(point.Lat), feel?.Invoke(item) ?? 1, tags?.Invoke(item) ?? AllTags);
        }).ToList();
        var meanLat = entries.Count == 0 ? 0 : entries.Average(e => e.Point.Lat);
        // Cells of a kilometre, halved while the crowded ones hold many items: a search measures the few cells around
        // it, so dense data (a city's people at national scale) wants smaller cells than sparse.
        for (var cellKm = 1.0; ; cellKm /= 2)
        {
            _cellLat = cellKm / KmPerDegreeLat;
            _cellLon = cellKm / (KmPerDegreeLat * GeoPoint.CosLat(meanLat));
            var crowded = entries.CountBy(e => Cell(e.Point)).Select(c => c.Value).DefaultIfEmpty(0).Max();
            if (crowded <= MaxCrowdedCell || cellKm < MinCellKm)
            {
                break;
            }
        }

        foreach (var entry in entries)
        {
            var cell = Cell(entry.Point);
            if (!_cells.TryGetValue(cell, out var bucket))
            {
                _cells[cell] = bucket = [];
            }

            bucket.Add(entry);
            _min = (Math.Min(_min.Row, cell.Row), Math.Min(_min.Col, cell.Col));
            _max = (Math.Max(_max.Row, cell.Row), Math.Max(_max.Col, cell.Col));
        }
    }

    /// <summary>The nearest <paramref name="count"/> items that match, nearest first.</summary>
    /// <param name="wanted">Tags of which an item must have one to be asked whether it matches.</param>
    public List<T> Nearest(GeoPoint from, int count, Func<T, bool> matches, int wanted = AllTags) =>
        [.. Search(from, count, matches, 1, wanted).Select(f => f.Item)];

    /// <summary>
    /// The nearest <paramref name="count"/> items that match by how far they feel: their distance times the index's
    /// feel, which for the items this search could match is never below <paramref name="leastFeel"/>; nearest first,
    /// with how far each feels. Whether an item matches is asked only of one that would be among the best so far, as
    /// asking costs more than measuring; one sharing no tag with <paramref name="wanted"/> is neither measured nor asked.
    /// </summary>
    public List<(T Item, double Km, int Order)> Search(GeoPoint from, int count, Func<T, bool> matches, double leastFeel, int wanted = AllTags)
    {
        var (row, col) = Cell(from);
        var cosLat = GeoPoint.CosLat(from.Lat);
        var best = _best;
        var ringItems = _ringItems;
        best.Clear();
        var toBeat = (Km: double.PositiveInfinity, Order: int.MaxValue);
        for (var ring = 0; ; ring++)
        {
            ringItems.Clear();
            for (var r = row - ring; r <= row + ring; r++)
            {
                // Inner rows of a ring hold only its two side cells.
                var step = ring == 0 || r == row - ring || r == row + ring ? 1 : 2 * ring;
                for (var c = col - ring; c <= col + ring; c += step)
                {
                    if (!_cells.TryGetValue((r, c), out var bucket) || CellNearest(from, cosLat, r, c) * leastFeel > toBeat.Km)
                    {
                        continue;
                    }

                    foreach (ref readonly var entry in CollectionsMarshal.AsSpan(bucket))
                    {
                        if ((entry.Tags & wanted) == 0)
                        {
                            continue;
                        }

                        var km = GeoPoint.DistanceKm(from, cosLat, entry.Point, entry.CosLat);
                        var felt = km * entry.Feel;
                        if (km <= MaxSearchKm && Nearer(felt, entry.Order, toBeat))
                        {
                            ringItems.Add((felt, entry.Order, entry.Item));
                        }
                    }
                }
            }

            CollectionsMarshal.AsSpan(ringItems).Sort(new NearestFirst());
            foreach (var (felt, order, item) in ringItems)
            {
                if (!Nearer(felt, order, toBeat))
                {
                    break;
                }

                if (!matches(item))
                {
                    continue;
                }

                if (best.Count == count)
                {
                    best.EnqueueDequeue((item, felt, order), (felt, order));
                }
                else
                {
                    best.Enqueue((item, felt, order), (felt, order));
                }

                if (best.Count == count)
                {
                    best.TryPeek(out _, out toBeat);
                }
            }

            var outside = NearestOutside(from, cosLat, row, col, ring);
            if (outside > MaxSearchKm || outside * leastFeel > toBeat.Km || CoversAll(row, col, ring))
            {
                break;
            }
        }

        var found = new List<(T Item, double Km, int Order)>(best.Count);
        while (best.TryDequeue(out var item, out _))
        {
            found.Add(item);
        }

        found.Reverse();
        ringItems.Clear();
        return found;
    }

    /// <summary>Whether an item is nearer than the one to beat, or as near and given earlier.</summary>
    private static bool Nearer(double km, int order, (double Km, int Order) toBeat) =>
        km < toBeat.Km || (km == toBeat.Km && order < toBeat.Order);

    private bool CoversAll(int row, int col, int ring) =>
        row - ring <= _min.Row && row + ring >= _max.Row && col - ring <= _min.Col && col + ring >= _max.Col;

    /// <summary>
    /// A lower bound on the distance from <paramref name="from"/> to any point of a cell: the haversine of the gaps in
    /// latitude and longitude to its edges, taking the cosine of whichever of its latitudes makes it smallest.
    /// </summary>
    private double CellNearest(GeoPoint from, double cosLat, int row, int col)
    {
        var south = row * _cellLat;
        var north = south + _cellLat;
        var west = col * _cellLon;
        var east = west + _cellLon;
        var latGap = Math.Max(0, Math.Max(south - from.Lat, from.Lat - north));
        var lonGap = Math.Max(0, Math.Max(west - from.Lon, from.Lon - east));
        if (latGap == 0 && lonGap == 0)
        {
            return 0;
        }

        var h = Math.Pow(Math.Sin(GeoPoint.ToRadians(latGap) / 2), 2)
            + cosLat * Math.Min(GeoPoint.CosLat(south), GeoPoint.CosLat(north)) * Math.Pow(Math.Sin(GeoPoint.ToRadians(lonGap) / 2), 2);
        return 2 * GeoPoint.EarthRadiusKm * Math.Asin(Math.Sqrt(h)) * Margin;
    }

    /// <summary>
    /// A lower bound on the distance from <paramref name="from"/> to any point outside the block of cells searched: one
    /// beyond its north or south edge is at least the difference in latitude away; one within its latitudes but beyond
    /// its east or west edge is at least that difference in longitude away at the block's highest latitude.
    /// </summary>
    private double NearestOutside(GeoPoint from, double cosLat, int row, int col, int ring)
    {
        var south = (row - ring) * _cellLat;
        var north = (row + ring + 1) * _cellLat;
        var west = (col - ring) * _cellLon;
        var east = (col + ring + 1) * _cellLon;
        var byLatitude = GeoPoint.EarthRadiusKm * GeoPoint.ToRadians(Math.Min(from.Lat - south, north - from.Lat));
        var h = cosLat * Math.Min(GeoPoint.CosLat(south), GeoPoint.CosLat(north))
            * Math.Pow(Math.Sin(GeoPoint.ToRadians(Math.Min(from.Lon - west, east - from.Lon)) / 2), 2);
        var byLongitude = 2 * GeoPoint.EarthRadiusKm * Math.Asin(Math.Sqrt(h));
        return Math.Min(byLatitude, byLongitude) * Margin;
    }

    private (int Row, int Col) Cell(GeoPoint point) =>
        ((int)Math.Floor(point.Lat / _cellLat), (int)Math.Floor(point.Lon / _cellLon));

    private readonly record struct Entry(T Item, int Order, GeoPoint Point, double CosLat, double Feel, int Tags);

    /// <summary>Farther first, and of two as far the one given later, so the queue's top is the one to drop.</summary>
    private sealed class FarthestFirst : IComparer<(double Km, int Order)>
    {
        public int Compare((double Km, int Order) a, (double Km, int Order) b) =>
            a.Km != b.Km ? b.Km.CompareTo(a.Km) : b.Order.CompareTo(a.Order);
    }

    /// <summary>
    /// Nearest first, and of two as near the one given first. A struct, so the sort of each ring's items compares them
    /// inline; no two items share an order, so an unstable sort still gives one answer.
    /// </summary>
    private readonly struct NearestFirst : IComparer<(double Km, int Order, T Item)>
    {
        public int Compare((double Km, int Order, T Item) a, (double Km, int Order, T Item) b) =>
            a.Km != b.Km ? a.Km.CompareTo(b.Km) : a.Order.CompareTo(b.Order);
    }
}
