using GraphQL.Types;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>Relay's <c>Node</c>: anything with a global id that <c>node(id:)</c> can fetch.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
