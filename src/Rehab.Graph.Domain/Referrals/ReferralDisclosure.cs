using Rehab.Graph.Domain.Connector;

namespace Rehab.Graph.Domain.Referrals;

/// <summary>
/// What a partner may learn about a referred person: the display name, the needs referred for, and
/// only the risk flags that bear on the work. A placement's supervisor manages the person on site, so
/// sees every flag; a service sees the flags that concern its staff's safety.
/// </summary>
public static class ReferralDisclosure
{
    public static readonly IReadOnlyList<string> StaffSafetyFlags = ["VIOLENCE_TO_STAFF", "WEAPONS", "ARSON"];

    public static IReadOnlyList<string> FlagsFor(ReferralTargetKind kind) =>
        kind == ReferralTargetKind.Placement ? RiskFlags.All : StaffSafetyFlags;
}
