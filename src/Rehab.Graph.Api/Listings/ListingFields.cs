using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Features.Directory;

namespace Rehab.Graph.Api.Listings;

/// <summary>The public directory, answered by <see cref="DirectoryService"/>.</summary>
internal static class ListingFields
{
    public static void AddListingFields(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("A service, organisation, placement, mentor or project by id. A project that is not RUNNING is shown only to offender managers, admins and its members.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Directory().Node(c.GetArgument<string>("id"), c.Caller()).Deferred());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs")
            .Description("The need taxonomy, with how many services address each need.")
            .Resolve(c => c.Directory().Needs(c.Caller()).Deferred());

        query.Field<NonNullGraphType<ServiceConnectionType>>("services")
            .Description("Services, by name or, with `near`, nearest first.")
            .Argument<ServiceFilterType>("where")
            .Argument<NearInputType>("near")
            .CostlyWith("near")
            .Paging()
            .Resolve(c => c.Directory().Services(c.GetArgument<ServiceFilter?>("where"), c.Near(), c.Page(), c.Caller()).Deferred());

        query.Field<NonNullGraphType<OrganisationConnectionType>>("organisations")
            .Description("Organisations, by name.")
            .Argument<OrganisationFilterType>("where")
            .Paging()
            .Resolve(c => c.Directory().Organisations(c.GetArgument<OrganisationFilter?>("where"), c.Page(), c.Caller()).Deferred());

        query.Field<NonNullGraphType<PlacementConnectionType>>("placements")
            .Description("Unpaid work, Immediate Justice, volunteering and work-trial placements, by title or, with `near`, nearest first.")
            .Argument<PlacementFilterType>("where")
            .Argument<NearInputType>("near")
            .CostlyWith("near")
            .Paging()
            .Resolve(c => c.Directory().Placements(c.GetArgument<PlacementFilter?>("where"), c.Near(), c.Page(), c.Caller()).Deferred());

        query.Field<NonNullGraphType<MentorConnectionType>>("mentors")
            .Description("Peer mentors (public profiles), by name or, with `near`, nearest first.")
            .Argument<MentorFilterType>("where")
            .Argument<NearInputType>("near")
            .CostlyWith("near")
            .Paging()
            .Resolve(c => c.Directory().Mentors(c.GetArgument<MentorFilter?>("where"), c.Near(), c.Page(), c.Caller()).Deferred());
    }

    public static DirectoryService Directory(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<DirectoryService>();

    private static Domain.Geography.NearRequest? Near(this IResolveFieldContext context) => context.GetArgument<NearInput?>("near")?.ToRequest();
}
