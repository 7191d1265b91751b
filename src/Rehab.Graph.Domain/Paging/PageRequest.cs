using System.Text;

namespace Rehab.Graph.Domain.Paging;

/// <summary>
/// Relay paging by offset: a cursor is the opaque, base64 form of the position of an item in a
/// stable ordering, so `after` resumes just past it.
/// </summary>
public sealed record PageRequest(int First, int Offset)
{
    private const string Prefix = "rg:";

    public static PageRequest Create(int? first, string? after, int defaultSize, int maxSize)
    {
        var size = first ?? defaultSize;
        if (size < 0 || size > maxSize)
        {
            throw new InvalidInputException("first", $"'first' must be between 0 and {maxSize} (got {size}).");
        }

        return new PageRequest(size, after is null ? 0 : DecodeCursor(after) + 1);
    }

    public static string EncodeCursor(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static int DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position)
                && position < int.MaxValue)
            {
                return position;
            }
        }
        catch (FormatException)
        {
            // Falls through to the same message as any other malformed cursor.
        }

        throw new InvalidInputException("after", "'after' is not a cursor this API issued; pass an endCursor or edge cursor from a previous page.");
    }
}

/// <summary>One page of a stable ordering, with the total count of the whole result.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int Offset)
{
    public bool HasNextPage => Offset + Items.Count < TotalCount;

    public bool HasPreviousPage => Offset > 0;

    public string CursorAt(int index) => PageRequest.EncodeCursor(Offset + index);
}
