using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.OpenReferral;

/// <summary>
/// The hub's public directory in Open Referral UK's shapes (HSDS 3.0 names, snake_case), as the export writes them and
/// the read API answers them; every id the item's UUID (<see cref="OpenReferralIds"/>). Open Referral UK has no field
/// for a capacity, waiting time, referral route or the risks a service is unsuitable for, so those are not written.
/// </summary>
public static class OpenReferralShapes
{
    /// <summary>Open Referral UK holds an address's street lines in one <c>address_1</c>; the hub joins them with this.</summary>
    public const string AddressLineSeparator = ", ";

    /// <summary>
    /// For answers: snake_case, no nulls, and text as it is (opening times' dashes, "someone else's") rather than
    /// \u-escaped, which is safe in JSON that is never put into HTML unescaped.
    /// </summary>
    public static readonly JsonSerializerOptions Compact = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>For files people read and edit.</summary>
    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    /// <summary>A service with everything the hub holds of it, as <c>/services/{id}</c> answers it.</summary>
    public static OrukService Service(ServiceListing s)
    {
        var id = Uuid(s.Id);
        var location = Uuid(s.Id, "location");
        return new OrukService(
            id,
            Uuid(s.Organisation.Id),
            s.Name,
            s.Description,
            s.Contact?.Url,
            s.Contact?.Email,
            Status(s.Status),
            s.MinAge,
            s.MaxAge,
            [new OrukServiceAtLocation(Uuid(s.Id, "service_at_location"), id, location, Location(s, withAddress: true))],
            [.. s.Languages.Select(code => new OrukLanguage(Uuid(s.Id, $"language/{code}"), id, code))],
            s.OpeningTimes is null ? [] : [new OrukSchedule(Uuid(s.Id, "schedule"), id, s.OpeningTimes)],
            [.. Attributes(s, id)],
            Contacts(s, id),
            Organization(s.Organisation));
    }

    /// <summary>A service's one-to-one fields and its organisation, as a page of <c>/services</c> lists it.</summary>
    public static OrukServiceSummary Summary(ServiceListing s) => Summary(s, Organization(s.Organisation));

    /// <summary>
    /// An organisation with the services it lists, as <c>/organizations/{id}</c> answers it; each service without the
    /// organisation again.
    /// </summary>
    public static OrukOrganization Organization(OrganisationListing o, IEnumerable<ServiceListing> services) =>
        Organization(o) with { Services = [.. services.Select(s => Summary(s, organization: null))] };

    /// <summary>
    /// A service's one place (the hub holds one per service: virtual for an online one) with the service, as
    /// <c>/service_at_locations</c> lists it, and whole, with the place's address, as <c>/service_at_locations/{id}</c> has it.
    /// </summary>
    public static OrukServiceAtLocationEntry ServiceAtLocation(ServiceListing s, bool whole) =>
        new(Uuid(s.Id, "service_at_location"), Uuid(s.Id), Uuid(s.Id, "location"), Location(s, withAddress: whole), Summary(s));

    /// <summary>An organisation's own fields, as a service holds it and a page of <c>/organizations</c> lists it.</summary>
    public static OrukOrganization Organization(OrganisationListing o) => new(Uuid(o.Id), o.Name, o.Description ?? "", o.Website, o.Contact?.Email);

    private static OrukServiceSummary Summary(ServiceListing s, OrukOrganization? organization) => new(
        Uuid(s.Id), Uuid(s.Organisation.Id), s.Name, s.Description, s.Contact?.Url, s.Contact?.Email, Status(s.Status), s.MinAge, s.MaxAge, organization);

    public static OrukTaxonomy Taxonomy(IEnumerable<NeedRef> needs, bool withTerms) => new(
        OpenReferralTaxonomy.Id, OpenReferralTaxonomy.Name, OpenReferralTaxonomy.Description, withTerms ? [.. Terms(needs)] : null);

    /// <summary>Every term of the hub's taxonomy: its needs, then "Women only".</summary>
    public static IEnumerable<OrukTerm> Terms(IEnumerable<NeedRef> needs) =>
        needs.Select(OpenReferralTaxonomy.NeedTerm).Append(OpenReferralTaxonomy.WomenOnlyTerm).Select(Term);

    private static OrukTerm Term(OpenReferralTerm term) => new(term.Id, term.Name, term.Description, term.Code, OpenReferralTaxonomy.Id);

    private static OrukLocation Location(ServiceListing s, bool withAddress)
    {
        var id = Uuid(s.Id, "location");
        return s.Online ? new OrukLocation(id, "virtual", null, null, null) : new OrukLocation(id, "physical", s.Lat, s.Lon, withAddress ? Addresses(s, id) : null);
    }

