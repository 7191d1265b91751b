using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Paging;

namespace Rehab.Graph.Domain.Listings;

// Validated directory searches. Text is matched case-insensitively as a substring.

/// <summary>
/// <paramref name="ActiveOnly"/>: only services taking people now (the connector's), rather than every one the directory lists.
/// <paramref name="ByAndFor"/>: only services run by and for any of these communities; none means every service.
/// </summary>
public sealed record ServiceSearch(
    IReadOnlyList<string> Needs, bool? WomenOnly, bool? Online, string? Text, string? OrganisationId, NearQuery? Near, PageRequest Page, bool ActiveOnly = false,
    bool IncludeClosed = false, IReadOnlyList<string>? ByAndFor = null);

public sealed record OrganisationSearch(string? Kind, string? Text, PageRequest Page);

public sealed record PlacementSearch(string? Kind, bool? WomenOnly, bool? HasSpace, string? Text, NearQuery? Near, PageRequest Page, string? OrganisationId = null);

public sealed record MentorSearch(string? Gender, string? Language, IReadOnlyList<string> LivedExperience, bool? HasSpace, NearQuery? Near, PageRequest Page, string? OrganisationId = null);

public static class SearchText
{
    public const int MaxLength = 100;

    /// <summary>Trims and lower-cases a text filter; blank means no filter.</summary>
    public static string? Normalise(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength)
        {
            throw new InvalidInputException(field, $"'{field}' must be at most {MaxLength} characters.");
        }

        return trimmed.ToLowerInvariant();
    }

    /// <summary>Whether a field holds a normalised search text, as the statements' <c>toLower(field) CONTAINS $text</c> finds it.</summary>
    public static bool Finds(string? field, string text) => field is not null && field.ToLowerInvariant().Contains(text, StringComparison.Ordinal);
}
