using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>A practitioner's details as the add and edit form posts them.</summary>
public sealed record PractitionerForm : IEditForm
{
    public const int NameMaxLength = 200;

    public const int DeliveryUnitMaxLength = 100;

    public static class Fields
    {
        public const string Name = "name";
        public const string DeliveryUnit = "deliveryUnit";
        public const string Email = "email";
        public const string Phone = "phone";

        public static IReadOnlyList<string> InOrder { get; } = [Name, DeliveryUnit, Email, Phone];
    }

    public string? Version { get; set; }

    public string? Name { get; init; }

    public string? DeliveryUnit { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public static PractitionerForm From(PractitionerPageResult.PractitionersData.NodesData practitioner) => new()
    {
        Version = practitioner.Version.ToString(CultureInfo.InvariantCulture),
        Name = practitioner.Name,
        DeliveryUnit = practitioner.DeliveryUnit,
        Email = practitioner.Email,
        Phone = practitioner.Phone,
    };

    public (PractitionerInput? Input, FieldErrors Errors) Validate(string? id)
    {
        var errors = new FieldErrors();
        FormValues.Required(Name, Fields.Name, "Enter the practitioner's name", NameMaxLength, "Name", errors);
        FormValues.Required(DeliveryUnit, Fields.DeliveryUnit, "Enter the probation delivery unit they work in", DeliveryUnitMaxLength, "Delivery unit", errors);
        FormValues.Optional(Email, Fields.Email, NameMaxLength, "Email address", errors);
        if (Text(Phone) is { Length: > 30 })
        {
            errors.Add(Fields.Phone, "Enter a UK phone number, like 01632 960123");
        }

        var version = FormValues.Version(Version, id, "practitioner", Fields.Name, errors);
        if (errors.Any)
        {
            return (null, errors);
        }

        return (new PractitionerInput
        {
            Id = id,
            Version = version,
            Name = Text(Name)!,
            DeliveryUnit = Text(DeliveryUnit)!,
            Email = Text(Email),
            Phone = Text(Phone),
        }, errors);
    }

    public static IReadOnlyList<string> FieldOrder => Fields.InOrder;

    public static string? FieldOf(string? hubField) => hubField switch
    {
        "input.name" => Fields.Name,
        "input.deliveryUnit" => Fields.DeliveryUnit,
        "input.email" => Fields.Email,
        "input.phone" => Fields.Phone,
        _ => null,
    };

    public static string RefusalMessage(string? field, string hubMessage) => field switch
    {
        Fields.Email => "Enter an email address in the correct format, like name@example.org",
        Fields.Phone => "Enter a UK phone number, like 01632 960123",
        _ => hubMessage,
    };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
