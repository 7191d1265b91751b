using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Audit;

/// <summary>
/// Records the audit entries of reads (a person, a caseload, a fund read) for every request of this hub together. A
/// read's entries start on their way when it asks, alongside its own reads rather than inside them, and the read awaits
/// them before it answers, so nothing is shown that is not recorded. Entries that arrive while a commit is in flight go
/// together in the next one: on Neo4j 3.1 a commit that writes costs about 9 ms however many entries it holds (each
/// schema index is refreshed per commit), so under load many reads share that cost. A write's own entry is not for here:
/// it belongs in the write's transaction (<see cref="AuditTrail.Record"/>).
/// </summary>
public sealed class AuditLog(CypherClient cypher)
{
    /// <summary>At most this many entries to a commit, so one request's many entries cannot make a commit slow for all.</summary>
    public const int MaxPerCommit = 1000;

    private readonly Lock _lock = new();
    private readonly List<Waiting> _waiting = [];
    private bool _committing;

    /// <summary>Completes when the entries are committed; fails, for every read waiting on the same commit, when it fails.</summary>
    public Task RecordAsync(IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        var waiting = new Waiting(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool commitNow;
        lock (_lock)
        {
            _waiting.Add(waiting);
            commitNow = !_committing;
            _committing = true;
        }

        if (commitNow)
        {
            // Not in the asking request's flow: the commit serves others too, so it is neither counted among that
            // request's round trips nor cancelled with it.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(CommitWhileWaitingAsync, CancellationToken.None);
            }
        }

        return waiting.Committed.Task;
    }

    public Task RecordAsync(AuditEntry entry) => RecordAsync([entry]);

    private async Task CommitWhileWaitingAsync()
    {
        while (Take() is { Count: > 0 } batch)
        {
            try
            {
                await cypher.RunAsync(AuditTrail.RecordAll(batch.SelectMany(w => w.Entries)), CancellationToken.None);
                batch.ForEach(w => w.Committed.TrySetResult());
            }
            catch (Exception e)
            {
                batch.ForEach(w => w.Committed.TrySetException(e));
            }
        }
    }

    /// <summary>The next commit's entries, whole requests at a time up to <see cref="MaxPerCommit"/>; none ends the committing.</summary>
    private List<Waiting> Take()
    {
        lock (_lock)
        {
            var taken = new List<Waiting>();
            var entries = 0;
            foreach (var waiting in _waiting)
            {
                if (taken.Count > 0 && entries + waiting.Entries.Count > MaxPerCommit)
                {
                    break;
                }

                taken.Add(waiting);
                entries += waiting.Entries.Count;
            }

            _waiting.RemoveRange(0, taken.Count);
            _committing = taken.Count > 0;
            return taken;
        }
    }

    private sealed record Waiting(IReadOnlyList<AuditEntry> Entries, TaskCompletionSource Committed);
}
