namespace Rehab.Graph.Neo4j.Client;

/// <summary>
/// Every graph read of one request (a scoped service). Reads ask for a query or for items by key and
/// get a <see cref="PendingRead{T}"/>; when the first is awaited, everything pending is sent together,
/// one statement each, in a single Cypher request. So each level of a GraphQL response costs at most
/// one round trip, whatever and however many fields it selects; keyed results are cached for the
/// request, including any extra items a statement returned.
/// </summary>
public sealed class ReadBatch(CypherClient cypher)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, object> _batches = [];
    private List<Func<IDispatch>> _pending = [];

    /// <summary>Runs a query with the next dispatch.</summary>
    public PendingRead<T> Run<T>(CypherQuery<T> query)
    {
        var dispatch = new QueryDispatch<T>(query);
        lock (_lock)
        {
            _pending.Add(() => dispatch);
        }

        return new PendingRead<T>(this, dispatch.Result);
    }

    /// <summary>Loads one item by key, batched with every other key asked for before the next dispatch.</summary>
    public PendingRead<T?> Load<TKey, T>(KeyedQuery<TKey, T> query, TKey key)
        where TKey : notnull
    {
        lock (_lock)
        {
            if (!_batches.TryGetValue(query.Name, out var batch))
            {
                batch = new Batch<TKey, T>(query, _lock);
                _batches[query.Name] = batch;
            }

            var typed = (Batch<TKey, T>)batch;
            var (result, isNew) = typed.Enqueue(key);
            if (isNew && typed.PendingCount == 1)
            {
                _pending.Add(typed.Take);
            }

            return new PendingRead<T?>(this, result);
        }
    }

    internal async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<IDispatch> work;
        lock (_lock)
        {
            work = [.. _pending.Select(take => take())];
            _pending = [];
        }

        if (work.Count == 0)
        {
            return;
        }

        try
        {
            var results = await cypher.RunAsync([.. work.Select(w => w.Statement)], cancellationToken);
            for (var i = 0; i < work.Count; i++)
            {
                work[i].Complete(results[i]);
            }
        }
        catch (Exception e)
        {
            foreach (var dispatch in work)
            {
                dispatch.Fail(e);
            }
        }
    }

    /// <summary>One statement on its way: it receives its result or the failure of the request it went in.</summary>
    private interface IDispatch
    {
        CypherStatement Statement { get; }

        void Complete(CypherResult result);

        void Fail(Exception error);
    }

    private sealed class QueryDispatch<T>(CypherQuery<T> query) : IDispatch
    {
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Result => _result.Task;

        public CypherStatement Statement => query.Statement;

        public void Complete(CypherResult result)
        {
            try
            {
                _result.TrySetResult(query.Read(result));
            }
            catch (Exception e)
            {
                _result.TrySetException(e);
            }
        }

        public void Fail(Exception error) => _result.TrySetException(error);
    }

    /// <summary>The keys of one keyed query, cached for the request; its pending keys go out as one statement.</summary>
    private sealed class Batch<TKey, T>(KeyedQuery<TKey, T> query, Lock sharedLock)
        where TKey : notnull
    {
        private readonly Dictionary<TKey, TaskCompletionSource<T?>> _results = [];
        private List<TKey> _pending = [];

        public int PendingCount => _pending.Count;

        public (Task<T?> Result, bool IsNew) Enqueue(TKey key)
        {
            if (_results.TryGetValue(key, out var known))
            {
                return (known.Task, false);
            }

            var result = new TaskCompletionSource<T?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _results[key] = result;
            _pending.Add(key);
            return (result.Task, true);
        }

        /// <summary>Called under the shared lock: the pending keys leave as one dispatch.</summary>
        public IDispatch Take()
        {
            var keys = _pending;
            _pending = [];
            return new KeysDispatch(this, keys);
        }

        private sealed class KeysDispatch(Batch<TKey, T> batch, IReadOnlyList<TKey> keys) : IDispatch
        {
            public CypherStatement Statement { get; } = batch.Query.Statement(keys);

            public void Complete(CypherResult result)
            {
                IReadOnlyDictionary<TKey, T> found;
                try
                {
                    found = batch.Query.Read(result, keys);
                }
                catch (Exception e)
                {
                    Fail(e);
                    return;
                }

                lock (batch.SharedLock)
                {
                    foreach (var key in keys)
                    {
                        batch._results[key].TrySetResult(found.TryGetValue(key, out var value) ? value : default);
                    }

                    foreach (var (key, value) in found)
                    {
                        batch._results.TryAdd(key, CompletedWith(value));
                    }
                }
            }

            public void Fail(Exception error)
            {
                lock (batch.SharedLock)
                {
                    foreach (var key in keys)
                    {
                        batch._results[key].TrySetException(error);
                    }
                }
            }

            private static TaskCompletionSource<T?> CompletedWith(T value)
            {
                var result = new TaskCompletionSource<T?>();
                result.SetResult(value);
                return result;
            }
        }

        private KeyedQuery<TKey, T> Query => query;

        private Lock SharedLock => sharedLock;
    }
}

/// <summary>A read on its way: awaiting it sends every read pending in its batch, in one request, if it has not gone yet.</summary>
public sealed class PendingRead<T>
{
    private readonly ReadBatch? _batch;
    private readonly Task<T> _result;

    internal PendingRead(ReadBatch? batch, Task<T> result) => (_batch, _result) = (batch, result);

    /// <summary>A value already known, for an answer that needs no read.</summary>
    public static PendingRead<T> Known(T value) => new(null, Task.FromResult(value));

    public async Task<T> GetResultAsync(CancellationToken cancellationToken = default)
    {
        if (!_result.IsCompleted && _batch is not null)
        {
            await _batch.DispatchAsync(cancellationToken);
        }

        return await _result;
    }

    /// <summary>The same read, its value mapped once it arrives; it goes with the batch as the original does.</summary>
    public PendingRead<TResult> Then<TResult>(Func<T, TResult> map) => new(_batch, MapAsync(map));

    /// <summary>The same read, followed by work of its own once it arrives (e.g. bringing a copy up to what it read).</summary>
    public PendingRead<TResult> ThenAsync<TResult>(Func<T, Task<TResult>> next) => new(_batch, NextAsync(next));

    /// <summary>The same read, given only once <paramref name="recorded"/> is done too: a personal read waits for its audit entry.</summary>
    public PendingRead<T> After(Task recorded) => new(_batch, AfterAsync(recorded));

    private async Task<TResult> MapAsync<TResult>(Func<T, TResult> map) => map(await _result);

    private async Task<TResult> NextAsync<TResult>(Func<T, Task<TResult>> next) => await next(await _result);

    private async Task<T> AfterAsync(Task recorded)
    {
        var result = await _result;
        await recorded;
        return result;
    }
}
