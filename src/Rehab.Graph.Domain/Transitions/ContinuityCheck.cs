using System.Globalization;
using Rehab.Graph.Domain.Connector;

namespace Rehab.Graph.Domain.Transitions;

/// <summary>What a person is tied to that goes with them through a transition.</summary>
public enum TieKind
{
    Service,
    Placement,
    Mentor,
    Project,
}

/// <summary>
/// Someone the person already knows at a service, placement or project: a named worker (a placement's supervisor, a
/// service's contact), their own mentor, or, by kind only, a person they know who goes there too.
/// </summary>
public sealed record KnownPerson(string? Name, string Relationship);

/// <summary>A tie the transition may break: the rule it would break (a hard rule's code, or the reach codes below) and why, in words.</summary>
public sealed record TieWarning(string Code, string Message);

/// <summary>
/// One tie as the graph holds it: <see cref="Listing"/> is the service, placement, mentor or project itself, for the
/// API to show; <see cref="How"/> says what ties them (an open referral's status, ATTENDS, MENTOR or MEMBER).
/// </summary>
public sealed record TieSubject(
    TieKind Kind,
    string Id,
    string Name,
    string? OrganisationId,
    Offer Offer,
    string How,
    DateTimeOffset? Since,
    IReadOnlyList<KnownPerson> KnownPeople,
    object Listing);

/// <summary>A tie that goes with the person, how far it is from home now and after, and the warning when it may be lost.</summary>
public sealed record ContinuingTie(TieSubject Subject, double? DistanceKmNow, double? DistanceKmAfter, TieWarning? Warning);

/// <summary>
/// Whether a transition keeps the person's ties. A tie may be lost when the person would no longer meet it under one
/// of connect's hard rules (the age limits at 18, above all) or when the new home takes it further away than connect
/// searches. A place the person already has is theirs, so a full one is no warning, and a rule broken already, or a tie
/// already out of reach that comes no further, is not the transition's doing.
/// </summary>
public static class ContinuityCheck
{
    public const string OutOfReach = "OUT_OF_REACH";
    public const string MentorTooFar = "MENTOR_TOO_FAR";

    public static IReadOnlyList<ContinuingTie> Of(ConnectorProfile before, ConnectorProfile after, IEnumerable<TieSubject> ties, double reachKm) =>
        [.. ties
            .Select(tie => Check(before, after, tie, reachKm))
            .OrderBy(t => t.Warning is null)
            .ThenBy(t => t.Subject.Kind)
            .ThenBy(t => t.Subject.Name, StringComparer.Ordinal)];

    private static ContinuingTie Check(ConnectorProfile before, ConnectorProfile after, TieSubject tie, double reachKm)
    {
        var offer = tie.Offer with { Full = false };
        var now = offer.Location is { } here ? Math.Round(before.Home.DistanceKmTo(here), 1) : (double?)null;
        var then = offer.Location is { } there ? Math.Round(after.Home.DistanceKmTo(there), 1) : (double?)null;
        var warning = RuleBroken(before, after, tie, offer) ?? Reach(tie, now, then, reachKm);
        return new ContinuingTie(tie, now, then, warning);
    }

    private static TieWarning? RuleBroken(ConnectorProfile before, ConnectorProfile after, TieSubject tie, Offer offer)
    {
        var rule = HardRules.FirstBroken(after, offer);
        if (rule is null || rule == HardRules.FirstBroken(before, offer))
        {
            return null;
        }

        var what = HardRules.Describe(rule, Kind(tie.Kind), after, offer);
        return new TieWarning(rule, what is null ? $"{tie.Name}: they would no longer meet its {rule} rule." : $"{tie.Name}: {Lower(what)}, which they would no longer meet.");
    }

    private static TieWarning? Reach(TieSubject tie, double? now, double? then, double reachKm)
    {
        if (then is not { } after || after <= reachKm || (now is { } before && after <= before))
        {
            return null;
        }

        var was = now is { } km ? $" (now {Km(km)})" : "";
        return tie.Kind == TieKind.Mentor
            ? new TieWarning(MentorTooFar, $"Their mentor {tie.Name} would be {Km(after)} away{was}, further than the {Km(reachKm)} connect searches.")
            : new TieWarning(OutOfReach, $"{tie.Name} would be {Km(after)} from home{was}, further than the {Km(reachKm)} connect searches.");
    }

    private static string Kind(TieKind kind) => kind switch
    {
        TieKind.Service => ExclusionKinds.Service,
        TieKind.Placement => ExclusionKinds.Placement,
        TieKind.Mentor => ExclusionKinds.Mentor,
        _ => ExclusionKinds.Project,
    };

    private static string Km(double km) => km.ToString("0.#", CultureInfo.InvariantCulture) + " km";

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
