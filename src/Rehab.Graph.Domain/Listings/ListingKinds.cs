namespace Rehab.Graph.Domain.Listings;

/// <summary>The fixed vocabularies of listing kinds, checked wherever a caller names one.</summary>
public static class ListingKinds
{
    public static readonly IReadOnlyList<string> Organisation =
    [
        "VCSE", "WOMENS_CENTRE", "FAITH_GROUP", "EMPLOYER", "STATUTORY", "HOUSING_PROVIDER", "HEALTH_PROVIDER",
        "EDUCATION_PROVIDER", "COMMUNITY_GROUP", "DIGITAL", "POLICE", "PROBATION",
    ];

    public static readonly IReadOnlyList<string> Placement = ["UNPAID_WORK", "IMMEDIATE_JUSTICE", "VOLUNTEERING", "WORK_TRIAL"];

    /// <summary>How a person gets to a service: by themselves, through their practitioner, their GP or another agency.</summary>
    public static readonly IReadOnlyList<string> ReferralRoute = ["SELF", "PRACTITIONER", "GP", "AGENCY"];

    public static string? Validate(string? kind, IReadOnlyList<string> known, string field) =>
        kind is null || known.Contains(kind, StringComparer.Ordinal)
            ? kind
            : throw new InvalidInputException(field, $"Unknown kind '{kind}' in '{field}'. Known kinds: {string.Join(", ", known)}.");

    /// <summary>A language filter is an ISO 639-1 code such as "en" or "pl".</summary>
    public static string? ValidateLanguage(string? language, string field) =>
        language is null || (language.Length == 2 && language.All(char.IsAsciiLetterLower))
            ? language
            : throw new InvalidInputException(field, $"'{field}' must be a two-letter ISO 639-1 language code such as \"en\" (got \"{language}\").");
}
