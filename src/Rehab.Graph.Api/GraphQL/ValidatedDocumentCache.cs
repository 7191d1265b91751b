using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// Documents that passed validation, by their text and the operation asked for, so a client sending the same query
/// again (as every client page does) is neither parsed nor validated again.
/// A cached document still goes through the rules registered for cached documents: those that read variables
/// (<see cref="QueryCostRule"/>, since a page size may come in one). The operation is part of the key because the rules
/// check only the operation asked for. Bounded by the total length of the texts held, so unique queries only evict.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>
    /// Characters of query text held at most: thousands of client queries. GraphQL.NET's own cache expects its syntax
    /// trees to take about ten times their text, so some 20 MB at most (not measured here).
    /// </summary>
    public const long MaxTextLength = 2_000_000;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = MaxTextLength });

    /// <summary>After the options configurations (100), before the other executions.</summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        var key = (query, options.OperationName);
        if (_documents.TryGetValue(key, out GraphQLDocument? cached) && cached is not null)
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        var result = await next(options);
        // Executed: every rule passed, whatever the fields then answered.
        if (result is { Executed: true, Document: { } document })
        {
            _documents.Set(key, document, new MemoryCacheEntryOptions { Size = query.Length });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();
}
