using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Shared;
using static Rehab.Graph.Web.Pages.Shared.FormValues;
using Service = Rehab.Graph.Client.ServiceEditPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// A service as its form posts it: every field as typed (so a refused form shows what was typed), turned into the hub's
/// whole <see cref="ServiceInput"/> by <see cref="Validate"/>. The hidden version is the one the user read: the hub refuses
/// a change to an older one (CONFLICT).
/// </summary>
public sealed class ServiceForm : IAddressedForm, IEditForm
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    public static IReadOnlyList<string> ReferralRoutes { get; } = ["SELF", "PRACTITIONER", "GP", "AGENCY"];

    /// <summary>The fields' ids (and form names), in the order they are on the page.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } =
    [
        "name", "description", "needs", "online", "latitude", "longitude", "womenOnly", "byAndFor", "minAge", "maxAge", "languages", "unsuitableFor",
        "capacity", "waitingDays", "openingTimes", "referralRoute", "addressLines", "town", "postcode",
        "contactName", "contactEmail", "contactPhone", "contactUrl",
    ];

    public string? Version { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<string> Needs { get; set; } = [];
    public bool Online { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public bool WomenOnly { get; set; }

    /// <summary>The communities ticked; none is a service open to all alike.</summary>
    public List<string> ByAndFor { get; set; } = [];

    public string? MinAge { get; set; }
    public string? MaxAge { get; set; }
    public string? Languages { get; set; }
    public string? UnsuitableFor { get; set; }
    public string? Capacity { get; set; }
    public string? WaitingDays { get; set; }
    public string? OpeningTimes { get; set; }
    public string? ReferralRoute { get; set; }
    public string? AddressLines { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactUrl { get; set; }

    /// <summary>The form filled in with the service as stored.</summary>
    public static ServiceForm From(Service service) => WithAddress(
        new ServiceForm
        {
            Version = service.Version?.ToString(CultureInfo.InvariantCulture),
            Name = service.Name,
            Description = service.Description,
            Needs = service.Needs?.Select(n => n.Code).ToList() ?? [],
            Online = service.Online ?? false,
            Latitude = service.Online == true ? null : service.Location?.Latitude.ToString(CultureInfo.InvariantCulture),
            Longitude = service.Online == true ? null : service.Location?.Longitude.ToString(CultureInfo.InvariantCulture),
            WomenOnly = service.WomenOnly ?? false,
            ByAndFor = service.ByAndFor?.ToList() ?? [],
            MinAge = Text(service.MinAge),
            MaxAge = Text(service.MaxAge),
            Languages = service.Languages is { } languages ? string.Join(", ", languages) : null,
            UnsuitableFor = service.UnsuitableFor is { } flags ? string.Join(", ", flags) : null,
            Capacity = Text(service.Capacity),
            WaitingDays = Text(service.WaitingDays),
            OpeningTimes = service.OpeningTimes,
            ReferralRoute = service.ReferralRoute,
        },
        service.Address is { } address ? (address.Lines, address.Town, address.Postcode) : null,
        service.Contact is { } contact ? (contact.Name, contact.Email, contact.Phone, contact.Url) : null);

    /// <summary>The hub's input for this form, or the errors that stop it being sent.</summary>
    public (ServiceInput? Input, FieldErrors Errors) Validate(string organisationId, string? serviceId)
    {
        var errors = new FieldErrors();
        var name = Required(Name, "name", "Enter the service's name", NameMaxLength, "Name", errors);
        var description = Optional(Description, "description", DescriptionMaxLength, "Description", errors);
        var needs = Ticked(Needs);
        if (needs.Count == 0)
        {
            errors.Add("needs", "Select at least one need the service addresses");
        }

        var byAndFor = Communities.Ticked(ByAndFor, "byAndFor", errors);
        var location = Online ? null : Location(this, "where the service is delivered, or say it is online", errors);
        var minAge = Whole(MinAge, "minAge", "Minimum age", 0, 120, errors);
        var maxAge = Whole(MaxAge, "maxAge", "Maximum age", 0, 120, errors);
        if (minAge is { } min && maxAge is { } max && max < min)
        {
            errors.Add("maxAge", "Maximum age must be the same as or more than the minimum age");
        }

        var capacity = Whole(Capacity, "capacity", "Capacity", 0, 10_000, errors);
        var waitingDays = Whole(WaitingDays, "waitingDays", "Waiting time", 0, 365, errors);
        var route = Trimmed(ReferralRoute);
        if (route is not null && !ReferralRoutes.Contains(route))
        {
            errors.Add("referralRoute", "Choose how people are referred from the list");
        }

        var version = FormValues.Version(Version, serviceId, "service", "name", errors);
        if (errors.Any)
        {
            return (null, errors);
        }

        return (new ServiceInput
        {
            Id = serviceId,
            Version = version,
            OrganisationId = organisationId,
            Name = name!,
            Description = description,
            Needs = needs,
            Online = Online,
            Location = location,
            WomenOnly = WomenOnly,
            ByAndFor = byAndFor,
            MinAge = minAge,
            MaxAge = maxAge,
            Languages = Codes(Languages, lower: true),
            UnsuitableFor = Codes(UnsuitableFor, lower: false),
            Capacity = capacity,
            WaitingDays = waitingDays,
            OpeningTimes = Trimmed(OpeningTimes),
            ReferralRoute = route,
            Address = Address(this),
            Contact = Contact(this),
        }, errors);
    }

    /// <summary>The form field a hub refusal is about (<c>input.contact.email</c> is <c>contactEmail</c>), or null for none on the form.</summary>
    public static string? FieldOf(string? hubField) => FormValues.FieldOf(hubField, FieldOrder);
}
