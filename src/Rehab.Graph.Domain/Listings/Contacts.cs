using System.Text.RegularExpressions;

namespace Rehab.Graph.Domain.Listings;

/// <summary>A postal address as Open Referral UK's physical_address holds it: street lines, then town and postcode.</summary>
public sealed record Address(IReadOnlyList<string> Lines, string? Town, string? Postcode)
{
    /// <summary>The stored properties as a listing reads them, or null when none is set: no address is shown as none, not as blanks.</summary>
    public static Address? From(IReadOnlyList<string>? lines, string? town, string? postcode) =>
        lines is not { Count: > 0 } && town is null && postcode is null ? null : new Address(lines ?? [], town, postcode);

    /// <summary>The address as a message writes it: "12 High Street, Hull, HU1 1AA".</summary>
    public string OnOneLine() => string.Join(", ", Lines.Append(Town).Append(Postcode).OfType<string>());
}

/// <summary>Who to call, write to or look up about a listing, as Open Referral UK's contact, phone, email and url hold it.</summary>
public sealed record Contact(string? Name, string? Email, string? Phone, string? Url)
{
    public static Contact? From(string? name, string? email, string? phone, string? url) =>
        name is null && email is null && phone is null && url is null ? null : new Contact(name, email, phone, url);
}

/// <summary>
/// The checks contact details pass before they are stored, whoever sends them (an edit, an import): each names the
/// field at fault. White space is normalised (trimmed, runs made one space) and blank counts as absent, so what is
/// stored is what a person would type on a form.
/// </summary>
public static partial class ContactRules
{
    public const int MaxAddressLines = 4;
    public const int MaxLineLength = 100;
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxUrlLength = 200;

    /// <summary>An address as a caller sent it, checked; null when nothing was sent.</summary>
    public static Address? Address(Address? sent, string field) => sent is null ? null : Address(sent.Lines, sent.Town, sent.Postcode, field);

    public static Contact? Contact(Contact? sent, string field) => sent is null ? null : Contact(sent.Name, sent.Email, sent.Phone, sent.Url, field);

    public static Address? Address(IReadOnlyList<string?>? lines, string? town, string? postcode, string field)
    {
        var kept = (lines ?? []).Select(line => Text(line, $"{field}.lines", MaxLineLength)).OfType<string>().ToList();
        if (kept.Count > MaxAddressLines)
        {
            throw new InvalidInputException($"{field}.lines", $"'{field}.lines' may hold at most {MaxAddressLines} lines (got {kept.Count}).");
        }

        return Listings.Address.From(kept, Text(town, $"{field}.town", MaxLineLength), Postcode(postcode, $"{field}.postcode"));
    }

    public static Contact? Contact(string? name, string? email, string? phone, string? url, string field) => Listings.Contact.From(
        Text(name, $"{field}.name", MaxNameLength),
        Email(email, $"{field}.email"),
        Phone(phone, $"{field}.phone"),
        Url(url, $"{field}.url"));

    /// <summary>Something that looks like a mailbox (one @, a dotted domain, no spaces): whether it is delivered, only sending tells.</summary>
    public static string? Email(string? email, string field)
    {
        var text = Text(email, field, MaxEmailLength);
        return text is null || EmailShape().IsMatch(text)
            ? text
            : throw new InvalidInputException(field, $"'{field}' must be an e-mail address like name@example.org (got '{CallerText.Shown(text)}').");
    }

    /// <summary>
    /// A UK number as people write it: digits and spaces, starting 0 (10 or 11 digits) or +44 (then 9 or 10 digits,
    /// without the 0). Stored as given, spaces normalised, so it reads back the way the listing wrote it.
    /// </summary>
    public static string? Phone(string? phone, string field)
    {
        var text = Text(phone, field, 20);
        if (text is null)
        {
            return null;
        }

        var digits = text.Replace(" ", "", StringComparison.Ordinal);
        var national = digits.StartsWith("+44", StringComparison.Ordinal) ? "0" + digits[3..] : digits;
        return PhoneShape().IsMatch(national) && !national.StartsWith("00", StringComparison.Ordinal)
            ? text
            : throw new InvalidInputException(field, $"'{field}' must be a UK phone number of digits and spaces, starting 0 or +44, like 01632 960123 (got '{CallerText.Shown(text)}').");
    }

    /// <summary>An absolute http(s) address, so a listing never links anywhere else.</summary>
    public static string? Url(string? url, string field)
    {
        var text = Text(url, field, MaxUrlLength);
        return text is null || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !text.Contains(' ', StringComparison.Ordinal))
            ? text
            : throw new InvalidInputException(field, $"'{field}' must be an http or https address (got '{CallerText.Shown(text)}').");
    }

    /// <summary>The shape of a UK postcode ("HU1 3AA"), stored in capitals with one space before the inward code.</summary>
    public static string? Postcode(string? postcode, string field)
    {
        var text = Text(postcode, field, 10);
        if (text is null)
        {
            return null;
        }

        var compact = text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return PostcodeShape().IsMatch(compact)
            ? $"{compact[..^3]} {compact[^3..]}"
            : throw new InvalidInputException(field, $"'{field}' must be a UK postcode like HU1 3AA (got '{CallerText.Shown(text)}').");
    }

    /// <summary>Trimmed, inner runs of white space made one space; blank is absent.</summary>
    public static string? Text(string? text, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normal = Spaces().Replace(text.Trim(), " ");
        return normal.Length <= maxLength
            ? normal
            : throw new InvalidInputException(field, $"'{field}' must be at most {maxLength} characters (got {normal.Length}).");
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^0[0-9]{9,10}$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodeShape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
