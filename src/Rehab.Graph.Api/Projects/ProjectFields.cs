using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Funds;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Features.Funds;
using Rehab.Graph.Features.Projects;

namespace Rehab.Graph.Api.Projects;

/// <summary>Co-produced projects, answered by <see cref="ProjectService"/>.</summary>
internal static class ProjectFields
{
    public static void AddProjectFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ProjectConnectionType>>("projects")
            .Description("Co-produced projects, RUNNING ones unless asked otherwise, by title or, with `near`, nearest first.")
            .Argument<ProjectFilterType>("where")
            .Argument<NearInputType>("near")
            .CostlyWith("near")
            .Paging()
            .Resolve(c => c.Projects().Projects(c.GetArgument<ProjectFilter?>("where"), c.GetArgument<NearInput?>("near")?.ToRequest(), c.Page(), c.Caller()).Deferred());
    }

    public static void AddProjectMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProjectType>>("createProject")
            .Description("Starts a co-produced project, PROPOSED: a person on probation as its founder, an offender manager with founders from their caseload, or an admin.")
            .Argument<NonNullGraphType<ProjectInputType>>("input")
            .ResolveAsync(async c => await c.Projects().CreateAsync(c.GetArgument<ProjectInput>("input").ToNewProject(), c.Caller(), c.CancellationToken));

        mutation.Field<NonNullGraphType<ProjectType>>("joinProject")
            .Description("A person joins a project that is not CLOSED: themselves, or someone on the offender manager's caseload.")
            .Argument<NonNullGraphType<JoinProjectInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<JoinProjectInput>("input");
                return await c.Projects().JoinAsync(i.ProjectId, i.PersonId, c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ProjectType>>("setProjectStatus")
            .Description("Runs, pauses, restarts or closes a project: the offender manager of one of its members, or an admin.")
            .Argument<NonNullGraphType<SetProjectStatusInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<SetProjectStatusInput>("input");
                return await c.Projects().SetStatusAsync(i.ProjectId, i.Status, c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<FundEntryType>>("awardGrant")
            .Description("An admin awards a project a grant (an ALLOCATION on its grant's statement).")
            .Argument<NonNullGraphType<AwardGrantInputType>>("input")
            .ResolveAsync(async c => await c.Projects().AwardGrantAsync(c.GetArgument<GrantEntryInput>("input").ToRequest(), c.Caller(), c.CancellationToken));

        mutation.Field<NonNullGraphType<FundEntryType>>("spendFromGrant")
            .Description("The offender manager of one of its members, or an admin, spends from a project's grant; beyond the balance is CONFLICT.")
            .Argument<NonNullGraphType<SpendFromGrantInputType>>("input")
            .ResolveAsync(async c => await c.Projects().SpendFromGrantAsync(c.GetArgument<GrantEntryInput>("input").ToRequest(), c.Caller(), c.CancellationToken));

        mutation.Field<NonNullGraphType<FundEntryType>>("refundToGrant")
            .Description("Money back into a project's grant from one of its spends, by those who may spend it; never more than the spend less what has come back already.")
            .Argument<NonNullGraphType<RefundToGrantInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<RefundToFundInput>("input");
                return await c.Projects().RefundToGrantAsync(new RefundRequest(i.EntryId, i.AmountPence, i.Description), c.Caller(), c.CancellationToken);
            });
    }

    public static ProjectService Projects(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ProjectService>();
}
