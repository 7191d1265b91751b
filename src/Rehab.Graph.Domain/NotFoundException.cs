namespace Rehab.Graph.Domain;

/// <summary>Something the caller named by id does not exist (or is not theirs to see); <see cref="Field"/> names the argument.</summary>
public sealed class NotFoundException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
