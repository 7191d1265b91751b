namespace Rehab.Graph.Domain.Taxonomy;

/// <summary>The need taxonomy (after the OASys criminogenic needs) that services, people and mentors share.</summary>
public static class NeedCodes
{
    public static readonly IReadOnlyList<string> All =
    [
        "ACCOMMODATION", "EDUCATION_TRAINING_EMPLOYMENT", "HEALTH", "MENTAL_HEALTH", "DRUGS", "ALCOHOL",
        "FINANCE_BENEFIT_DEBT", "CHILDREN_FAMILIES", "ATTITUDES_THINKING_BEHAVIOUR", "ABUSE_DOMESTIC_VIOLENCE",
        "SEX_WORK", "RELATIONSHIPS", "LIFESTYLE",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string code) => Known.Contains(code);

    /// <summary>Checks every code and returns them de-duplicated; an unknown code names the field.</summary>
    public static IReadOnlyList<string> Validate(IEnumerable<string>? codes, string field)
    {
        if (codes is null)
        {
            return [];
        }

        var distinct = codes.Distinct(StringComparer.Ordinal).ToList();
        var unknown = distinct.Where(c => !IsKnown(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidInputException(field,
                $"Unknown need code {string.Join(", ", unknown.Select(c => $"'{c}'"))} in '{field}'. Known codes: {string.Join(", ", All)}.");
        }

        return distinct;
    }
}
