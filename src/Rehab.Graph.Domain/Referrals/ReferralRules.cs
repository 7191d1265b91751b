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
    /// Without needs given, a referral is for the person's assessed needs that the service addresses,
    /// or else for everything the service addresses, so the partner always sees what it is for.
    /// </summary>
    public static IReadOnlyList<string> DefaultNeeds(ConnectorProfile person, IReadOnlyList<string> addressed)
    {
        var shared = person.Needs.Select(n => n.Code).Where(addressed.Contains).ToList();
        return shared.Count > 0 ? shared : addressed;
    }
}
