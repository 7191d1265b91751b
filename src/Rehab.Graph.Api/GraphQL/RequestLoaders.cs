using GraphQL.DataLoader;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// Every graph read of one GraphQL request (a scoped service). Fields ask for a query or for items
/// by key and get a pending result; when the executer first awaits one, everything pending is sent
/// together, one statement each, in a single Cypher request. So each level of the response costs at
/// most one round trip, whatever and however many fields it selects; keyed results are cached for
/// the request, including any extra items a statement returned.
/// </summary>
/// <remarks>The GraphQL.DataLoader package is not available here; the executer's support for <see cref="IDataLoaderResult"/> is.</remarks>
public sealed class RequestLoaders(CypherClient cypher)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, object> _batches = [];
    private List<Func<IDispatch>> _pending = [];

    /// <summary>Runs a query with the next dispatch.</summary>
    public IDataLoaderResult<T> Run<T>(CypherQuery<T> query)
    {
        var dispatch = new QueryDispatch<T>(query);
        lock (_lock)
        {
            _pending.Add(() => dispatch);
        }

        return new Pending<T>(this, dispatch.Result);
    }

    /// <summary>Loads one item by key, batched with every other key asked for before the next dispatch.</summary>
    public IDataLoaderResult<T?> Load<TKey, T>(KeyedQuery<TKey, T> query, TKey key)
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

            return new Pending<T?>(this, result);
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
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

    private sealed class Pending<T>(RequestLoaders loaders, Task<T> result) : IDataLoaderResult<T>
    {
        public async Task<T> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!result.IsCompleted)
            {
                await loaders.DispatchAsync(cancellationToken);
            }

            return await result;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

internal static class RequestLoaderExtensions
{
    public static RequestLoaders Loaders(this global::GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();
}
