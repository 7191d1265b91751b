namespace Rehab.Graph.Client;

public enum RehabGraphOperationKind
{
    Query,
    Mutation,
}

/// <summary>One operation of the client, as generated from its <c>.graphql</c> file: the document is what is sent.</summary>
public sealed record RehabGraphOperation(string Name, RehabGraphOperationKind Kind, string Document);
