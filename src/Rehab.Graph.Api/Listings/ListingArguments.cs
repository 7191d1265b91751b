using GraphQL;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Paging;

namespace Rehab.Graph.Api.Listings;

/// <summary>Reads and validates the arguments every directory search shares.</summary>
internal static class ListingArguments
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static PageRequest Page(this IResolveFieldContext context) =>
        PageRequest.Create(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), DefaultPageSize, MaxPageSize);

    public static NearQuery? Near(this IResolveFieldContext context) =>
        context.GetArgument<NearInput?>("near")?.ToRequest().Resolve(context.RequestServices!.GetRequiredService<IPlaceGazetteer>());
}
