namespace Rehab.Graph.Client.Generator;

/// <summary>A .graphql AdditionalFile as text: equatable, so the generator reruns only when a file changes.</summary>
internal sealed record GraphQLFile(string Path, string Text);
