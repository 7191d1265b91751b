namespace Rehab.Graph.RegionalData.Geography;

/// <summary>
/// Items bucketed into cells of about a kilometre, for "the nearest few that match" lookups without
/// scanning the whole region. The search widens ring by ring and stops at the first ring that
/// completes the count, so results are the nearest to within about a cell.
/// </summary>
public sealed class SpatialGrid<T>
{
    private const double CellLat = 0.009;
    private const double CellLon = 0.015;
    private readonly Dictionary<(int Row, int Col), List<T>> _cells = [];
    private readonly Func<T, GeoPoint> _location;

    public SpatialGrid(IEnumerable<T> items, Func<T, GeoPoint> location)
    {
        _location = location;
        foreach (var item in items)
        {
            var cell = Cell(location(item));
            if (!_cells.TryGetValue(cell, out var bucket))
            {
                _cells[cell] = bucket = [];
            }

            bucket.Add(item);
        }
    }

    public List<T> Nearest(GeoPoint from, int count, Func<T, bool> matches, int maxRings)
    {
        var (row, col) = Cell(from);
        var found = new List<(double Km, int Order, T Item)>();
        for (var ring = 0; ring <= maxRings && found.Count < count; ring++)
        {
            for (var r = row - ring; r <= row + ring; r++)
            {
                var edgeRow = r == row - ring || r == row + ring;
                for (var c = col - ring; c <= col + ring; c += edgeRow || ring == 0 ? 1 : 2 * ring)
                {
                    if (!_cells.TryGetValue((r, c), out var bucket))
                    {
                        continue;
                    }

                    foreach (var item in bucket)
                    {
                        if (matches(item))
                        {
                            found.Add((from.DistanceKm(_location(item)), found.Count, item));
                        }
                    }
                }
            }
        }

        found.Sort((a, b) => a.Km != b.Km ? a.Km.CompareTo(b.Km) : a.Order.CompareTo(b.Order));
        return found.Take(count).Select(f => f.Item).ToList();
    }

    private static (int Row, int Col) Cell(GeoPoint point) =>
        ((int)Math.Floor(point.Lat / CellLat), (int)Math.Floor(point.Lon / CellLon));
}
