namespace Rehab.Graph.Web.Navigation;

/// <summary>
/// Where a list page is in the hub's results. The hub pages forward only (<c>first</c>/<c>after</c>, opaque cursors),
/// so the address carries the cursors of the pages before this one (<see cref="Trail"/>, page 2 on: page 1 needs none)
/// and Previous takes the last of them off. A page's address is a plain link, so it all works without JavaScript.
/// </summary>
public sealed record CursorTrail(string? After, string? Trail)
{
    /// <summary>Cursors are base64 and never contain it.</summary>
    private const char Separator = '~';

    public static CursorTrail Of(string? after, string? trail) =>
        new(string.IsNullOrEmpty(after) ? null : after, string.IsNullOrEmpty(after) || string.IsNullOrEmpty(trail) ? null : trail);

    /// <summary>The cursors of the pages before this one from page 2 on, oldest first.</summary>
    public IReadOnlyList<string> Pages => string.IsNullOrEmpty(Trail) ? [] : Trail.Split(Separator);

    /// <summary>Which page this is, from 1.</summary>
    public int PageNumber => After is null ? 1 : Pages.Count + 2;

    /// <summary>The position of this page's first item, from 1.</summary>
    public int FirstItem(int pageSize) => (PageNumber - 1) * pageSize + 1;

    /// <summary>The page before this one, or null on the first page.</summary>
    public CursorTrail? Previous => After is null
        ? null
        : Pages.Count == 0 ? new CursorTrail(null, null) : new CursorTrail(Pages[^1], Join(Pages.Take(Pages.Count - 1)));

    /// <summary>The page after this one, which starts after <paramref name="endCursor"/>.</summary>
    public CursorTrail Next(string endCursor) => new(endCursor, After is null ? null : Join([.. Pages, After]));

    /// <summary>This position as query parameters (none on the first page).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Query()
    {
        if (After is not null)
        {
            yield return new("after", After);
        }

        if (Trail is not null)
        {
            yield return new("trail", Trail);
        }
    }

    private static string? Join(IEnumerable<string> cursors) => string.Join(Separator, cursors) is { Length: > 0 } joined ? joined : null;
}
