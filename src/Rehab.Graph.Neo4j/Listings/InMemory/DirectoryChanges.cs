using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Listings.InMemory;

/// <summary>Listings as read for the in-memory directory: each by id, or null for one no longer listed.</summary>
public sealed class DirectoryChangeSet
{
    internal DirectoryChangeSet(
        IReadOnlyList<KeyValuePair<string, HeldListing<ServiceListing>?>> services,
        IReadOnlyList<KeyValuePair<string, HeldListing<PlacementListing>?>> placements,
        IReadOnlyList<KeyValuePair<string, HeldListing<MentorListing>?>> mentors)
    {
        Services = services;
        Placements = placements;
        Mentors = mentors;
    }

    public int Count => Services.Count + Placements.Count + Mentors.Count;

    internal IReadOnlyList<KeyValuePair<string, HeldListing<ServiceListing>?>> Services { get; }

    internal IReadOnlyList<KeyValuePair<string, HeldListing<PlacementListing>?>> Placements { get; }

    internal IReadOnlyList<KeyValuePair<string, HeldListing<MentorListing>?>> Mentors { get; }

    internal static DirectoryChangeSet From(IEnumerable<ServiceRow> services, IEnumerable<PlacementRow> placements, IEnumerable<MentorRow> mentors) => new(
        [.. services.Select(Held)],
        [.. placements.Select(Held)],
        [.. mentors.Select(Held)]);

    // A service or placement that no organisation offers is not listed anywhere, so it leaves the directory.
    internal static KeyValuePair<string, HeldListing<ServiceListing>?> Held(ServiceRow row) => new(
        row.Service.Id,
        row.Organisation is null ? null : new(row.ToListing(), row.Service is { Lat: { } lat, Lon: { } lon } ? new GeoPoint(lat, lon) : null));

    internal static KeyValuePair<string, HeldListing<PlacementListing>?> Held(PlacementRow row) => new(
        row.Placement.Id,
        row.Organisation is null ? null : new(row.ToListing(), new GeoPoint(row.Placement.Lat, row.Placement.Lon)));

    internal static KeyValuePair<string, HeldListing<MentorListing>?> Held(MentorRow row) => new(
        row.Mentor.Id,
        new(row.ToListing(), new GeoPoint(row.Mentor.Lat, row.Mentor.Lon)));
}

/// <summary>What a request read of the directory's changes: the listings changed after <see cref="Since"/>, up to <see cref="Number"/>.</summary>
public sealed record DirectoryChanges(long Since, long Number, long ReloadFrom, DirectoryChangeSet Listings);

/// <summary>
/// The statements that keep each hub's in-memory directory current. Every write that changes what a listing shows
/// (its fields, its organisation, a place taken or given back, a mentee taken on or released) ends its transaction
/// with <see cref="Touch"/>; a bulk write ends with <see cref="TouchAll"/>.
/// </summary>
public static class DirectoryStatements
{
    /// <summary>Marks the listings a write changed, and the listings of an organisation it changed; the transaction's last statement.</summary>
    public static CypherStatement Touch(
        IReadOnlyList<string>? services = null, IReadOnlyList<string>? placements = null, IReadOnlyList<string>? mentors = null, string? organisation = null) =>
        Statement("touch", new()
        {
            ["services"] = services ?? [],
            ["placements"] = placements ?? [],
            ["mentors"] = mentors ?? [],
            ["organisation"] = organisation,
        });

    /// <summary>Makes every hub read the whole directory again: after a seed load, a restore or a change made outside the hub.</summary>
    public static CypherStatement TouchAll() => Statement("touch-all");

    /// <summary>The change number and every listing changed after <paramref name="since"/>.</summary>
    public static CypherQuery<DirectoryChanges> ChangesSince(long since) => new(
        Statement("changes", new() { ["since"] = since }),
        result => new DirectoryChanges(
            since,
            result.Single<long>("number"),
            result.Single<long>("reloadFrom"),
            DirectoryChangeSet.From(result.Single<IReadOnlyList<ServiceRow>>("services"), result.Single<IReadOnlyList<PlacementRow>>("placements"), result.Single<IReadOnlyList<MentorRow>>("mentors"))));

    internal static CypherQuery<(long Number, long ReloadFrom)> Version { get; } = new(
        Statement("version"),
        result => (result.Single<long>("number"), result.Single<long>("reloadFrom")));

    /// <summary>A page of one kind of listing by id, after <paramref name="after"/>; the last id read starts the next page.</summary>
    internal static CypherQuery<(IReadOnlyList<TRow> Rows, string? LastId)> Page<TRow>(string kind, string after, int batch) => new(
        Statement($"{kind}-page", new() { ["after"] = after, ["batch"] = batch }),
        result => (result.Read<TRow>("row"), result.Rows.Count < batch ? null : result.Read<string>("id").Max(StringComparer.Ordinal)));

    private static CypherStatement Statement(string name, Dictionary<string, object?>? parameters = null) =>
        CypherStatement.From($"Listings/InMemory/{name}.cypher", parameters);
}
