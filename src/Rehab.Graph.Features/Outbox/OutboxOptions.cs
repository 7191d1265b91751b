using System.ComponentModel.DataAnnotations;

namespace Rehab.Graph.Features.Outbox;

/// <summary>The <c>Outbox</c> configuration section: how often and how hard the dispatcher tries, how long sent messages are kept, and where the file sender writes.</summary>
public sealed record OutboxOptions
{
    public const string Section = "Outbox";

    private const string Positive = "Outbox:{0} must be positive.";

    /// <summary>Seconds between polls for unsent messages.</summary>
    [Range(0d, double.PositiveInfinity, MinimumIsExclusive = true, ErrorMessage = Positive)]
    public double PollSeconds { get; init; } = 2;

    /// <summary>Messages claimed per poll; a full batch is followed at once by the next.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Positive)]
    public int BatchSize { get; init; } = 20;

    /// <summary>Attempts before a message is left unsent, with its last error, for someone to look at.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Positive)]
    public int MaxAttempts { get; init; } = 8;

    /// <summary>The wait before the first retry, doubled for each one after (at most an hour).</summary>
    [Range(0d, double.PositiveInfinity, ErrorMessage = "Outbox:{0} must not be negative.")]
    public double RetrySeconds { get; init; } = 30;

    /// <summary>How long a claim keeps other hubs off a message; longer than a batch takes to send.</summary>
    [Range(0d, double.PositiveInfinity, MinimumIsExclusive = true, ErrorMessage = Positive)]
    public double LeaseSeconds { get; init; } = 120;

    /// <summary>
    /// Days a sent message is kept before the dispatcher deletes it: its body says where and when a named person
    /// must go, which is personal data. Messages never sent are kept, for someone to look at.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = Positive)]
    public int RetentionDays { get; init; } = 30;

    /// <summary>Where <see cref="FileMessageSender"/> writes; relative to the content root. Default: <c>outbox</c> in the hub's cache directory (<c>.cache/outbox</c> in a checkout).</summary>
    public string? Directory { get; init; }

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(RetrySeconds * Math.Pow(2, Math.Max(attempts - 1, 0)), TimeSpan.FromHours(1).TotalSeconds));
}
