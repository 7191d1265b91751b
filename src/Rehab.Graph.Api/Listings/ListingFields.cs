using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Api.Listings;

/// <summary>The public directory's query fields: each validates its arguments and queues one read.</summary>
internal static class ListingFields
{
    public static void AddListingFields(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("A service, organisation, placement or mentor by id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => LoadNode(c, c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs")
            .Description("The need taxonomy, with how many services address each need.")
            .Resolve(c => c.Loaders().Run(ListingQueries.Needs));

        query.Field<NonNullGraphType<ServiceConnectionType>>("services")
            .Description("Services, by name or, with `near`, nearest first.")
            .Argument<ServiceFilterType>("where")
            .Argument<NearInputType>("near")
            .CostlyWith("near")
            .Paging()
            .Resolve(c =>
            {
                var where = c.GetArgument<ServiceFilter?>("where");
                var search = new ServiceSearch(
                    NeedCodes.Validate(where?.Needs, "where.needs"),
                    where?.WomenOnly,
                    where?.Online,
                    SearchText.Normalise(where?.Text, "where.text"),
                    where?.OrganisationId,
                    c.Near(),
                    c.Page(),
                    IncludeClosed: ListingRules.MaySeeClosed(where?.IncludeClosed, where?.OrganisationId, c.Caller()));
                return c.Loaders().Run(ListingQueries.Services(search));
            });

        query.Field<NonNullGraphType<OrganisationConnectionType>>("organisations")
            .Description("Organisations, by name.")
            .Argument<OrganisationFilterType>("where")
            .Paging()
            .Resolve(c =>
            {
                var where = c.GetArgument<OrganisationFilter?>("where");
                var search = new OrganisationSearch(
                    ListingKinds.Validate(where?.Kind, ListingKinds.Organisation, "where.kind"),
                    SearchText.Normalise(where?.Text, "where.text"),
                    c.Page());
                return c.Loaders().Run(ListingQueries.Organisations(search));
            });

        query.Field<NonNullGraphType<PlacementConnectionType>>("placements")
            .Description("Unpaid work, Immediate Justice, volunteering and work-trial placements, by title or, with `near`, nearest first.")
            .Argument<PlacementFilterType>("where")
            .Argument<NearInputType>("near")
            .CostlyWith("near")
            .Paging()
            .Resolve(c =>
            {
                var where = c.GetArgument<PlacementFilter?>("where");
                var search = new PlacementSearch(
                    ListingKinds.Validate(where?.Kind, ListingKinds.Placement, "where.kind"),
                    where?.WomenOnly,
                    where?.HasSpace,
                    SearchText.Normalise(where?.Text, "where.text"),
                    c.Near(),
                    c.Page(),
                    where?.OrganisationId);
                return c.Loaders().Run(ListingQueries.Placements(search));
            });

        query.Field<NonNullGraphType<MentorConnectionType>>("mentors")
            .Description("Peer mentors (public profiles), by name or, with `near`, nearest first.")
            .Argument<MentorFilterType>("where")
            .Argument<NearInputType>("near")
            .CostlyWith("near")
            .Paging()
            .Resolve(c =>
            {
                var where = c.GetArgument<MentorFilter?>("where");
                var search = new MentorSearch(
                    where?.Gender is { } gender ? EnumCodes.ToCode(gender) : null,
                    ListingKinds.ValidateLanguage(where?.Language, "where.language"),
                    NeedCodes.Validate(where?.LivedExperience, "where.livedExperience"),
                    where?.HasSpace,
                    c.Near(),
                    c.Page(),
                    where?.OrganisationId);
                return c.Loaders().Run(ListingQueries.Mentors(search));
            });
    }

    /// <summary>Ids carry their kind ("svc-", "org-", "plc-", "mnt-"); people and practitioners are not public nodes.</summary>
    private static object? LoadNode(IResolveFieldContext context, string id) => id.Split('-', 2)[0] switch
    {
        "svc" => new ListedService(context.Loaders().Load(ListingQueries.ServicesById, id), context.Caller()),
        "org" => context.Loaders().Load(ListingQueries.OrganisationsById, id),
        "plc" => context.Loaders().Load(ListingQueries.PlacementsById, id),
        "mnt" => context.Loaders().Load(ListingQueries.MentorsById, id),
        _ => null,
    };

    /// <summary>A service as the directory shows it: a closed one only to those who manage it, so that they can reopen it.</summary>
    private sealed class ListedService(IDataLoaderResult<ServiceListing?> service, Caller caller) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            await service.GetResultAsync(cancellationToken) is { } listing && (listing.Status != ServiceStatus.Closed || ListingRules.MayManage(caller, listing.Organisation.Id))
                ? listing
                : null;
    }
}
