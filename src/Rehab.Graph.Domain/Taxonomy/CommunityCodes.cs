namespace Rehab.Graph.Domain.Taxonomy;

/// <summary>
/// The communities a service can be run by and for, and a person can ask for: groups whose needs differ from the
/// average, and who often trust a service of their own more than a general one.
/// </summary>
public static class CommunityCodes
{
    public static readonly IReadOnlyList<string> All =
    [
        "WOMEN", "MINORITY_ETHNIC", "OLDER_PEOPLE", "DISABLED_PEOPLE", "YOUNG_ADULTS", "LGBTQ_PLUS",
    ];

    /// <summary>How a reason names each community: "Run by and for …".</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["WOMEN"] = "women",
        ["MINORITY_ETHNIC"] = "minority ethnic communities",
        ["OLDER_PEOPLE"] = "older people",
        ["DISABLED_PEOPLE"] = "disabled people",
        ["YOUNG_ADULTS"] = "young adults",
        ["LGBTQ_PLUS"] = "LGBT+ people",
    };

    public static bool IsKnown(string? code) => code is not null && Words.ContainsKey(code);

    public static string Describe(string code) => Words[code];

    /// <summary>Checks every code and returns them de-duplicated and sorted, as stored; an unknown code names the field.</summary>
    /// <remarks>A list may arrive with a null in it (GraphQL allows [String]): that is no community either.</remarks>
    public static IReadOnlyList<string> Validate(IEnumerable<string?>? codes, string field)
    {
        var distinct = (codes ?? []).Distinct(StringComparer.Ordinal).ToList();
        var unknown = distinct.Where(c => !IsKnown(c)).ToList();
        return unknown.Count == 0
            ? [.. distinct.OfType<string>().Order(StringComparer.Ordinal)]
            : throw new InvalidInputException(field,
                $"Unknown community {string.Join(", ", unknown.Select(c => c is null ? "null" : $"'{CallerText.Shown(c)}'"))} in '{field}'. Known communities: {string.Join(", ", All)}.");
    }

    /// <summary>One community asked for in a break-down; null (no break-down) when none is given.</summary>
    public static string? ValidateOne(string? code, string field) =>
        code is null ? null : Validate([code], field)[0];
}
