using System.Globalization;
using Rehab.Graph.Client;

using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.Shared;

/// <summary>A listing form with a place in decimal degrees, as typed.</summary>
public interface ILocatedForm
{
    string? Latitude { get; }
    string? Longitude { get; }
}

/// <summary>A listing form with a postal address and a contact, as typed (the address lines one a line).</summary>
public interface IAddressedForm : ILocatedForm
{
    string? AddressLines { get; set; }
    string? Town { get; set; }
    string? Postcode { get; set; }
    string? ContactName { get; set; }
    string? ContactEmail { get; set; }
    string? ContactPhone { get; set; }
    string? ContactUrl { get; set; }
}

/// <summary>
/// How the add-or-change forms read what was typed: the same words for the same mistakes, and the hub's field names for
/// the parts the listings share (location, address, contact) mapped the same way.
/// </summary>
public static class FormValues
{
    /// <summary>The address and contact fields' ids, in page order.</summary>
    public static IReadOnlyList<string> AddressFields { get; } =
        ["addressLines", "town", "postcode", "contactName", "contactEmail", "contactPhone", "contactUrl"];

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Text(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Codes typed with commas or spaces between them, as a set (capitals, or small letters for languages).</summary>
    public static List<string> Codes(string? text, bool lower) =>
        Trimmed(text) is { } t
            ? t.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(c => lower ? c.ToLowerInvariant() : c.ToUpperInvariant()).Distinct().ToList()
            : [];

    /// <summary>The ticked boxes' codes, once each.</summary>
    public static List<string> Ticked(IEnumerable<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();

    public static string? Required(string? text, string field, string missing, int maxLength, string label, FieldErrors errors)
    {
        var value = Trimmed(text);
        if (value is null)
        {
            errors.Add(field, missing);
        }
        else if (value.Length > maxLength)
        {
            errors.Add(field, $"{label} must be {maxLength} characters or fewer");
            return null;
        }

        return value;
    }

    public static string? Optional(string? text, string field, int maxLength, string label, FieldErrors errors)
    {
        var value = Trimmed(text);
        if (value is { } v && v.Length > maxLength)
        {
            errors.Add(field, $"{label} must be {maxLength} characters or fewer");
            return null;
        }

        return value;
    }

    public static int? Whole(string? text, string field, string label, int min, int max, FieldErrors errors, string? missing = null)
    {
        if (Trimmed(text) is not { } t)
        {
            if (missing is not null)
            {
                errors.Add(field, missing);
            }

            return null;
        }

        if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(field, $"{label} must be a whole number from {min} to {max}");
            return null;
        }

        return value;
    }

    /// <summary>The place, both parts required; <paramref name="where"/> says what it is the place of ("where the service is delivered, or say it is online").</summary>
    public static GeoPointInput? Location(ILocatedForm form, string where, FieldErrors errors)
    {
        var latitude = Degrees(form.Latitude, "latitude", "Latitude", 90, where, errors);
        var longitude = Degrees(form.Longitude, "longitude", "Longitude", 180, where, errors);
        return latitude is { } lat && longitude is { } lon ? new GeoPointInput { Latitude = lat, Longitude = lon } : null;
    }

    /// <summary>Fills <paramref name="form"/>'s address and contact fields with the stored ones, and gives it back.</summary>
    public static TForm WithAddress<TForm>(TForm form, (IReadOnlyList<string> Lines, string? Town, string? Postcode)? address, (string? Name, string? Email, string? Phone, string? Url)? contact)
        where TForm : IAddressedForm
    {
        form.AddressLines = address is { } a ? string.Join(Environment.NewLine, a.Lines) : null;
        form.Town = address?.Town;
        form.Postcode = address?.Postcode;
        form.ContactName = contact?.Name;
        form.ContactEmail = contact?.Email;
        form.ContactPhone = contact?.Phone;
        form.ContactUrl = contact?.Url;
        return form;
    }

    /// <summary>The address, or null when no part of it was given (the hub then clears it).</summary>
    public static AddressInput? Address(IAddressedForm form)
    {
        var lines = (form.AddressLines ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 && Trimmed(form.Town) is null && Trimmed(form.Postcode) is null
            ? null
            : new AddressInput { Lines = lines, Town = Trimmed(form.Town), Postcode = Trimmed(form.Postcode) };
    }

    /// <summary>The contact, or null when no part of it was given (the hub then clears it).</summary>
    public static ContactInput? Contact(IAddressedForm form) =>
        new[] { form.ContactName, form.ContactEmail, form.ContactPhone, form.ContactUrl }.All(v => Trimmed(v) is null)
            ? null
            : new ContactInput { Name = Trimmed(form.ContactName), Email = Trimmed(form.ContactEmail), Phone = Trimmed(form.ContactPhone), Url = Trimmed(form.ContactUrl) };

    /// <summary>The version read, for a change (<paramref name="id"/> given); a form without one says to open the item again.</summary>
    public static int? Version(string? text, string? id, string noun, string firstField, FieldErrors errors)
    {
        if (id is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var read))
        {
            return read;
        }

        errors.Add(firstField, $"The form was missing the version you read: open the {noun} again");
        return null;
    }

    /// <summary>The form field a hub refusal is about (<c>input.contact.email</c> is <c>contactEmail</c>), or null for none among <paramref name="fields"/>.</summary>
    public static string? FieldOf(string? hubField, IReadOnlyList<string> fields) => HubFields.Path(hubField) switch
    {
        null => null,
        var p when p.StartsWith("location", StringComparison.Ordinal) => p.EndsWith("longitude", StringComparison.Ordinal) ? "longitude" : "latitude",
        var p when p.StartsWith("address.lines", StringComparison.Ordinal) => "addressLines",
        "address.town" => "town",
        "address.postcode" => "postcode",
        var p when p.StartsWith("contact.", StringComparison.Ordinal) => "contact" + char.ToUpperInvariant(p["contact.".Length]) + p[("contact.".Length + 1)..],
        _ => HubFields.Top(hubField) is { } top && fields.Contains(top) ? top : null,
    };

    private static double? Degrees(string? text, string field, string label, double limit, string where, FieldErrors errors)
    {
        if (Trimmed(text) is not { } t)
        {
            errors.Add(field, $"Enter the {label.ToLowerInvariant()} of {where}");
            return null;
        }

        // double.TryParse takes "NaN" and "Infinity" whatever the styles, and NaN passes any bound: JSON cannot carry either.
        if (!double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || value < -limit || value > limit)
        {
            errors.Add(field, $"{label} must be a number from {-limit} to {limit}, like {(field == "latitude" ? "53.7446" : "-0.3352")}");
            return null;
        }

        return value;
    }
}

/// <summary>The address and contact fields of a listing form (<c>_AddressFields</c>).</summary>
public sealed record AddressFieldsView(EditPresenter Presenter, IAddressedForm Form, string Heading = "Address and contact", string ContactLabel = "Contact");
