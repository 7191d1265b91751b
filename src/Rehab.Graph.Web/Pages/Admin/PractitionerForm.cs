using System.Globalization;
using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>A practitioner's details as the add and edit form posts them.</summary>
public sealed record PractitionerForm
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

    public string? Id { get; init; }

    public string? Version { get; init; }

    public string? Name { get; init; }

    public string? DeliveryUnit { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public bool IsNew => string.IsNullOrEmpty(Id);

    public static PractitionerForm From(PractitionerPageResult.PractitionersData.NodesData practitioner) => new()
    {
        Id = practitioner.Id,
        Version = practitioner.Version.ToString(CultureInfo.InvariantCulture),
        Name = practitioner.Name,
        DeliveryUnit = practitioner.DeliveryUnit,
        Email = practitioner.Email,
        Phone = practitioner.Phone,
    };

    public (PractitionerInput? Input, IReadOnlyDictionary<string, string> Errors) Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Text(Name) is not { } name)
        {
            errors[Fields.Name] = "Enter the practitioner's name";
        }
        else if (name.Length > NameMaxLength)
        {
            errors[Fields.Name] = $"Name must be {NameMaxLength} characters or fewer";
        }

        if (Text(DeliveryUnit) is not { } unit)
        {
            errors[Fields.DeliveryUnit] = "Enter the probation delivery unit they work in";
        }
        else if (unit.Length > DeliveryUnitMaxLength)
        {
            errors[Fields.DeliveryUnit] = $"Delivery unit must be {DeliveryUnitMaxLength} characters or fewer";
        }

        if (Text(Email) is { Length: > NameMaxLength })
        {
            errors[Fields.Email] = $"Email address must be {NameMaxLength} characters or fewer";
        }

        if (Text(Phone) is { Length: > 30 })
        {
            errors[Fields.Phone] = "Enter a UK phone number, like 01632 960123";
        }

        int? version = null;
        if (!IsNew)
        {
            if (int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var read))
            {
                version = read;
            }
            else
            {
                errors[string.Empty] = "This form is out of date: open the practitioner again and make your change there";
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new PractitionerInput
        {
            Id = IsNew ? null : Id,
            Version = version,
            Name = Text(Name)!,
            DeliveryUnit = Text(DeliveryUnit)!,
            Email = Text(Email),
            Phone = Text(Phone),
        }, errors);
    }

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
