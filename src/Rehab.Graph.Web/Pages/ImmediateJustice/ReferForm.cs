using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.ImmediateJustice;

/// <summary>The referrer's form for <c>referForImmediateJustice</c>, as typed; <see cref="Validate"/> makes the hub's input.</summary>
public sealed class ReferForm
{
    public static IReadOnlyList<string> FieldOrder { get; } =
        ["displayName", "gender", "birthYear", "latitude", "longitude", "languages", "email", "phone", "postalAddress", "offenceSummary", "hours", "referrerEmail"];

    public string? DisplayName { get; set; }
    public string? Gender { get; set; }
    public string? BirthYear { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Languages { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? PostalAddress { get; set; }
    public string? OffenceSummary { get; set; }
    public string? Hours { get; set; }
    public string? ReferrerEmail { get; set; }

    public static IReadOnlyList<(string Value, string Text)> Genders { get; } =
        [("FEMALE", "Female"), ("MALE", "Male"), ("NON_BINARY", "Non-binary"), ("NOT_STATED", "Not stated")];

    public (ImmediateJusticeReferralInput? Input, FieldErrors Errors) Validate()
    {
        var errors = new FieldErrors();
        var name = Trim(DisplayName);
        if (name is null)
        {
            errors.Add("displayName", "Enter the person's name");
        }
        else if (name.Length > 100)
        {
            errors.Add("displayName", "Name must be 100 characters or fewer");
        }

        Gender? gender = Gender switch { "FEMALE" => Client.Gender.Female, "MALE" => Client.Gender.Male, "NON_BINARY" => Client.Gender.NonBinary, "NOT_STATED" => Client.Gender.NotStated, _ => null };
        if (gender is null)
        {
            errors.Add("gender", "Select the person's gender");
        }

        int? birthYear = null;
        if (Trim(BirthYear) is { } by)
        {
            if (int.TryParse(by, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
            {
                birthYear = year;
            }
            else
            {
                errors.Add("birthYear", "Year of birth must be a year, like 1990");
            }
        }

        var latitude = Coordinate(Latitude, "latitude", "Latitude", 90, errors);
        var longitude = Coordinate(Longitude, "longitude", "Longitude", 180, errors);
        var email = Trim(Email);
        var phone = Trim(Phone);
        if (email is null && phone is null && Trim(PostalAddress) is null)
        {
            errors.Add("email", "Enter at least one way to reach the person: email, mobile or postal address");
        }

        var offence = Trim(OffenceSummary);
        if (offence is null)
        {
            errors.Add("offenceSummary", "Enter a summary of the offence");
        }
        else if (offence.Length > 1000)
        {
            errors.Add("offenceSummary", "Offence summary must be 1000 characters or fewer");
        }

        int? hours = null;
        if (Trim(Hours) is not { } h)
        {
            errors.Add("hours", "Enter the hours of reparation");
        }
        else if (int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) && whole is >= 1 and <= 40)
        {
            hours = whole;
        }
        else
        {
            errors.Add("hours", "Hours must be a whole number from 1 to 40");
        }

        var referrerEmail = Trim(ReferrerEmail);
        if (referrerEmail is null)
        {
            errors.Add("referrerEmail", "Enter the email address to send the completion to");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        return (new ImmediateJusticeReferralInput
        {
            DisplayName = name!,
            Gender = gender!.Value,
            BirthYear = birthYear,
            Home = new GeoPointInput { Latitude = latitude!.Value, Longitude = longitude!.Value },
            Languages = Trim(Languages) is { } l ? l.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToLowerInvariant()).Distinct().ToList() : null,
            Email = email,
            Phone = phone,
            PostalAddress = Trim(PostalAddress),
            OffenceSummary = offence!,
            Hours = hours!.Value,
            ReferrerEmail = referrerEmail!,
        }, errors);
    }

    public static string FieldOf(string? hubField) => HubFields.Path(hubField) switch
    {
        null => "displayName",
        var p when p.StartsWith("home", StringComparison.Ordinal) => p.EndsWith("longitude", StringComparison.Ordinal) ? "longitude" : "latitude",
        _ => HubFields.Top(hubField) is { } top && FieldOrder.Contains(top) ? top : "displayName",
    };

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static double? Coordinate(string? text, string field, string label, double bound, FieldErrors errors)
    {
        if (Trim(text) is not { } t)
        {
            errors.Add(field, $"Enter the {label.ToLowerInvariant()} of the person's home");
            return null;
        }

        if (!double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || Math.Abs(value) > bound)
        {
            errors.Add(field, $"{label} must be a number from -{bound} to {bound}, like {(field == "latitude" ? "53.7846" : "-0.3903")}");
            return null;
        }

        return value;
    }
}
