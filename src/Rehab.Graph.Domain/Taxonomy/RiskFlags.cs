namespace Rehab.Graph.Domain.Taxonomy;

/// <summary>Risk flags that make a person ineligible for some services and placements.</summary>
public static class RiskFlags
{
    public const string NoContactChildren = "NO_CONTACT_CHILDREN";

    public static readonly IReadOnlyList<string> All =
    [
        NoContactChildren, "SEXUAL_OFFENCE", "ARSON", "DOMESTIC_ABUSE_PERPETRATOR", "VIOLENCE_TO_STAFF", "WEAPONS",
    ];

    public static bool IsKnown(string flag) => All.Contains(flag, StringComparer.Ordinal);
}
