using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>
/// An organisation's details as the add and edit form posts them. The hub clears an address or contact that a change
/// leaves out, so the form carries all of them, and the location it does not show in hidden fields.
/// </summary>
public sealed record OrganisationForm : IEditForm
{
    public const int NameMaxLength = 200;

    public const int DescriptionMaxLength = 2000;

    public const int LineMaxLength = 100;

    /// <summary>The hub's organisation kinds, in its order, with the words the form shows.</summary>
    public static IReadOnlyList<(string Code, string Label)> Kinds { get; } =
    [
        ("VCSE", "Voluntary, community or social enterprise"),
        ("WOMENS_CENTRE", "Women's centre"),
        ("FAITH_GROUP", "Faith group"),
        ("EMPLOYER", "Employer"),
        ("STATUTORY", "Statutory body"),
        ("HOUSING_PROVIDER", "Housing provider"),
        ("HEALTH_PROVIDER", "Health provider"),
        ("EDUCATION_PROVIDER", "Education provider"),
        ("COMMUNITY_GROUP", "Community group"),
        ("DIGITAL", "Digital"),
        ("POLICE", "Police"),
        ("PROBATION", "Probation"),
    ];

    public static class Fields
    {
        public const string Name = "name";
        public const string Kind = "kind";
        public const string Description = "description";
        public const string Website = "website";
        public const string AddressLine1 = "addressLine1";
        public const string AddressLine2 = "addressLine2";
        public const string Town = "town";
        public const string Postcode = "postcode";
        public const string ContactName = "contactName";
        public const string ContactEmail = "contactEmail";
        public const string ContactPhone = "contactPhone";
        public const string ContactUrl = "contactUrl";

        public static IReadOnlyList<string> InOrder { get; } =
            [Name, Kind, Description, Website, AddressLine1, AddressLine2, Town, Postcode, ContactName, ContactEmail, ContactPhone, ContactUrl];
    }

    public string? Version { get; set; }

    public string? Name { get; init; }

    public string? Kind { get; init; }

    public string? Description { get; init; }

    public string? Website { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? Town { get; init; }

    public string? Postcode { get; init; }

    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public string? ContactUrl { get; init; }

    public string? Latitude { get; init; }

    public string? Longitude { get; init; }

    /// <summary>The form filled in from the organisation as the hub has it.</summary>
    public static OrganisationForm From(OrganisationPageResult.NodeData organisation) => new()
    {
        Version = organisation.Version?.ToString(CultureInfo.InvariantCulture),
        Name = organisation.Name,
        Kind = organisation.Kind,
        Description = organisation.Description,
        Website = organisation.Website,
        AddressLine1 = organisation.Address?.Lines.ElementAtOrDefault(0),
        AddressLine2 = organisation.Address is { Lines.Count: > 1 } a ? string.Join(", ", a.Lines.Skip(1)) : null,
        Town = organisation.Address?.Town,
        Postcode = organisation.Address?.Postcode,
        ContactName = organisation.Contact?.Name,
        ContactEmail = organisation.Contact?.Email,
        ContactPhone = organisation.Contact?.Phone,
        ContactUrl = organisation.Contact?.Url,
        Latitude = organisation.Location?.Latitude.ToString("R", CultureInfo.InvariantCulture),
        Longitude = organisation.Location?.Longitude.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>The hub's input for this change, or the field errors that stop it being sent.</summary>
    public (OrganisationInput? Input, FieldErrors Errors) Validate(string? id)
    {
        var errors = new FieldErrors();
        FormValues.Required(Name, Fields.Name, "Enter the organisation's name", NameMaxLength, "Name", errors);
        if (!Kinds.Any(k => k.Code == Kind))
        {
            errors.Add(Fields.Kind, "Choose what kind of organisation it is");
        }

        FormValues.Optional(Description, Fields.Description, DescriptionMaxLength, "Description", errors);
        foreach (var (field, value, label) in new[]
        {
            (Fields.Website, Website, "Website"), (Fields.AddressLine1, AddressLine1, "Address line 1"), (Fields.AddressLine2, AddressLine2, "Address line 2"),
            (Fields.Town, Town, "Town"), (Fields.Postcode, Postcode, "Postcode"), (Fields.ContactName, ContactName, "Contact name"),
            (Fields.ContactEmail, ContactEmail, "Email address"), (Fields.ContactPhone, ContactPhone, "Phone number"), (Fields.ContactUrl, ContactUrl, "Contact web page"),
        })
        {
            var max = field == Fields.ContactName ? NameMaxLength : LineMaxLength * 2;
            if (Text(value) is { } text && text.Length > max)
            {
                errors.Add(field, $"{label} must be {max} characters or fewer");
            }
        }

        var version = FormValues.Version(Version, id, "organisation", Fields.Name, errors);

        GeoPointInput? location = null;
        // The stored place, carried in hidden fields; a crafted one that is not a finite number (NaN, Infinity) is dropped
        // like any other that does not parse, as JSON cannot carry it.
        if (double.TryParse(Latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            && double.TryParse(Longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            && double.IsFinite(latitude) && double.IsFinite(longitude))
        {
            location = new GeoPointInput { Latitude = latitude, Longitude = longitude };
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var lines = new[] { Text(AddressLine1), Text(AddressLine2) }.OfType<string>().ToList();
        var hasAddress = lines.Count > 0 || Text(Town) is not null || Text(Postcode) is not null;
        var hasContact = new[] { ContactName, ContactEmail, ContactPhone, ContactUrl }.Any(v => Text(v) is not null);
        return (new OrganisationInput
        {
            Id = id,
            Version = version,
            Name = Text(Name)!,
            Kind = Kind!,
            Description = Text(Description),
            Website = Text(Website),
            Location = location,
            Address = hasAddress ? new AddressInput { Lines = lines, Town = Text(Town), Postcode = Text(Postcode) } : null,
            Contact = hasContact ? new ContactInput { Name = Text(ContactName), Email = Text(ContactEmail), Phone = Text(ContactPhone), Url = Text(ContactUrl) } : null,
        }, errors);
    }

    /// <summary>The hub's BAD_USER_INPUT field (e.g. <c>input.contact.email</c>) as this form's field, so the error shows beside it.</summary>
    public static IReadOnlyList<string> FieldOrder => Fields.InOrder;

    public static string? FieldOf(string? hubField) => hubField switch
    {
        "input.name" => Fields.Name,
        "input.kind" => Fields.Kind,
        "input.description" => Fields.Description,
        "input.website" => Fields.Website,
        "input.address.lines" or "input.address" => Fields.AddressLine1,
        "input.address.town" => Fields.Town,
        "input.address.postcode" => Fields.Postcode,
        "input.contact.name" or "input.contact" => Fields.ContactName,
        "input.contact.email" => Fields.ContactEmail,
        "input.contact.phone" => Fields.ContactPhone,
        "input.contact.url" => Fields.ContactUrl,
        _ => null,
    };

    /// <summary>The message beside a field the hub refused, in the page's words; another field keeps the hub's message.</summary>
    public static string RefusalMessage(string? field, string hubMessage) => field switch
    {
        Fields.Website or Fields.ContactUrl => "Enter a web address starting http:// or https://, like https://example.org",
        Fields.ContactEmail => "Enter an email address in the correct format, like team@example.org",
        Fields.ContactPhone => "Enter a UK phone number, like 01632 960123",
        Fields.Postcode => "Enter a real postcode, like HU1 3AA",
        _ => hubMessage,
    };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
