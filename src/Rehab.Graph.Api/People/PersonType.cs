using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Api.Referrals;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.People;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Api.People;

/// <summary>A person on probation, as their offender manager sees them; no other role gets this type.</summary>
public sealed class PersonType : ObjectGraphType<PersonRecord>
{
    public PersonType()
    {
        Name = "Person";
        Description = "A person on probation (pseudonymous). Only their offender manager may read it; every read is audited.";
        Interface<NodeInterface>();
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.DisplayName);
        Field<NonNullGraphType<GenderType>>("gender").Resolve(c => EnumCodes.Parse<Gender>(c.Source.Gender));
        Field(p => p.BirthYear, nullable: true);
        Field(p => p.PostcodeDistrict, nullable: true);
        Field<NonNullGraphType<GeoPointType>>("home").Resolve(c => new GeoPoint(c.Source.HomeLat, c.Source.HomeLon));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Resolve(c => c.Source.Languages ?? []);
        Field<RiskLevelType>("riskOfHarm").Resolve(c => c.Source.RiskOfHarm is { } risk ? EnumCodes.Parse<RiskLevel>(risk) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("riskFlags").Resolve(c => c.Source.RiskFlags ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssessedNeedType>>>>("needs").Description("Assessed needs, most severe first.").WithComplexityImpact(1, ListComplexity.MaxNeeds).Resolve(c => c.Source.Needs);
        Field(p => p.Strengths).Description("Strength codes.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("byAndFor")
            .Description("The communities whose own services they want; connect prefers services run by and for them.")
            .Resolve(c => c.Source.ByAndFor ?? []);
        Field<GeoJsonGraphType>("exclusionZones").Description("Licence exclusion zones, as GeoJSON; null when they have none.")
            .Resolve(c => c.Source.ExclusionZones is { } zones ? JsonDocument.Parse(zones).RootElement.Clone() : null);
        Field<NonNullGraphType<IntGraphType>>("exclusionZoneCount")
            .Description("How many licence exclusion zones they have, as connect counts them (each feature of a FeatureCollection, or the one geometry), without reading the GeoJSON.")
            .Resolve(c => c.Source.ExclusionZones is { } zones ? ExclusionZones.Parse(JsonDocument.Parse(zones).RootElement, "exclusionZones").Zones : 0);
        Field(p => p.Version).Description("How many changes the record has had; give it back to updatePerson.");
        Field<PersonContactType>("contact").Description("How they are told of accepted referrals and session times; null when no details are stored.")
            .Resolve(c => c.Source.Contact);
        Field<NonNullGraphType<ReferralConnectionType>>("referrals")
            .Description("Their referrals, newest first.")
            .Argument<ReferralStatusType>("status")
            .Paging()
            .Resolve(c => c.Referrals().ReferralsOf(c.Source.Id, c.GetArgument<ReferralStatus?>("status"), c.Page(), c.Caller()).Deferred());
    }
}

public sealed class AssessedNeedType : ObjectGraphType<PersonNeed>
{
    public AssessedNeedType()
    {
        Name = "AssessedNeed";
        Field(n => n.Code);
        Field(n => n.Label);
        Field(n => n.Severity).Description("1 (low) to 3 (high).");
    }
}

public sealed class PersonConnectionType() : ConnectionType<PersonType, PersonEdgeType, PersonRecord>("Person");

public sealed class PersonEdgeType() : EdgeType<PersonType, PersonRecord>("Person");
