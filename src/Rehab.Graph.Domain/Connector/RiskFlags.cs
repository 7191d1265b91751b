namespace Rehab.Graph.Domain.Connector;

/// <summary>Risk flags that make a person ineligible for some services and placements.</summary>
public static class RiskFlags
{
    public const string NoContactChildren = "NO_CONTACT_CHILDREN";

    public static readonly IReadOnlyList<string> All =
    [
        NoContactChildren, "SEXUAL_OFFENCE", "ARSON", "DOMESTIC_ABUSE_PERPETRATOR", "VIOLENCE_TO_STAFF", "WEAPONS",
    ];

    public static IReadOnlyList<string> Validate(IEnumerable<string>? flags, string field)
    {
        var distinct = (flags ?? []).Distinct(StringComparer.Ordinal).ToList();
        var unknown = distinct.Where(f => !All.Contains(f, StringComparer.Ordinal)).ToList();
        return unknown.Count == 0
            ? distinct
            : throw new InvalidInputException(field, $"Unknown risk flag {string.Join(", ", unknown.Select(f => $"'{f}'"))} in '{field}'. Known flags: {string.Join(", ", All)}.");
    }
}
