using System.ComponentModel.DataAnnotations;

namespace Rehab.Graph.Api.Limits;

/// <summary>The <c>Limits</c> configuration section: how much one client may ask of the hub.</summary>
public sealed record LimitOptions
{
    public const string Section = "Limits";

    /// <summary>
    /// Anonymous <c>connect</c> runs allowed per client address per minute (all of them at once, then
    /// steadily). A connect is the costliest read an unknown caller can start; 30 is one every two
    /// seconds, more than a person at a screen needs and too few to scrape the graph with.
    /// </summary>
    [Range(1, 100_000)]
    public int AnonymousConnectsPerMinute { get; init; } = 30;

    /// <summary>
    /// The largest GraphQL request, as a POST body or a GET query string. 64 KiB holds the IDEs'
    /// introspection query (about 2 KiB) and a connect with hand-drawn exclusion zones (about 2,500
    /// points), while no client can make the hub buffer and parse megabytes.
    /// </summary>
    [Range(1_024, 16 * 1_024 * 1_024)]
    public int MaxRequestBytes { get; init; } = 64 * 1_024;
}
