namespace Rehab.Graph.Client;

public sealed class RehabGraphClientOptions
{
    /// <summary>The hub's address, e.g. <c>https://hub.example.org/</c>; requests go to its <see cref="Path"/>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The GraphQL endpoint, relative to <see cref="BaseAddress"/>.</summary>
    public string Path { get; set; } = "graphql";
}
