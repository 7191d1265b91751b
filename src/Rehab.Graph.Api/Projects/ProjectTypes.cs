using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Funds;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Projects;

namespace Rehab.Graph.Api.Projects;

/// <summary>How many members a project lists, for the cost of a query: a co-produced project is a handful of people.</summary>
internal static class ProjectComplexity
{
    public const double MembersPerProject = 12;
}

public sealed class ProjectType : ObjectGraphType<ProjectRecord>
{
    public ProjectType()
    {
        Name = "Project";
        Description = "A project people on probation co-produce: a group, a service for others or a small enterprise of their own. A RUNNING one is offered by connect.";
        Interface<NodeInterface>();
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Title);
        Field(p => p.Aims, nullable: true);
        Field<NonNullGraphType<ProjectKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("status").Description("PROPOSED, RUNNING, PAUSED or CLOSED (ProjectStatus).")
            .Resolve(c => Domain.Taxonomy.EnumCodes.ToCode(c.Source.Status));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs").Description("The needs it serves.")
            .WithComplexityImpact(1, ListComplexity.MaxNeeds).Resolve(c => c.Source.Needs);
        Field(p => p.Strengths).Description("The strengths it draws on (strength codes).");
        Field<NonNullGraphType<GeoPointType>>("location").Description("Where it meets or works.").Resolve(c => new GeoPoint(c.Source.Lat, c.Source.Lon));
        Field<FloatGraphType>("distanceKm").Description("Set when the query had `near`.").Resolve(c => ListingDistance.Round(c.Source.DistanceKm));
        Field(p => p.WomenOnly);
        Field<ContactType>("contact").Description("How others get in touch: the project's own line, never a member's.").Resolve(c => c.Source.Contact);
        Field(p => p.GrantPence).Description("What its grants have awarded, in pence.");
        Field(p => p.GrantBalancePence).Description("What is left of its grants, in pence; never below zero.");
        Field<NonNullGraphType<IntGraphType>>("memberCount").Resolve(c => c.Source.Members.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectMemberType>>>>("members")
            .Description("Its members that you may see: all to an admin, those on your caseload to an offender manager, yourself to a member; none to anyone else.")
            .WithComplexityImpact(1, ProjectComplexity.MembersPerProject)
            .Resolve(c => ProjectRules.Visible(c.Source.Members, c.Caller()));
        Field<FundType>("grant")
            .Description("The grant's statement: for an admin, the offender manager of a member, or a member; null for anyone else and before the first award.")
            .Resolve(c => c.Projects().Grant(c.Source, c.Caller()).Deferred());
        Field(p => p.CreatedAt);
        Field(p => p.Version).Description("Counts the changes to it.");
    }
}

public sealed class ProjectMemberType : ObjectGraphType<ProjectMember>
{
    public ProjectMemberType()
    {
        Name = "ProjectMember";
        Field(m => m.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(m => m.DisplayName);
        Field(m => m.Since);
        Field(m => m.Founder).Description("One of those who started it.");
    }
}

public sealed class ProjectKindType : EnumerationGraphType<ProjectKind>
{
    public ProjectKindType()
    {
        Name = "ProjectKind";
        Description = "GROUP: meets (a walking group, a recovery café). SERVICE: run for others (a bike repair drop-in). ENTERPRISE: trades (a café, a cleaning round).";
    }
}

public sealed class ProjectStatusType : EnumerationGraphType<ProjectStatus>
{
    public ProjectStatusType()
    {
        Name = "ProjectStatus";
        Description = "PROPOSED to RUNNING or CLOSED; RUNNING to PAUSED or CLOSED; PAUSED to RUNNING or CLOSED. Only a RUNNING project is offered by connect.";
    }
}

public sealed class ProjectConnectionType() : ConnectionType<ProjectType, ProjectEdgeType, ProjectRecord>("Project");

public sealed class ProjectEdgeType() : EdgeType<ProjectType, ProjectRecord>("Project");
