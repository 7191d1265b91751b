using GraphQL.Types;
using GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Neo4j.Connector;

namespace Rehab.Graph.Api.Connector;

public sealed class ConnectorResultType : ObjectGraphType<ConnectorResult>
{
    public ConnectorResultType()
    {
        Name = "ConnectorResult";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceMatchType>>>>("services").Description("Nearby services, best first.").WithComplexityImpact(ConnectComplexity.Section).Resolve(c => c.Source.Services);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceMatchType>>>>("online").Description("Online support matched by need, whatever the distance, best first.").WithComplexityImpact(ConnectComplexity.Section).Resolve(c => c.Source.Online);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementMatchType>>>>("placements").WithComplexityImpact(ConnectComplexity.Section).Resolve(c => c.Source.Placements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorMatchType>>>>("mentors").WithComplexityImpact(ConnectComplexity.Section).Resolve(c => c.Source.Mentors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExclusionType>>>>("excluded")
            .Description($"Every item within the radius that a hard rule removed (up to {CommunityConnector.MaxExcluded}), with the first rule that applies.")
            .WithComplexityImpact(1, CommunityConnector.MaxExcluded)
            .Resolve(c => c.Source.Excluded);
        Field<SocialCapitalType>("socialCapital").Description("For a stored person: their bonding, bridging and linking ties.").Resolve(c => c.Source.SocialCapital);
    }
}

public sealed class ServiceMatchType : ObjectGraphType<ServiceMatch>
{
    public ServiceMatchType()
    {
        Name = "ServiceMatch";
        Field<NonNullGraphType<ServiceType>>("service").Resolve(c => c.Source.Service);
        Field(m => m.DistanceKm).Description("0 for online support.");
        Field(m => m.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReasonType>>>>("reasons").WithComplexityImpact(1, ConnectComplexity.ReasonsPerMatch).Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BridgeType>>>>("bridges").WithComplexityImpact(1, ConnectComplexity.BridgesPerMatch).Resolve(c => c.Source.Bridges);
    }
}

public sealed class PlacementMatchType : ObjectGraphType<PlacementMatch>
{
    public PlacementMatchType()
    {
        Name = "PlacementMatch";
        Field<NonNullGraphType<PlacementType>>("placement").Resolve(c => c.Source.Placement);
        Field(m => m.DistanceKm);
        Field(m => m.Score);
        Field(m => m.AvailableSlots);
        Field<DateTimeGraphType>("earliestStart").Resolve(c => c.Source.EarliestStart?.UtcDateTime);
        Field(m => m.CanStartWithin48h).Description("A session starts within 48 hours, as Immediate Justice needs.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReasonType>>>>("reasons").WithComplexityImpact(1, ConnectComplexity.ReasonsPerMatch).Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BridgeType>>>>("bridges").WithComplexityImpact(1, ConnectComplexity.BridgesPerMatch).Resolve(c => c.Source.Bridges);
    }
}

public sealed class MentorMatchType : ObjectGraphType<MentorMatch>
{
    public MentorMatchType()
    {
        Name = "MentorMatch";
        Field<NonNullGraphType<MentorType>>("mentor").Resolve(c => c.Source.Mentor);
        Field(m => m.DistanceKm);
        Field(m => m.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReasonType>>>>("reasons").WithComplexityImpact(1, ConnectComplexity.ReasonsPerMatch).Resolve(c => c.Source.Reasons);
    }
}

public sealed class ReasonType : ObjectGraphType<Reason>
{
    public ReasonType()
    {
        Name = "Reason";
        Field(r => r.Code);
        Field(r => r.Text).Description("A sentence a practitioner can read out.");
    }
}

public sealed class BridgeType : ObjectGraphType<Bridge>
{
    public BridgeType()
    {
        Name = "Bridge";
        Description = "An existing path from the person to the resource through prosocial ties, e.g. their mentor volunteers there.";
        Field(b => b.Text);
        Field(b => b.Hops).Description("Ties between the person and the resource or its provider (at most 3).");
    }
}

public sealed class ExclusionType : ObjectGraphType<Exclusion>
{
    public ExclusionType()
    {
        Name = "Exclusion";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.Name);
        Field(e => e.Rule).Description("EXCLUSION_ZONE, WOMEN_ONLY, AGE, RISK_FLAG, RISK_LEVEL, LANGUAGE or FULL.");
    }
}

public sealed class SocialCapitalType : ObjectGraphType<SocialCapital>
{
    public SocialCapitalType()
    {
        Name = "SocialCapital";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialTieType>>>>("bonding").Description("Family, friends, prosocial peers.").Resolve(c => c.Source.Bonding);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialTieType>>>>("bridging").Description("Mentors, community groups and organisations.").Resolve(c => c.Source.Bridging);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialTieType>>>>("linking").Description("Services, employers, institutions, placements.").Resolve(c => c.Source.Linking);
        Field<NonNullGraphType<IntGraphType>>("bondingCount").Resolve(c => c.Source.Bonding.Count);
        Field<NonNullGraphType<IntGraphType>>("bridgingCount").Resolve(c => c.Source.Bridging.Count);
        Field<NonNullGraphType<IntGraphType>>("linkingCount").Resolve(c => c.Source.Linking.Count);
        Field(s => s.AntisocialTies).Description("Ties recorded as not prosocial: never used for bridges.");
        Field(s => s.NeedsWithoutTies).Description("Focus needs nothing in their network addresses: the gaps a plan should fill.");
    }
}

public sealed class SocialTieType : ObjectGraphType<SocialTie>
{
    public SocialTieType()
    {
        Name = "SocialTie";
        Field(t => t.Kind);
        Field(t => t.Label).Description("Names organisations and mentors; people appear only as the kind of tie.");
    }
}

public sealed class ProvisionGapType : ObjectGraphType<ProvisionGap>
{
    public ProvisionGapType()
    {
        Name = "ProvisionGap";
        Field<NonNullGraphType<NeedType>>("need").Resolve(c => c.Source.Need);
        Field(g => g.ServicesWithinRadius);
        Field(g => g.OnlineServices);
        Field<FloatGraphType>("nearestKm").Resolve(c => ListingDistance.Round(c.Source.NearestKm));
        Field<NonNullGraphType<BooleanGraphType>>("gap")
            .Description($"Little or no provision: fewer than {ConnectorFields.ProvisionThreshold} services within the radius.")
            .Resolve(c => c.Source.ServicesWithinRadius < ConnectorFields.ProvisionThreshold);
    }
}
