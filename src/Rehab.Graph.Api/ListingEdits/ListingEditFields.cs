using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.ListingEdits;

namespace Rehab.Graph.Api.ListingEdits;

/// <summary>
/// Partners keep their listings current. Each mutation checks who is asking, then the whole input, then
/// makes its change in one transaction (see <see cref="ListingStore"/>) and answers with the listing as stored.
/// </summary>
internal static class ListingEditFields
{
    public static void AddListingMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ServiceType>>("upsertService")
            .Description("Creates a service of your organisation (without id) or changes one (with id and the version you read).")
            .Argument<NonNullGraphType<ServiceInputType>>("input")
            .ResolveAsync(async c => await c.Store().UpsertServiceAsync(ListingRules.Service(c.GetArgument<ServiceInput>("input").ToDraft(), c.Caller()), c.Caller(), c.CancellationToken));

        mutation.Field<NonNullGraphType<PlacementType>>("upsertPlacement")
            .Description("Creates a placement your organisation hosts (without id) or changes one (with id and the version you read).")
            .Argument<NonNullGraphType<PlacementInputType>>("input")
            .ResolveAsync(async c => await c.Store().UpsertPlacementAsync(ListingRules.Placement(c.GetArgument<PlacementInput>("input").ToDraft(), c.Caller()), c.Caller(), c.CancellationToken));

        mutation.Field<NonNullGraphType<MentorType>>("upsertMentor")
            .Description("Adds a mentor who volunteers with your organisation (without id) or changes one (with id and the version you read).")
            .Argument<NonNullGraphType<MentorInputType>>("input")
            .ResolveAsync(async c => await c.Store().UpsertMentorAsync(ListingRules.Mentor(c.GetArgument<MentorInput>("input").ToDraft(), c.Caller()), c.Caller(), c.CancellationToken));

        mutation.Field<NonNullGraphType<ServiceType>>("setServiceStatus")
            .Description("Pauses (listed, not offered by connect), closes (gone from the directory) or reopens a service of your organisation.")
            .Argument<NonNullGraphType<SetServiceStatusInputType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.Caller();
                var input = c.GetArgument<SetServiceStatusInput>("input");
                return await c.Store().SetServiceStatusAsync(ListingRules.Status(input.ServiceId, input.Status, input.Version, caller), caller, c.CancellationToken);
            });
    }

    private static ListingStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ListingStore>();
}
