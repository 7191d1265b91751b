using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Listings.InMemory;

/// <summary>
/// The hub's in-memory copy of the directory, which Neo4j keeps as the system of record. A request reads the changes
/// since the copy's number in its first round trip (<see cref="Changes"/>), and <see cref="CatchUpAsync"/> gives it a
/// snapshot that holds every write committed before that read: the copy never answers older than the request's own
/// read, on this hub or any other sharing the database.
/// </summary>
public sealed partial class DirectoryIndex(CypherClient cypher, ILogger<DirectoryIndex> logger)
{
    /// <summary>Listings per round trip when the directory is read whole.</summary>
    public const int PageSize = 2000;

    private readonly Lock _install = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private DirectorySnapshot? _current;

    public DirectorySnapshot? Current => Volatile.Read(ref _current);

    /// <summary>The read to send in a request's first round trip; before the first load it asks for the number alone.</summary>
    public CypherQuery<DirectoryChanges> Changes() => DirectoryStatements.ChangesSince(Current?.Number ?? long.MaxValue);

    /// <summary>A snapshot at least as new as <paramref name="seen"/>: the copy with the changes applied, or read again whole after a bulk write.</summary>
    public async Task<DirectorySnapshot> CatchUpAsync(DirectoryChanges seen, CancellationToken cancellationToken)
    {
        var current = Current;
        if (current is not null && Holds(current, seen))
        {
            return current;
        }

        lock (_install)
        {
            current = _current;
            if (current is not null && Holds(current, seen))
            {
                return current;
            }

            // The changes cover (Since, Number]: they bring any copy at Since or later up to Number.
            if (current is not null && current.ReloadFrom >= seen.ReloadFrom && current.Number >= seen.Since)
            {
                var next = current.With(seen.Number, seen.Listings);
                Volatile.Write(ref _current, next);
                return next;
            }
        }

        return await LoadAsync(seen, cancellationToken);
    }

    /// <summary>Reads the whole directory, when the hub starts, so that its first request does not wait for it.</summary>
    public Task<DirectorySnapshot> WarmAsync(CancellationToken cancellationToken) => LoadAsync(null, cancellationToken);

    private static bool Holds(DirectorySnapshot snapshot, DirectoryChanges seen) =>
        snapshot.ReloadFrom >= seen.ReloadFrom && snapshot.Number >= seen.Number;

    private async Task<DirectorySnapshot> LoadAsync(DirectoryChanges? seen, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Another request may have loaded it while this one waited.
            if (Current is { } current && (seen is null || Holds(current, seen)))
            {
                return current;
            }

            var loaded = await ReadWholeAsync(cancellationToken);
            lock (_install)
            {
                // A load always reads a number at least as new as what asked for it; it replaces a copy it is newer than.
                if (_current is { } newer && (newer.ReloadFrom, newer.Number).CompareTo((loaded.ReloadFrom, loaded.Number)) > 0)
                {
                    return newer;
                }

                Volatile.Write(ref _current, loaded);
                return loaded;
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    // The number is read first: a write committed while the pages are read is numbered after it, so the next request's
    // changes bring it in even when a page already had it.
    private async Task<DirectorySnapshot> ReadWholeAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var (number, reloadFrom) = await cypher.QueryAsync(DirectoryStatements.Version, cancellationToken);
        var services = ReadAllAsync<ServiceRow>("services", cancellationToken);
        var placements = ReadAllAsync<PlacementRow>("placements", cancellationToken);
        var mentors = ReadAllAsync<MentorRow>("mentors", cancellationToken);
        var whole = DirectoryChangeSet.From(await services, await placements, await mentors);
        var snapshot = DirectorySnapshot.Loaded(number, reloadFrom, whole);
        LogLoaded(snapshot.ServiceCount, snapshot.PlacementCount, snapshot.MentorCount, number, started.ElapsedMilliseconds);
        return snapshot;
    }

    private async Task<List<TRow>> ReadAllAsync<TRow>(string kind, CancellationToken cancellationToken)
    {
        var rows = new List<TRow>();
        string? after = string.Empty;
        while (after is not null)
        {
            var (page, last) = await cypher.QueryAsync(DirectoryStatements.Page<TRow>(kind, after, PageSize), cancellationToken);
            rows.AddRange(page);
            after = last;
        }

        return rows;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory read whole at change {Number}: {Services} services, {Placements} placements, {Mentors} mentors in {Milliseconds} ms.")]
    private partial void LogLoaded(int services, int placements, int mentors, long number, long milliseconds);
}
