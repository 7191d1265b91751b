using GraphQL.Types;
using GraphQL;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Features.Audit;

namespace Rehab.Graph.Api.Audit;

/// <summary><c>auditTrail</c>: every write, and every read of a person's record, for admins.</summary>
internal static class AuditFields
{
    public static void AddAuditFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<AuditEntryConnectionType>>("auditTrail")
            .Description("The audit trail, newest first (admins only).")
            .Argument<AuditFilterType>("where")
            .Paging()
            .Resolve(c => c.RequestServices!.GetRequiredService<AuditService>().Search(c.GetArgument<AuditFilter?>("where"), c.Page(), c.Caller()).Deferred());
}

public sealed class AuditFilterType : InputObjectGraphType<AuditFilter>
{
    public AuditFilterType()
    {
        Name = "AuditFilter";
        Field(f => f.TargetId, typeof(IdGraphType)).Description("Entries about one item or person.");
        Field(f => f.ActorId, nullable: true).Description("Entries by one user, practitioner or organisation: any entry naming it as any of the three.");
        Field(f => f.Action, nullable: true).Description("e.g. PERSON_READ, REFERRAL_CREATED, SERVICE_UPSERTED.");
    }
}

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.At);
        Field(a => a.ActorRole);
        Field(a => a.ActorId, nullable: true).Description("The user if the token named one, else the practitioner or organisation.");
        Field(a => a.ActorUserId, nullable: true).Description("The signed-in user, when the token named one (null on entries written before it was kept).");
        Field(a => a.ActorPractitionerId, nullable: true).Description("The practitioner the caller acted as (offender managers).");
        Field(a => a.ActorOrganisationId, nullable: true).Description("The organisation the caller acted for (partners, referrers).");
        Field(a => a.Action);
        Field(a => a.TargetId);
        Field(a => a.Summary, nullable: true);
        Field(a => a.Before, nullable: true).Description("A listing before the change, as JSON.");
        Field(a => a.After, nullable: true).Description("A listing after the change, as JSON.");
    }
}

public sealed class AuditEntryConnectionType() : ConnectionType<AuditEntryType, AuditEntryEdgeType, AuditEntry>("AuditEntry");

public sealed class AuditEntryEdgeType() : EdgeType<AuditEntryType, AuditEntry>("AuditEntry");
