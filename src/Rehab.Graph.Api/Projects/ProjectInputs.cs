using GraphQL.Types;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Projects;
using Rehab.Graph.Features.Projects;

namespace Rehab.Graph.Api.Projects;

public sealed class ProjectFilterType : InputObjectGraphType<ProjectFilter>
{
    public ProjectFilterType()
    {
        Name = "ProjectFilter";
        Field(f => f.Statuses, typeof(ListGraphType<NonNullGraphType<ProjectStatusType>>))
            .Description("RUNNING when not given. Other statuses only for offender managers and admins (UNAUTHENTICATED signed out, FORBIDDEN signed in).");
        Field(f => f.Needs, nullable: true).Description("Need codes: projects serving any of them.");
        Field(f => f.WomenOnly, nullable: true);
        Field(f => f.Text, nullable: true).Description("Words in the title or aims (at most 100 characters).");
    }
}

public sealed record ProjectInput(
    string? Title, string? Aims, ProjectKind Kind, IReadOnlyList<string>? Needs, IReadOnlyList<string>? Strengths, IReadOnlyList<string>? MemberIds,
    GeoPointInput? Location, bool? WomenOnly, ContactInput? Contact)
{
    public NewProject ToNewProject() => new(
        Title, Aims, Kind, Needs, Strengths, MemberIds, Location is { } at ? new GeoPoint(at.Latitude, at.Longitude) : null, WomenOnly ?? false, Contact?.ToContact());
}

public sealed class ProjectInputType : InputObjectGraphType<ProjectInput>
{
    public ProjectInputType()
    {
        Name = "ProjectInput";
        Description = "A new co-produced project, PROPOSED until it runs.";
        Field(i => i.Title, typeof(NonNullGraphType<StringGraphType>)).Description($"Up to {ProjectRules.MaxTitle} characters.");
        Field(i => i.Aims, nullable: true).Description($"What it is for, in its members' words; up to {ProjectRules.MaxAims} characters.");
        Field(i => i.Kind, typeof(NonNullGraphType<ProjectKindType>));
        Field(i => i.Needs, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("Need codes it serves: at least one; connect offers it for them.");
        Field(i => i.Strengths, nullable: true).Description("Strength codes it draws on.");
        Field(i => i.MemberIds, typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description($"Its founders, 1 to {ProjectRules.MaxFounders} people on probation: from your caseload as an offender manager; yourself (the default) as a person on probation.");
        Field(i => i.Location, typeof(NonNullGraphType<GeoPointInputType>)).Description("Where it meets or works.");
        Field(i => i.WomenOnly, nullable: true).Description("For women only: every member is a woman, and connect offers it to women only.");
        Field(i => i.Contact, typeof(ContactInputType)).Description("The project's own contact for others; never a member's personal details.");
    }
}

public sealed record JoinProjectInput(string ProjectId, string PersonId);

public sealed class JoinProjectInputType : InputObjectGraphType<JoinProjectInput>
{
    public JoinProjectInputType()
    {
        Name = "JoinProjectInput";
        Field(i => i.ProjectId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.PersonId, typeof(NonNullGraphType<IdGraphType>)).Description("Yourself as a person on probation; someone on your caseload as an offender manager.");
    }
}

public sealed record SetProjectStatusInput(string ProjectId, ProjectStatus Status);

public sealed class SetProjectStatusInputType : InputObjectGraphType<SetProjectStatusInput>
{
    public SetProjectStatusInputType()
    {
        Name = "SetProjectStatusInput";
        Field(i => i.ProjectId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Status, typeof(NonNullGraphType<ProjectStatusType>));
    }
}

public sealed record GrantEntryInput(string ProjectId, int AmountPence, string? Description)
{
    public GrantEntryRequest ToRequest() => new(ProjectId, AmountPence, Description);
}

public sealed class AwardGrantInputType : InputObjectGraphType<GrantEntryInput>
{
    public AwardGrantInputType()
    {
        Name = "AwardGrantInput";
        Description = "A grant to a project that is not CLOSED; a project's grants hold at most what a fund may.";
        Field(i => i.ProjectId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.AmountPence).Description($"In pence, 1 to {FundRules.MaxEntryPence}; a grant holds at most {FundRules.MaxBalancePence}.");
        Field(i => i.Description, nullable: true).Description($"Up to {FundRules.MaxDescription} characters.");
    }
}

public sealed class SpendFromGrantInputType : InputObjectGraphType<GrantEntryInput>
{
    public SpendFromGrantInputType()
    {
        Name = "SpendFromGrantInput";
        Description = "A spend from a project's grant; more than the balance is CONFLICT.";
        Field(i => i.ProjectId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.AmountPence).Description($"In pence, 1 to {FundRules.MaxEntryPence}.");
        Field(i => i.Description, typeof(NonNullGraphType<StringGraphType>)).Description($"What the money buys, up to {FundRules.MaxDescription} characters.");
    }
}
