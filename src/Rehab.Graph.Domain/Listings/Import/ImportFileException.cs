namespace Rehab.Graph.Domain.Listings.Import;

/// <summary>A file that cannot be imported at all (not JSON, an unknown column): no row of it is looked at.</summary>
public sealed class ImportFileException(string message) : Exception(message);
