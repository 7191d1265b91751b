using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Features.ImmediateJustice;

/// <summary>A referral for Immediate Justice as a referring agency sent it, not yet validated.</summary>
public sealed record CaseReferral(
    string DisplayName, Gender Gender, int? BirthYear, GeoPoint Home, IReadOnlyList<string>? Languages,
    string? Email, string? Phone, string? PostalAddress, string OffenceSummary, int Hours, string ReferrerEmail);
