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

/// <summary>Neo4j could not be reached or did not answer in time, or ended the work before it was done; <see cref="Cause"/> says which.</summary>
public sealed class Neo4jUnavailableException(string message, Neo4jOutage cause, Exception? inner = null) : Exception(message, inner)
{
    public Neo4jOutage Cause { get; } = cause;

    /// <summary>Whether Neo4j itself answered (it ended a transaction, or kept reporting transient errors) rather than staying silent.</summary>
    public bool Answered => Cause is Neo4jOutage.TransactionEnded or Neo4jOutage.KeptFailing;
}

/// <summary>Why Neo4j was unavailable to a request.</summary>
public enum Neo4jOutage
{
    /// <summary>No connection: nothing listens, or the connection was cut before an answer.</summary>
    Unreachable,

    /// <summary>Connected, but no answer within the request timeout.</summary>
    NoAnswer,

    /// <summary>Neo4j, or a proxy before it, answered that it cannot serve (HTTP 502, 503, 504).</summary>
    ServerUnavailable,

    /// <summary>Neo4j ended the transaction: it ran or idled too long, or was terminated.</summary>
    TransactionEnded,

    /// <summary>Neo4j kept answering with transient errors after every retry.</summary>
    KeptFailing,

    /// <summary>The hub has not found Neo4j yet, or could not start it.</summary>
    Starting,
}
