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
            .Resolve(c => c.People().Person(c.GetArgument<string>("id"), c.Caller()).Deferred());

        query.Field<NonNullGraphType<PersonConnectionType>>("people")
            .Description("The people the caller supervises (offender managers only), by display name.")
            .Paging()
            .Resolve(c => c.People().Caseload(c.Page(), c.Caller()).Deferred());
    }

    public static void AddPeopleMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<PersonType>>("updatePerson")
            .Description("The offender manager changes a person's record from the version they read: needs, strengths, risk flags, licence exclusion zones, home or contact details.")
            .Argument<NonNullGraphType<UpdatePersonInputType>>("input")
            .ResolveAsync(async c => await c.People().UpdateAsync(c.GetArgument<UpdatePersonInput>("input").ToUpdate(), c.Caller(), c.CancellationToken));

    internal static PeopleService People(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PeopleService>();
}
