using GraphQL.DataLoader;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// Collects the keys that sibling fields ask for and fetches them in one call when the executer first
/// awaits a result, so a list of n items costs one round trip instead of n. Results are cached for
/// the request. (The GraphQL.DataLoader package is not available here; the executer's support for
/// <see cref="IDataLoaderResult{T}"/> is.)
/// </summary>
public sealed class BatchLoader<TKey, T>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, T>>> fetch)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, TaskCompletionSource<T?>> _results = [];
    private List<TKey> _pending = [];

    public IDataLoaderResult<T?> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_results.TryGetValue(key, out var result))
            {
                result = new TaskCompletionSource<T?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _results[key] = result;
                _pending.Add(key);
            }

            return new Pending(this, result.Task);
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> batch;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            (batch, _pending) = (_pending, []);
        }

        try
        {
            var found = await fetch(batch, cancellationToken);
            foreach (var key in batch)
            {
                _results[key].TrySetResult(found.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception e)
        {
            foreach (var key in batch)
            {
                _results[key].TrySetException(e);
            }
        }
    }

    private sealed class Pending(BatchLoader<TKey, T> loader, Task<T?> result) : IDataLoaderResult<T?>
    {
        public async Task<T?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!result.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken);
            }

            return await result;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>The batch loaders of one HTTP request, by name (a scoped service).</summary>
public sealed class RequestLoaders
{
    private readonly Dictionary<string, object> _loaders = [];
    private readonly Lock _lock = new();

    public BatchLoader<TKey, T> GetOrAdd<TKey, T>(string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, T>>> fetch)
        where TKey : notnull
    {
        lock (_lock)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                loader = new BatchLoader<TKey, T>(fetch);
                _loaders[name] = loader;
            }

            return (BatchLoader<TKey, T>)loader;
        }
    }
}

internal static class RequestLoaderExtensions
{
    public static RequestLoaders Loaders(this global::GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();
}
