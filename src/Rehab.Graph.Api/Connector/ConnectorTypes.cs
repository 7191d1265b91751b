using GraphQL.Types;
using GraphQL;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Api.Projects;
using Rehab.Graph.Api.Referrals;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Features.Connector;
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectMatchType>>>>("projects")
            .Description($"Running projects co-produced by people on probation, serving the needs, best first: up to `first`, and never more than {CommunityConnector.MaxProjects}.")
            .WithComplexityImpact(ConnectComplexity.ProjectSection).Resolve(c => c.Source.Projects);
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
        this.AddPriorUseFields(m => m.Prior);
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
        this.AddPriorUseFields(m => m.Prior);
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
        Field(m => m.CurrentMentor).Description("They already mentor the person: listed after every other mentor, and left out with excludeReferred.");
    }
}

public sealed class ProjectMatchType : ObjectGraphType<ProjectMatch>
{
    public ProjectMatchType()
    {
        Name = "ProjectMatch";
        Field<NonNullGraphType<ProjectType>>("project").Resolve(c => c.Source.Project);
        Field(m => m.DistanceKm);
        Field(m => m.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReasonType>>>>("reasons").WithComplexityImpact(1, ConnectComplexity.ReasonsPerMatch).Resolve(c => c.Source.Reasons);
        Field(m => m.Member).Description("The person is a member: listed after every other project, and left out with excludeReferred.");
    }
}

/// <summary>What a service or placement match says about the person's own history with it.</summary>
internal static class PriorUseFields
{
    public static void AddPriorUseFields<TMatch>(this ObjectGraphType<TMatch> match, Func<TMatch, PriorUse> prior)
    {
        match.Field<NonNullGraphType<BooleanGraphType>>("alreadyReferred")
            .Description("The person has an open referral to it (pending, accepted or in progress).")
            .Resolve(c => prior(c.Source).AlreadyReferred);
        match.Field<NonNullGraphType<BooleanGraphType>>("completed")
            .Description("The person has done it: a completed referral, or recorded as attended (services) or completed (placements).")
            .Resolve(c => prior(c.Source).Completed);
        match.Field<PriorReferralType>("priorReferral")
            .Description("The person's open referral to it, else their most recent one. Only for their offender manager, who may read their referrals; null for anyone else. The whole referral is referral(id:).")
            .Resolve(c => c.Caller().Holds(AccessPolicy.Person) ? prior(c.Source).Referral : null);
    }
}

public sealed class PriorReferralType : ObjectGraphType<ReferralTie>
{
    public PriorReferralType()
    {
        Name = "PriorReferral";
        Description = "A referral of the person's to a matched item, read with the person (no further round trip).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.ReferralId);
        Field<NonNullGraphType<ReferralStatusType>>("status").Resolve(c => c.Source.Status);
        Field(r => r.CreatedAt).Description("When it was made.");
        Field(r => r.UpdatedAt).Description("When it last changed: for a completed referral, when it was completed.");
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
        Field(e => e.Kind).Description("What the item is: SERVICE, PLACEMENT, MENTOR (or PROJECT, for projects).");
        Field(e => e.Detail, nullable: true).Description("What about it the rule caught, e.g. \"Inside exclusion zone 2 of 3\", \"Unsuitable for ARSON\", \"Delivered in Polish only\", \"For ages 18 to 25\".");
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
            .Description($"Little or no provision: fewer than {ConnectorService.ProvisionThreshold} services within the radius.")
            .Resolve(c => c.Source.ServicesWithinRadius < ConnectorService.ProvisionThreshold);
    }
}
