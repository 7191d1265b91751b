using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Features.People;

namespace Rehab.Graph.Api.People;

/// <summary><c>person</c> and <c>people</c>: an offender manager's caseload, answered by <see cref="PeopleService"/>.</summary>
internal static class PeopleFields
{
    public static void AddPeopleFields(this ObjectGraphType query)
    {
        query.Field<PersonType>("person")
            .Description("A person on the caller's caseload (offender managers only); null when there is no such person.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.People().PersonAsync(c.GetArgument<string>("id"), c.Caller(), c.CancellationToken));

        query.Field<NonNullGraphType<PersonConnectionType>>("people")
            .Description("The people the caller supervises (offender managers only), by display name.")
            .Paging()
            .Resolve(c => c.People().Caseload(c.Page(), c.Caller()).Deferred());
    }

    private static PeopleService People(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PeopleService>();
}
