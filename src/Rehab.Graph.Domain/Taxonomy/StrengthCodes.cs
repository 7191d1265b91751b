namespace Rehab.Graph.Domain.Taxonomy;

/// <summary>Skills and interests a person brings and a placement can use.</summary>
public static class StrengthCodes
{
    public static readonly IReadOnlyList<string> All =
    [
        "GARDENING", "COOKING", "SPORT", "MUSIC", "FAITH", "CARING",
        "DIY", "ART", "DRIVING", "IT", "ANIMALS", "WRITING",
        "TEAMWORK", "LANGUAGES", "CUSTOMER_SERVICE", "FISHING",
    ];

    public static IReadOnlyList<string> Validate(IEnumerable<string>? codes, string field)
    {
        var distinct = (codes ?? []).Distinct(StringComparer.Ordinal).ToList();
        var unknown = distinct.Where(c => !All.Contains(c, StringComparer.Ordinal)).ToList();
        return unknown.Count == 0
            ? distinct
            : throw new InvalidInputException(field, $"Unknown strength {string.Join(", ", unknown.Select(c => $"'{c}'"))} in '{field}'. Known strengths: {string.Join(", ", All)}.");
    }
}
