using GraphQL.Types;
using GraphQL;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Practitioners;
using Rehab.Graph.Features.Practitioners;

namespace Rehab.Graph.Api.Practitioners;

/// <summary>
/// Admins manage the users the hub itself holds: practitioners, whose id an offender manager's token carries, and
/// whom each person is supervised by, which decides who may see them (see <see cref="PractitionerService"/>).
/// </summary>
internal static class PractitionerFields
{
    public static void AddPractitionerFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<PractitionerConnectionType>>("practitioners")
            .Description("The practitioners, by name, with the size of each caseload (admins only).")
            .Paging()
            .Resolve(c => c.Practitioners().Practitioners(c.Page(), c.Caller()).Deferred());

    public static void AddColleagueFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ColleagueConnectionType>>("colleagues")
            .Description("Offender managers only: the other offender managers, by delivery unit and name, to hand a person over to.")
            .Argument<StringGraphType>("deliveryUnit", $"Only those in this delivery unit (exactly as they have it); at most {PractitionerRules.MaxDeliveryUnitLength} characters.")
            .Argument<StringGraphType>("search", $"Only those whose name contains this, ignoring case and the spaces around it; blank for all; at most {SearchText.MaxLength} characters.")
            .Paging()
            .Resolve(c => c.Practitioners().Colleagues(c.GetArgument<string?>("deliveryUnit"), c.GetArgument<string?>("search"), c.Page(), c.Caller()).Deferred());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeliveryUnitType>>>>("deliveryUnits")
            .Description("Offender managers only: the delivery units offender managers work in, by name, with how many colleagues work in each and which is yours, to look for whom to hand a person over to unit by unit.")
            .Resolve(c => c.Practitioners().DeliveryUnits(c.Caller()).Deferred());
    }

    public static void AddPractitionerMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PractitionerType>>("upsertPractitioner")
            .Description("Admins only: adds a practitioner (without id) or changes one (with id and the version you read). Their tokens carry the id as practitioner_id.")
            .Argument<NonNullGraphType<PractitionerInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PractitionerInput>("input");
                return await c.Practitioners().UpsertAsync(
                    new PractitionerDraft(input.Id, input.Version, input.Name, input.DeliveryUnit, input.Email, input.Phone), c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PractitionerType>>("assignOffenderManager")
            .Description("Admins only: moves a person to another offender manager, with their referrals and the Immediate Justice cases their old one coordinated. Returns the new offender manager.")
            .Argument<NonNullGraphType<AssignOffenderManagerInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AssignOffenderManagerInput>("input");
                return await c.Practitioners().AssignAsync(input.PersonId, input.PractitionerId, c.Caller(), c.CancellationToken);
            });
    }

    private static PractitionerService Practitioners(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PractitionerService>();
}

public sealed record PractitionerInput(string? Id, int? Version, string Name, string DeliveryUnit, string? Email, string? Phone);

public sealed class PractitionerInputType : InputObjectGraphType<PractitionerInput>
{
    public PractitionerInputType()
    {
        Name = "PractitionerInput";
        Field(i => i.Id, typeof(IdGraphType)).Description("The practitioner to change; absent for a new one.");
        Field(i => i.Version, nullable: true).Description("With id: the version you read (a change to an older one is a CONFLICT).");
        Field(i => i.Name).Description($"At most {ListingRules.MaxNameLength} characters.");
        Field(i => i.DeliveryUnit).Description($"The probation delivery unit they work in; at most {PractitionerRules.MaxDeliveryUnitLength} characters.");
        Field(i => i.Email, nullable: true).Description("Their work e-mail address; shown to the partners their referrals go to.");
        Field(i => i.Phone, nullable: true).Description("Their work phone, a UK number; shown to the partners their referrals go to.");
    }
}

public sealed record AssignOffenderManagerInput(string PersonId, string PractitionerId);

public sealed class AssignOffenderManagerInputType : InputObjectGraphType<AssignOffenderManagerInput>
{
    public AssignOffenderManagerInputType()
    {
        Name = "AssignOffenderManagerInput";
        Field(i => i.PersonId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.PractitionerId, typeof(NonNullGraphType<IdGraphType>)).Description("Who is to supervise them from now on.");
    }
}

public sealed class PractitionerType : ObjectGraphType<Practitioner>
{
    public PractitionerType()
    {
        Name = "Practitioner";
        Description = "An offender manager. Admins see who they are and how many people they supervise, never whom.";
        Field(p => p.Id, typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Name);
        Field(p => p.DeliveryUnit);
        Field(p => p.Email, nullable: true);
        Field(p => p.Phone, nullable: true);
        Field(p => p.Version).Description("Send it back with a change: a change to an older version is a CONFLICT.");
        Field(p => p.Caseload).Description("How many people they supervise.");
    }
}

public sealed class ColleagueType : ObjectGraphType<Colleague>
{
    public ColleagueType()
    {
        Name = "Colleague";
        Description = "Another offender manager: who they are and how to reach them at work, never whom they supervise.";
        Field(p => p.Id, typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Name);
        Field(p => p.DeliveryUnit);
        Field(p => p.Email, nullable: true);
        Field(p => p.Phone, nullable: true);
    }
}

public sealed class DeliveryUnitType : ObjectGraphType<DeliveryUnit>
{
    public DeliveryUnitType()
    {
        Name = "DeliveryUnit";
        Description = "A probation delivery unit, as the offender managers in it have it written.";
        Field(u => u.Name);
        Field(u => u.Colleagues).Description("How many offender managers other than you work in it.");
        Field(u => u.Yours).Description("Whether you work in it.");
    }
}

public sealed class ColleagueConnectionType() : ConnectionType<ColleagueType, ColleagueEdgeType, Colleague>("Colleague");

public sealed class ColleagueEdgeType() : EdgeType<ColleagueType, Colleague>("Colleague");

public sealed class PractitionerConnectionType() : ConnectionType<PractitionerType, PractitionerEdgeType, Practitioner>("Practitioner");

public sealed class PractitionerEdgeType() : EdgeType<PractitionerType, Practitioner>("Practitioner");
