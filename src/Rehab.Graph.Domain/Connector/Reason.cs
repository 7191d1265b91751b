namespace Rehab.Graph.Domain.Connector;

/// <summary>Why an item fits, in a sentence a practitioner can read out.</summary>
public sealed record Reason(string Code, string Text);

/// <summary>An existing path from the person to a resource, through prosocial ties only.</summary>
public sealed record Bridge(string Text, int Hops);
