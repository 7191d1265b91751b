namespace Rehab.Graph.Domain.Listings;

/// <summary>What an admin's versioned upsert changes: the stored item (null for a new one), its id, and the version it is written at.</summary>
public sealed record VersionedChange<T>(T? Before, string Id, int Version)
    where T : class
{
    public string Summary => Before is null ? "created at version 1" : $"changed to version {Version}";

    /// <summary>
    /// A new item (no <paramref name="id"/>) gets a new id at version 1; a change to a stored one must name the version it
    /// was made to, and writes the next. <paramref name="stored"/> is the item as locked, null when there is none.
    /// </summary>
    public static VersionedChange<T> Decide(string? id, int? version, T? stored, Func<T, int> versionOf, string kind, string noun, DateTimeOffset now)
    {
        if (id is null)
        {
            return new VersionedChange<T>(null, ListingRules.NewId(kind, now), 1);
        }

        var before = stored ?? throw new NotFoundException("input.id", $"No {noun} with id '{id}'.");
        return new VersionedChange<T>(before, id, ListingRules.NextVersion(id, versionOf(before), version!.Value));
    }
}
