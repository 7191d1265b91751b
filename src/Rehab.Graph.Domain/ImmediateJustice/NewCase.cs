using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.ImmediateJustice;

/// <summary>A referral for Immediate Justice, validated: the person, how to reach them, and the offence and hours.</summary>
public sealed record NewCase(
    string DisplayName, Gender Gender, int? BirthYear, GeoPoint Home, IReadOnlyList<string> Languages, ContactDetails Contact,
    string OffenceSummary, int Hours, string ReferrerEmail);
