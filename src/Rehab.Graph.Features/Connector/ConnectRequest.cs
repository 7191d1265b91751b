using System.Text.Json;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Features.Connector;

/// <summary>A <c>connect</c> as asked, not yet validated: a stored person (and a goal of their plan) or an ad-hoc profile, where, and how many.</summary>
public sealed record ConnectRequest(
    string? PersonId, AdHocProfile? Profile, NearRequest? Near, IReadOnlyList<string>? Needs, int First = ConnectorService.DefaultPerSection, bool ExcludeReferred = false,
    string? GoalId = null);

/// <summary>A person described for one search and stored nowhere.</summary>
public sealed record AdHocProfile(
    GeoPoint Home,
    Gender Gender,
    int? Age,
    RiskLevel? RiskOfHarm,
    IReadOnlyList<string>? RiskFlags,
    IReadOnlyList<string>? Needs,
    IReadOnlyList<string>? Strengths,
    IReadOnlyList<string>? Languages,
    JsonElement? ExclusionZones,
    IReadOnlyList<string>? ByAndFor = null);
