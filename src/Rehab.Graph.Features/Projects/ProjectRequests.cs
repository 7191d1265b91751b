using Rehab.Graph.Domain.Projects;

namespace Rehab.Graph.Features.Projects;

/// <summary>A projects search as asked: statuses (RUNNING when none), needs served, women only, and words.</summary>
public sealed record ProjectFilter(IReadOnlyList<ProjectStatus>? Statuses, IReadOnlyList<string>? Needs, bool? WomenOnly, string? Text);

public sealed record GrantEntryRequest(string ProjectId, int AmountPence, string? Description);
