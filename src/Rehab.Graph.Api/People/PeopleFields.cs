using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Connector;
using Rehab.Graph.Neo4j.People;

namespace Rehab.Graph.Api.People;

/// <summary>
/// <c>person</c> and <c>people</c>: an offender manager's caseload. Each read is scoped in its
/// statement to the practitioner in the token, and audited in the same round trip.
/// </summary>
internal static class PeopleFields
{
    public static void AddPeopleFields(this ObjectGraphType query)
    {
        query.Field<PersonType>("person")
            .Description("A person on the caller's caseload (offender managers only); null when there is no such person.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await PersonAsync(c, c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<PersonConnectionType>>("people")
            .Description("The people the caller supervises (offender managers only), by display name.")
            .Paging()
            .Resolve(c =>
            {
                var practitionerId = c.RequireOffenderManager("list a caseload");
                var page = c.Page();
                c.Loaders().Run(AuditTrail.RecordWith(c.Audit(AuditActions.CaseloadRead, practitionerId)));
                return c.Loaders().Run(PeopleQueries.Caseload(practitionerId, page));
            });
    }

    public static string RequireOffenderManager(this IResolveFieldContext context, string what) => context.Caller().RequireOffenderManager(what);

    /// <summary>An audit entry for this request's caller.</summary>
    public static AuditEntry Audit(this IResolveFieldContext context, string action, string targetId, string? summary = null) =>
        AuditEntry.For(context.Caller(), context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow(), action, targetId, summary);

    private static async Task<object?> PersonAsync(IResolveFieldContext context, string personId)
    {
        var caller = context.Caller();
        if (caller.Role == CallerRole.Anonymous)
        {
            throw new UnauthenticatedException("Sign in as the person's offender manager to read their record.");
        }

        // Every attempt is audited, whoever makes it, in the same round trip as the read.
        var loaders = context.Loaders();
        var audit = loaders.Run(AuditTrail.RecordWith(context.Audit(AuditActions.PersonRead, personId)));
        if (caller is not { Role: CallerRole.OffenderManager, PractitionerId: { } practitionerId })
        {
            await audit.GetResultAsync(context.CancellationToken);
            throw new ForbiddenException("Only the person's offender manager may read their record.");
        }

        var supervision = loaders.Run(ConnectorQueries.Supervision(personId, practitionerId));
        var person = loaders.Run(PeopleQueries.Person(personId, practitionerId));
        await audit.GetResultAsync(context.CancellationToken);
        return await supervision.GetResultAsync(context.CancellationToken) switch
        {
            null => null,
            false => throw new ForbiddenException($"Person '{personId}' is not on your caseload."),
            true => await person.GetResultAsync(context.CancellationToken),
        };
    }
}
