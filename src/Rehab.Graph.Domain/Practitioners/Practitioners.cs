using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.Practitioners;

/// <summary>
/// An offender manager as the hub knows them: the id their tokens carry, how many people they supervise, and their
/// work e-mail and phone, which the partners their referrals go to see (as the referral's referrer).
/// </summary>
public sealed record Practitioner(string Id, string Name, string DeliveryUnit, int Version, int Caseload, string? Email = null, string? Phone = null);

/// <summary>
/// An offender manager as another sees them: whom to hand a person over to, and how to reach them about it. Never their
/// caseload, which is an admin's to see.
/// </summary>
public sealed record Colleague(string Id, string Name, string DeliveryUnit, string? Email = null, string? Phone = null);

/// <summary>
/// A delivery unit offender managers work in: how many colleagues (offender managers other than the caller) work there,
/// and whether the caller does, so a handover can start from the caller's own unit.
/// </summary>
public sealed record DeliveryUnit(string Name, int Colleagues, bool Yours);

/// <summary>A practitioner as an admin sent it: no id for a new one, the version read for a change.</summary>
public sealed record PractitionerDraft(string? Id, int? Version, string? Name, string? DeliveryUnit, string? Email = null, string? Phone = null);

/// <summary>A validated practitioner: what upsertPractitioner writes.</summary>
public sealed record PractitionerEdit(string? Id, int? Version, string Name, string DeliveryUnit, string? Email = null, string? Phone = null);

/// <summary>
/// Admins manage the hub's users that it holds: the practitioners whose tokens name them (<c>practitioner_id</c>)
/// and whose caseload decides which people they may see. Sign-in itself belongs to the identity provider.
/// </summary>
public static class PractitionerRules
{
    public const int MaxDeliveryUnitLength = 100;

    public static PractitionerEdit Practitioner(PractitionerDraft draft, Caller caller)
    {
        caller.Require(AccessPolicy.UpsertPractitioner);
        var (id, version) = ListingRules.VersionedId(draft.Id, draft.Version, Ids.Practitioner, "practitioner");
        return new PractitionerEdit(
            id,
            version,
            ListingRules.RequiredText(draft.Name, "input.name", ListingRules.MaxNameLength),
            ListingRules.RequiredText(draft.DeliveryUnit, "input.deliveryUnit", MaxDeliveryUnitLength),
            ContactRules.Email(draft.Email, "input.email"),
            ContactRules.Phone(draft.Phone, "input.phone"));
    }

    /// <summary>A delivery unit to filter colleagues by; absent or blank for all of them.</summary>
    public static string? DeliveryUnit(string? deliveryUnit, string field) => ListingRules.OptionalText(deliveryUnit, field, MaxDeliveryUnitLength);

    /// <summary>The person and the practitioner who is to supervise them, both checked for their kind.</summary>
    public static (string PersonId, string PractitionerId) Assignment(string? personId, string? practitionerId, Caller caller)
    {
        caller.Require(AccessPolicy.AssignOffenderManager);
        return (Ids.Require(personId, Ids.Person, "input.personId"), Ids.Require(practitionerId, Ids.Practitioner, "input.practitionerId"));
    }
}