    private static string Status(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.Paused => "temporarily closed",
        _ => "inactive",
    };

    private static string Uuid(string id) => OpenReferralIds.Text(OpenReferralIds.Of(id));

    private static string Uuid(string id, string part) => OpenReferralIds.Text(OpenReferralIds.Of(id, part));

    /// <summary>
    /// Open Referral UK requires a country and a county (state_province) that the hub does not hold: the country is
    /// GB, the county left empty.
    /// </summary>
    private static IReadOnlyList<OrukAddress>? Addresses(ServiceListing service, string locationId) => service.Address is { } address
        ? [new OrukAddress(Uuid(service.Id, "address"), locationId, string.Join(AddressLineSeparator, address.Lines), address.Town ?? "", "", address.Postcode ?? "", "GB", "physical")]
        : null;

    /// <summary>A contact with a name or a phone; the e-mail address and web page are the service's own fields.</summary>
    private static IReadOnlyList<OrukContact>? Contacts(ServiceListing service, string serviceId) => service.Contact is { } contact && (contact.Name ?? contact.Phone) is not null
        ? [new OrukContact(Uuid(service.Id, "contact"), serviceId, contact.Name, contact.Phone is { } phone ? [new OrukPhone(Uuid(service.Id, "phone"), Uuid(service.Id, "contact"), phone)] : [])]
        : null;

    private static IEnumerable<OrukAttribute> Attributes(ServiceListing service, string serviceId)
    {
        foreach (var need in service.Needs.OrderBy(n => n.Code, StringComparer.Ordinal))
        {
            // The label names the need for other directories; the term's code is what an import maps back.
            yield return Attribute(service, serviceId, OpenReferralTaxonomy.NeedTerm(need));
        }

        if (service.WomenOnly)
        {
            yield return Attribute(service, serviceId, OpenReferralTaxonomy.WomenOnlyTerm);
        }
    }

    private static OrukAttribute Attribute(ServiceListing service, string serviceId, OpenReferralTerm term) =>
        new(Uuid(service.Id, $"attribute/{term.Code}"), serviceId, term.Id, Term(term));
}

public sealed record OrukService(
    string Id, string OrganizationId, string Name, string? Description, string? Url, string? Email, string Status, int? MinimumAge, int? MaximumAge,
    IReadOnlyList<OrukServiceAtLocation> ServiceAtLocations, IReadOnlyList<OrukLanguage> Languages, IReadOnlyList<OrukSchedule> Schedules,
    IReadOnlyList<OrukAttribute> Attributes, IReadOnlyList<OrukContact>? Contacts, OrukOrganization Organization);

public sealed record OrukServiceSummary(
    string Id, string OrganizationId, string Name, string? Description, string? Url, string? Email, string Status, int? MinimumAge, int? MaximumAge,
    OrukOrganization? Organization);

public sealed record OrukServiceAtLocationEntry(string Id, string ServiceId, string LocationId, OrukLocation Location, OrukServiceSummary Service);

public sealed record OrukOrganization(string Id, string Name, string Description, string? Website, string? Email, IReadOnlyList<OrukServiceSummary>? Services = null);

public sealed record OrukServiceAtLocation(string Id, string ServiceId, string LocationId, OrukLocation Location);

public sealed record OrukLocation(string Id, string LocationType, double? Latitude, double? Longitude, IReadOnlyList<OrukAddress>? Addresses);

public sealed record OrukAddress(
    string Id, string LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string StateProvince, string PostalCode, string Country,
    string AddressType);

public sealed record OrukContact(string Id, string ServiceId, string? Name, IReadOnlyList<OrukPhone> Phones);

public sealed record OrukPhone(string Id, string ContactId, string Number);

/// <summary>The UK profile's language has only ids; <c>code</c> is HSDS 3.0's, which an import reads.</summary>
public sealed record OrukLanguage(string Id, string ServiceId, string Code);

public sealed record OrukSchedule(string Id, string ServiceId, string Description);

public sealed record OrukAttribute(string Id, string LinkId, string TaxonomyTermId, OrukTerm TaxonomyTerm);

/// <summary><c>term</c> carries our code, which an import maps back whatever the other fields hold.</summary>
public sealed record OrukTerm(string Id, string Name, string Description, string Term, string TaxonomyId);

public sealed record OrukTaxonomy(string Id, string Name, string Description, IReadOnlyList<OrukTerm>? TaxonomyTerms);
