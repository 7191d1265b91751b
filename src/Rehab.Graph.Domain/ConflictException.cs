namespace Rehab.Graph.Domain;

/// <summary>The request is well formed but clashes with the current state: a stale version, a full placement, an illegal transition.</summary>
public sealed class ConflictException(string message) : Exception(message);
