namespace Rehab.Graph.Neo4j.Client;

/// <summary>An error Neo4j reported for a statement; <see cref="Code"/> is Neo4j's status code.</summary>
public class Neo4jException(string code, string message, string? statementName = null)
    : Exception(statementName is null ? $"{code}: {message}" : $"{code} in '{statementName}': {message}")
{
    public string Code { get; } = code;

    public string? StatementName { get; } = statementName;

    /// <summary>Maps Neo4j's status code to the exception a caller can act on.</summary>
    internal static Neo4jException From(string code, string message, string? statementName) => code switch
    {
        "Neo.ClientError.Schema.ConstraintValidationFailed" => new Neo4jConflictException(code, message, statementName),
        _ when code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal)
            || code.StartsWith("Neo.ClientError.Request.", StringComparison.Ordinal)
            => new CypherBugException(code, message, statementName),
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new Neo4jTransientException(code, message, statementName),
        _ => new Neo4jException(code, message, statementName),
    };
}

/// <summary>A write broke a uniqueness constraint: the caller's data conflicts with what is stored.</summary>
public sealed class Neo4jConflictException(string code, string message, string? statementName)
    : Neo4jException(code, message, statementName);

/// <summary>Neo4j rejected the statement itself (syntax, missing parameter, types): a defect in our code, not the caller's input.</summary>
public sealed class CypherBugException(string code, string message, string? statementName)
    : Neo4jException(code, message, statementName);

/// <summary>A transient error (deadlock, leader switch) that the same statement may pass on retry.</summary>
public sealed class Neo4jTransientException(string code, string message, string? statementName)
    : Neo4jException(code, message, statementName);

/// <summary>Neo4j could not be reached or did not answer in time.</summary>
public sealed class Neo4jUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
