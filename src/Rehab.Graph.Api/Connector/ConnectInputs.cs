using System.Text.Json;
using GraphQL.Types;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Features.Connector;

namespace Rehab.Graph.Api.Connector;

public sealed record ConnectInput(
    string? PersonId, ProfileInput? Profile, NearInput? Near, IReadOnlyList<string>? Needs, int First = ConnectorService.DefaultPerSection, bool ExcludeReferred = false, string? GoalId = null)
{
    public ConnectRequest ToRequest() => new(PersonId, Profile?.ToProfile(), Near?.ToRequest(), Needs, First, ExcludeReferred, GoalId);
}

public sealed class ConnectInputType : InputObjectGraphType<ConnectInput>
{
    public ConnectInputType()
    {
        Name = "ConnectInput";
        Description = "Exactly one of personId (a stored person) or profile (an ad-hoc profile, stored nowhere).";
        Field(i => i.PersonId, typeof(IdGraphType));
        Field(i => i.Profile, typeof(ProfileInputType));
        Field(i => i.Near, typeof(NearInputType)).Description("Default: the person's home, 10 km. For a stored person, radiusKm alone (no point or place) searches around their home.");
        Field(i => i.Needs, nullable: true).Description("Need codes to focus on, most important first. Default: the person's assessed needs, most severe first.");
        Field<IntGraphType>("first").Description($"Matches per section, 1 to {ConnectorService.MaxPerSection}.").DefaultValue(ConnectorService.DefaultPerSection);
        Field(i => i.GoalId, typeof(IdGraphType)).Description("A goal on the person's plan (with personId): the matches serve that goal's needs, and their reasons say so. Not with needs.");
        Field<BooleanGraphType>("excludeReferred")
            .Description("Leave out what the person is already referred to (an open referral) or has completed, and the mentors they already have. Otherwise these are listed after every fresh match of their section, marked.")
            .DefaultValue(false);
    }
}

public sealed record ProfileInput(
    GeoPointInput Home,
    Gender Gender,
    int? Age,
    RiskLevel? RiskOfHarm,
    IReadOnlyList<string>? RiskFlags,
    IReadOnlyList<string>? Needs,
    IReadOnlyList<string>? Strengths,
    IReadOnlyList<string>? Languages,
    JsonElement? ExclusionZones,
    IReadOnlyList<string>? ByAndFor)
{
    public AdHocProfile ToProfile() =>
        new(new GeoPoint(Home.Latitude, Home.Longitude), Gender, Age, RiskOfHarm, RiskFlags, Needs, Strengths, Languages, ExclusionZones, ByAndFor);
}

public sealed class ProfileInputType : InputObjectGraphType<ProfileInput>
{
    public ProfileInputType()
    {
        Name = "ProfileInput";
        Field(p => p.Home, typeof(NonNullGraphType<GeoPointInputType>));
        Field(p => p.Gender, typeof(NonNullGraphType<GenderType>));
        Field(p => p.Age, nullable: true);
        Field(p => p.RiskOfHarm, typeof(RiskLevelType));
        Field(p => p.RiskFlags, nullable: true);
        Field(p => p.Needs, nullable: true).Description("Need codes, most severe first.");
        Field(p => p.Strengths, nullable: true).Description("Strength codes, e.g. COOKING, GARDENING.");
        Field(p => p.Languages, nullable: true).Description("ISO 639-1 codes; English is assumed when empty.");
        Field(p => p.ExclusionZones, typeof(GeoJsonGraphType)).Description("Licence exclusion zones: a Polygon, MultiPolygon or FeatureCollection of them.");
        Field(p => p.ByAndFor, nullable: true)
            .Description($"Communities whose own services they want ({string.Join(", ", CommunityCodes.All)}): services run by and for them come first among those that serve their needs.");
    }
}
