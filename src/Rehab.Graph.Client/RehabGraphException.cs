using System.Net;

namespace Rehab.Graph.Client;

/// <summary>One error of a GraphQL response: its message, <c>extensions.code</c>, path and, for bad input, the field at fault.</summary>
public sealed record RehabGraphError(string Message, string? Code, IReadOnlyList<string> Path, string? Field);

/// <summary>
/// The hub answered with errors (or not at all). <see cref="Code"/> is the first error's <c>extensions.code</c>; the
/// subclasses let a caller catch the codes it handles: bad input, forbidden, unauthenticated, not found, conflict, unavailable.
/// </summary>
public class RehabGraphException(string message, string? code, IReadOnlyList<RehabGraphError> errors, HttpStatusCode? statusCode = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string? Code { get; } = code;

    public IReadOnlyList<RehabGraphError> Errors { get; } = errors;

    /// <summary>The HTTP status of the response, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>The exception for a response's errors: the first error's code picks the type.</summary>
    public static RehabGraphException From(IReadOnlyList<RehabGraphError> errors, HttpStatusCode? statusCode)
    {
        var first = errors[0];
        var message = errors.Count == 1 ? first.Message : $"{first.Message} (and {errors.Count - 1} more)";
        return first.Code switch
        {
            "BAD_USER_INPUT" => new RehabGraphBadUserInputException(message, errors, statusCode),
            "FORBIDDEN" => new RehabGraphForbiddenException(message, errors, statusCode),
            "UNAUTHENTICATED" => new RehabGraphUnauthenticatedException(message, errors, statusCode),
            "NOT_FOUND" => new RehabGraphNotFoundException(message, errors, statusCode),
            "CONFLICT" or "ALREADY_COMMITTED" or "IDEMPOTENCY_KEY_IN_USE" => new RehabGraphConflictException(message, first.Code, errors, statusCode),
            "UNAVAILABLE" => new RehabGraphUnavailableException(message, errors, statusCode),
            _ => new RehabGraphException(message, first.Code, errors, statusCode),
        };
    }
}

/// <summary>BAD_USER_INPUT: the request's values were refused; <see cref="Field"/> names the input at fault when the hub says.</summary>
public sealed class RehabGraphBadUserInputException(string message, IReadOnlyList<RehabGraphError> errors, HttpStatusCode? statusCode = null)
    : RehabGraphException(message, "BAD_USER_INPUT", errors, statusCode)
{
    /// <summary>The input at fault, e.g. <c>input.near.radiusKm</c> (<c>extensions.field</c>).</summary>
    public string? Field { get; } = errors.Select(e => e.Field).FirstOrDefault(f => f is not null);
}

/// <summary>FORBIDDEN: the caller is signed in but may not do this.</summary>
public sealed class RehabGraphForbiddenException(string message, IReadOnlyList<RehabGraphError> errors, HttpStatusCode? statusCode = null)
    : RehabGraphException(message, "FORBIDDEN", errors, statusCode);

/// <summary>UNAUTHENTICATED: no token where one is needed, or a token the hub does not accept.</summary>
public sealed class RehabGraphUnauthenticatedException(string message, IReadOnlyList<RehabGraphError> errors, HttpStatusCode? statusCode = null)
    : RehabGraphException(message, "UNAUTHENTICATED", errors, statusCode);

/// <summary>NOT_FOUND: an id in the request names nothing the caller can see.</summary>
public sealed class RehabGraphNotFoundException(string message, IReadOnlyList<RehabGraphError> errors, HttpStatusCode? statusCode = null)
    : RehabGraphException(message, "NOT_FOUND", errors, statusCode);

/// <summary>
/// CONFLICT: someone changed the item first (a stale version), nothing is left to take, or a retried write under the same
/// idempotency key was already carried out (<c>ALREADY_COMMITTED</c>) or is still running (<c>IDEMPOTENCY_KEY_IN_USE</c>).
/// </summary>
public sealed class RehabGraphConflictException(string message, string? code, IReadOnlyList<RehabGraphError> errors, HttpStatusCode? statusCode = null)
    : RehabGraphException(message, code ?? "CONFLICT", errors, statusCode);

/// <summary>UNAVAILABLE: the hub or its database could not answer, after any retries; try again later.</summary>
public sealed class RehabGraphUnavailableException(string message, IReadOnlyList<RehabGraphError> errors, HttpStatusCode? statusCode = null, Exception? innerException = null)
    : RehabGraphException(message, "UNAVAILABLE", errors, statusCode, innerException);
