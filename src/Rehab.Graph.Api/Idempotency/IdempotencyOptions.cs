using System.ComponentModel.DataAnnotations;

namespace Rehab.Graph.Api.Idempotency;

/// <summary>The <c>Idempotency</c> configuration section: how long keys are kept, and how long a first attempt may take to answer.</summary>
public sealed record IdempotencyOptions
{
    public const string Section = "Idempotency";

    private const string OutOfRange = "Idempotency:{0} must be between {1} and {2}.";

    /// <summary>
    /// Hours a key and the first answer given under it are kept, counted from the request: a retry within them gets that
    /// answer; after them the key is free again. The IETF draft asks for at least 24.
    /// </summary>
    [Range(24, 24 * 366, ErrorMessage = OutOfRange)]
    public int RetentionHours { get; init; } = 24;

    /// <summary>
    /// Seconds from a request's start during which a retry that finds the key claimed (its write committed) but no answer
    /// kept yet is told the first attempt is still answering (409, try again); after them, that the answer was lost. Longer
    /// than a write can take to answer, Neo4j's timeouts included.
    /// </summary>
    [Range(0.001, 3_600, ErrorMessage = OutOfRange)]
    public double InFlightSeconds { get; init; } = 60;

    public TimeSpan Retention => TimeSpan.FromHours(RetentionHours);

    public TimeSpan InFlight => TimeSpan.FromSeconds(InFlightSeconds);
}
