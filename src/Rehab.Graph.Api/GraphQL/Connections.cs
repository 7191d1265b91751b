using GraphQL.Types;
using Rehab.Graph.Domain.Paging;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>A Relay connection over one page: <c>totalCount</c>, <c>nodes</c>, <c>edges</c> and <c>pageInfo</c>.</summary>
public abstract class ConnectionType<TNodeType, TEdgeType, TItem> : ObjectGraphType<Page<TItem>>
    where TNodeType : IGraphType
    where TEdgeType : EdgeType<TNodeType, TItem>
{
    protected ConnectionType(string nodeName)
    {
        Name = $"{nodeName}Connection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items match, across all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Resolve(c => c.Source.Items.Select((item, i) => new Edge<TItem>(c.Source.CursorAt(i), item)).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => PageInfo.Of(c.Source));
    }
}

public sealed record Edge<TItem>(string Cursor, TItem Node);

public abstract class EdgeType<TNodeType, TItem> : ObjectGraphType<Edge<TItem>>
    where TNodeType : IGraphType
{
    protected EdgeType(string nodeName)
    {
        Name = $"{nodeName}Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
{
    public static PageInfo Of<T>(Page<T> page) => new(
        page.HasNextPage,
        page.HasPreviousPage,
        page.Items.Count > 0 ? page.CursorAt(0) : null,
        page.Items.Count > 0 ? page.CursorAt(page.Items.Count - 1) : null);
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(p => p.HasNextPage);
        Field(p => p.HasPreviousPage);
        Field(p => p.StartCursor, nullable: true);
        Field(p => p.EndCursor, nullable: true);
    }
}
