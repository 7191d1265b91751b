using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Features.Directory;

/// <summary>What a directory search asks for, as sent: each is validated by the search that takes it.</summary>
public sealed record ServiceFilter(
    IReadOnlyList<string>? Needs, bool? WomenOnly, bool? Online, string? Text, string? OrganisationId, bool? IncludeClosed = null, IReadOnlyList<string>? ByAndFor = null);

public sealed record OrganisationFilter(string? Kind, string? Text);

public sealed record PlacementFilter(string? Kind, bool? WomenOnly, bool? HasSpace, string? Text, string? OrganisationId);

public sealed record MentorFilter(Gender? Gender, string? Language, IReadOnlyList<string>? LivedExperience, bool? HasSpace, string? OrganisationId);
