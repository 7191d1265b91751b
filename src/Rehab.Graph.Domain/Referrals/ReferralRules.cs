using Rehab.Graph.Domain.Connector;

namespace Rehab.Graph.Domain.Referrals;

/// <summary>What a new referral must satisfy beyond its own fields: the connector's hard rules hold for referrals too.</summary>
public static class ReferralRules
{
    /// <summary>
    /// A referral breaking a hard rule is refused: an offender manager cannot refer around an exclusion
    /// zone or a risk flag. A full placement is a conflict, since another referral took its last place.
    /// </summary>
    public static void CheckEligible(ConnectorProfile person, Offer offer, ReferralTargetKind kind, string targetId)
    {
        var field = kind == ReferralTargetKind.Placement ? "input.placementId" : "input.serviceId";
        switch (HardRules.FirstBroken(person, offer))
        {
            case null:
                return;
            case HardRules.Full:
                throw new ConflictException($"Placement '{targetId}' has no place left.");
            case var rule:
                throw new InvalidInputException(field, $"'{targetId}' is not suitable for this person: it breaks the {rule} rule (see connect's excluded list).");
        }
    }

    /// <summary>
    /// The needs a referral is for. Named needs stand, but a service must address each (the partner would otherwise be
    /// asked for what it does not do); a placement addresses no needs, so any named ones stand and none is the default.
    /// Without needs named, a referral a plan step makes is for its goal's needs that the service addresses (the goal is
    /// what the person and offender manager agreed it serves); otherwise, and when the service addresses none of them, a
    /// service referral is for the person's assessed needs that the service addresses; when they share none, the offender
    /// manager must name the needs, so a referral never records needs nobody has given.
    /// </summary>
    public static IReadOnlyList<string> Needs(
        ConnectorProfile person, IReadOnlyList<string> named, ReferralTargetKind kind, string targetId, IReadOnlyList<string> addressed, IReadOnlyList<string>? goalNeeds = null)
    {
        const string Field = "input.needs";
        if (kind == ReferralTargetKind.Placement)
        {
            return named;
        }

        if (named.Count > 0)
        {
            var unaddressed = named.Where(n => !addressed.Contains(n)).ToList();
            return unaddressed.Count == 0
                ? named
                : throw new InvalidInputException(Field, $"Service '{targetId}' addresses {List(addressed)}, not {List(unaddressed)}.");
        }

        var forGoal = (goalNeeds ?? []).Where(addressed.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
        if (forGoal.Count > 0)
        {
            return forGoal;
        }

        var has = person.Needs.Select(n => n.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var shared = has.Where(addressed.Contains).ToList();
        return shared.Count > 0
            ? shared
            : throw new InvalidInputException(Field, $"The person's assessed needs ({List(has)}) and the needs service '{targetId}' addresses ({List(addressed)}) "
                + "have none in common: name the needs this referral is for in 'input.needs'.");
    }

    private static string List(IEnumerable<string> codes) => codes.Any() ? string.Join(", ", codes.Order(StringComparer.Ordinal)) : "none";
}
