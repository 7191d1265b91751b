using GraphQL.DataLoader;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// A feature's pending read handed to the executer as a data-loader result: the executer collects every field's
/// result of one level before awaiting any, so all of them go to Neo4j in one request.
/// </summary>
/// <remarks>The GraphQL.DataLoader package is not available here; the executer's support for <see cref="IDataLoaderResult"/> is.</remarks>
internal static class PendingReads
{
    public static IDataLoaderResult<T> Deferred<T>(this PendingRead<T> read) => new Deferred<T>(read);
}

internal sealed class Deferred<T>(PendingRead<T> read) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => read.GetResultAsync(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await read.GetResultAsync(cancellationToken);
}
