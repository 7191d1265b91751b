using GraphQL.Types;
using GraphQL;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Features.Listings;

namespace Rehab.Graph.Api.ListingEdits;

/// <summary>Partners keep their listings current, through <see cref="ListingService"/>.</summary>
internal static class ListingEditFields
{
    public static void AddListingMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ServiceType>>("upsertService")
            .Description("Creates a service of your organisation (without id) or changes one (with id and the version you read).")
            .Argument<NonNullGraphType<ServiceInputType>>("input")
            .ResolveAsync(async c => await c.Listings().UpsertServiceAsync(c.GetArgument<ServiceInput>("input").ToDraft(), c.Caller(), c.CancellationToken));

        mutation.Field<NonNullGraphType<PlacementType>>("upsertPlacement")
            .Description("Creates a placement your organisation hosts (without id) or changes one (with id and the version you read).")
            .Argument<NonNullGraphType<PlacementInputType>>("input")
            .ResolveAsync(async c => await c.Listings().UpsertPlacementAsync(c.GetArgument<PlacementInput>("input").ToDraft(), c.Caller(), c.CancellationToken));

        mutation.Field<NonNullGraphType<MentorType>>("upsertMentor")
            .Description("Adds a mentor who volunteers with your organisation (without id) or changes one (with id and the version you read).")
            .Argument<NonNullGraphType<MentorInputType>>("input")
            .ResolveAsync(async c => await c.Listings().UpsertMentorAsync(c.GetArgument<MentorInput>("input").ToDraft(), c.Caller(), c.CancellationToken));

        mutation.Field<NonNullGraphType<ServiceType>>("setServiceStatus")
            .Description("Pauses (listed, not offered by connect), closes (gone from the directory) or reopens a service of your organisation.")
            .Argument<NonNullGraphType<SetServiceStatusInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetServiceStatusInput>("input");
                return await c.Listings().SetServiceStatusAsync(input.ServiceId, input.Status, input.Version, c.Caller(), c.CancellationToken);
            });
    }

    public static ListingService Listings(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ListingService>();
}
