namespace Rehab.Graph.Domain;

/// <summary>Input a caller can fix: <see cref="Field"/> names the argument or input field at fault.</summary>
public sealed class InvalidInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
