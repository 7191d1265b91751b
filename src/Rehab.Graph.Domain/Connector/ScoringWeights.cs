namespace Rehab.Graph.Domain.Connector;

/// <summary>
/// How much each part of a match counts (configuration section <see cref="Section"/>). Every part
/// scores between 0 and 1 and is multiplied by its weight; the score is the sum. See docs/connector.md.
/// </summary>
public sealed record ScoringWeights
{
    public const string Section = "Connector:Weights";

    /// <summary>Addresses a focus need: 1 for the most severe (severity 3), less for milder ones.</summary>
    public double Need { get; init; } = 4;

    /// <summary>Nearness: 1 at the centre, 0 at the edge of the radius.</summary>
    public double Distance { get; init; } = 2;

    /// <summary>Room now: no wait for a service; free places and an early start for a placement; spare capacity for a mentor.</summary>
    public double Capacity { get; init; } = 1;

    /// <summary>A placement uses the person's strengths.</summary>
    public double Strengths { get; init; } = 1;

    /// <summary>Delivered in (or a mentor speaks) a language of theirs other than English.</summary>
    public double Language { get; init; } = 0.5;

    /// <summary>Existing paths through their network: 0.5 per bridge, at most 1.</summary>
    public double Bridges { get; init; } = 1.5;

    /// <summary>A mentor of the same gender.</summary>
    public double Gender { get; init; } = 1;

    /// <summary>A mentor with lived experience of a focus need.</summary>
    public double LivedExperience { get; init; } = 2;

    /// <summary>
    /// A service run by and for a community the person wants: as much as being near, less than meeting the need, so a
    /// service of their own is preferred among those that serve the need and never offered in place of one that does.
    /// </summary>
    public double ByAndFor { get; init; } = 2;
}
