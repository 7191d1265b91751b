using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.ImmediateJustice;

/// <summary>
/// The referrer's form for <c>referForImmediateJustice</c>, as typed; <see cref="Validate"/> makes the hub's input, checking
/// everything the hub checks so that each refusal is a GOV.UK message beside its field rather than the hub's wording.
/// </summary>
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

    public static IReadOnlyList<(string Code, string Label)> Genders => HubCodes.Genders;

    /// <summary>The hub's limit on each contact detail (an e-mail address, a phone number, a postal address).</summary>
    public const int MaxContactLength = 200;

    /// <summary>The youngest a person referred may be: the age of criminal responsibility in England and Wales.</summary>
    public const int MinimumAge = 10;

    /// <summary>The hub's input, or the errors; <paramref name="clock"/> says which years of birth are past.</summary>
    public (ImmediateJusticeReferralInput? Input, FieldErrors Errors) Validate(TimeProvider clock)
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

        var gender = HubCodes.Parse<Client.Gender>(Gender);
        if (gender is null)
        {
            errors.Add("gender", "Select the person's gender");
        }

        int? birthYear = null;
        if (Trim(BirthYear) is { } by)
        {
            var thisYear = clock.GetUtcNow().Year;
            if (!int.TryParse(by, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                errors.Add("birthYear", "Year of birth must be a year, like 1990");
            }
            else if (year > thisYear)
            {
                errors.Add("birthYear", "Year of birth must be in the past");
            }
            else if (year > thisYear - MinimumAge)
            {
                errors.Add("birthYear", $"Year of birth must be {(thisYear - MinimumAge).ToString(CultureInfo.InvariantCulture)} or earlier: the person must be {MinimumAge} or older");
            }
            else if (year < 1900)
            {
                errors.Add("birthYear", "Year of birth must be 1900 or later");
            }
            else
            {
                birthYear = year;
            }
        }

        var latitude = Coordinate(Latitude, "latitude", "Latitude", 90, errors);
        var longitude = Coordinate(Longitude, "longitude", "Longitude", 180, errors);
        var languages = LanguageCodes(Languages, errors);
        var email = EmailAddress(Email, "email", errors);
        var phone = Mobile(Phone, errors);
        var address = Trim(PostalAddress);
        if (address is { Length: > MaxContactLength })
        {
            errors.Add("postalAddress", $"Postal address must be {MaxContactLength} characters or fewer");
        }

        if (Trim(Email) is null && Trim(Phone) is null && address is null)
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

        var referrerEmail = EmailAddress(ReferrerEmail, "referrerEmail", errors);
        if (Trim(ReferrerEmail) is null)
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
            Languages = languages,
            Email = email,
            Phone = phone,
            PostalAddress = address,
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

        // double.TryParse takes "NaN" whatever the styles, and NaN compares false with any bound: it would reach the
        // hub's JSON as a number JSON cannot hold.
        if (!double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || Math.Abs(value) > bound)
        {
            errors.Add(field, $"{label} must be a number from -{bound} to {bound}, like {(field == "latitude" ? "53.7846" : "-0.3903")}");
            return null;
        }

        return value;
    }

    /// <summary>An e-mail address as the hub takes one: one <c>@</c>, not at either end, no spaces, at most 200 characters.</summary>
    private static string? EmailAddress(string? text, string field, FieldErrors errors)
    {
        if (Trim(text) is not { } address)
        {
            return null;
        }

        if (address.Length > MaxContactLength)
        {
            errors.Add(field, $"Email address must be {MaxContactLength} characters or fewer");
            return null;
        }

        if (address.Count(c => c == '@') != 1 || address.StartsWith('@') || address.EndsWith('@') || address.Any(char.IsWhiteSpace))
        {
            errors.Add(field, "Enter an email address in the correct format, like name@example.com");
            return null;
        }

        return address;
    }

    /// <summary>
    /// A mobile number as the hub takes one, 10 to 16 digits after an optional <c>+</c>; written as people write them
    /// (the hint's "07700 900123"), so spaces, hyphens and brackets are dropped first.
    /// </summary>
    private static string? Mobile(string? text, FieldErrors errors)
    {
        if (Trim(text) is not { } typed)
        {
            return null;
        }

        var number = typed.Length > MaxContactLength ? typed : string.Concat(typed.Where(c => c is not (' ' or '-' or '(' or ')')));
        var digits = number.StartsWith('+') ? number[1..] : number;
        if (digits.Length is < 10 or > 16 || !digits.All(char.IsAsciiDigit))
        {
            errors.Add("phone", "Enter a mobile number in the correct format, like 07700 900123");
            return null;
        }

        return number;
    }

    /// <summary>ISO 639-1 codes, in any case, separated by commas, semicolons or spaces; each two letters a to z.</summary>
    private static List<string>? LanguageCodes(string? text, FieldErrors errors)
    {
        if (Trim(text) is not { } typed)
        {
            return null;
        }

        var codes = typed.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToLowerInvariant()).Distinct().ToList();
        if (!codes.All(c => c.Length == 2 && c.All(char.IsAsciiLetterLower)))
        {
            errors.Add("languages", "Enter languages as two-letter codes, like en, pl");
            return null;
        }

        return codes;
    }
}
