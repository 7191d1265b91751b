using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Domain.Listings;

/// <summary>An organisation as an admin sent it: no id for a new one, the version read for a change.</summary>
public sealed record OrganisationDraft(
    string? Id, int? Version, string? Name, string? Kind, string? Description, GeoPoint? Location, string? Website, Address? Address = null, Contact? Contact = null);

/// <summary>A validated organisation: what upsertOrganisation writes.</summary>
public sealed record OrganisationEdit(
    string? Id, int? Version, string Name, string Kind, string? Description, GeoPoint? Location, string? Website, Address? Address = null, Contact? Contact = null);

/// <summary>Admins manage the organisations that partners then list under; the rules for what one may hold.</summary>
public static class OrganisationRules
{
    public const int MaxWebsiteLength = 200;

    public static OrganisationEdit Organisation(OrganisationDraft draft, Caller caller)
    {
        caller.Require(AccessPolicy.UpsertOrganisation);
        var (id, version) = ListingRules.VersionedId(draft.Id, draft.Version, Ids.Organisation, "organisation");
        return new OrganisationEdit(
            id,
            version,
            ListingRules.RequiredText(draft.Name, "input.name", ListingRules.MaxNameLength),
            ListingKinds.Validate(draft.Kind, ListingKinds.Organisation, "input.kind") ?? throw new InvalidInputException("input.kind", "'input.kind' is required."),
            ListingRules.OptionalText(draft.Description, "input.description", ListingRules.MaxDescriptionLength),
            draft.Location,
            Website(draft.Website),
            ContactRules.Address(draft.Address, "input.address"),
            ContactRules.Contact(draft.Contact, "input.contact"));
    }

    /// <summary>An absolute http(s) address, so the directory never links anywhere else.</summary>
    private static string? Website(string? website)
    {
        var text = ListingRules.OptionalText(website, "input.website", MaxWebsiteLength);
        return text is null || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? text
            : throw new InvalidInputException("input.website", $"'input.website' must be an http or https address (got '{text}').");
    }
}
