using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Rehab.Graph.Domain.Paging;

namespace Rehab.Graph.Api.Listings;

/// <summary>Reads and validates the arguments every directory search shares.</summary>
internal static class ListingArguments
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Relay's <c>first</c> and <c>after</c>, read back by <see cref="Page"/>.</summary>
    public static FieldBuilder<TSource, object> Paging<TSource>(this FieldBuilder<TSource, object> field) =>
        field
            .Argument<IntGraphType>("first", $"Page size, 0 to {MaxPageSize}; default {DefaultPageSize}.")
            .Argument<StringGraphType>("after", "A cursor from a previous page (endCursor or an edge's cursor).");

    public static PageRequest Page(this IResolveFieldContext context) =>
        PageRequest.Create(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), DefaultPageSize, MaxPageSize);
}
