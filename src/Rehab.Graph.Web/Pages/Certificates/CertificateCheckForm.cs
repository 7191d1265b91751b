namespace Rehab.Graph.Web.Pages.Certificates;

/// <summary>
/// The code from a completion certificate, as someone types it from paper: 32 hexadecimal characters, in any case, with
/// spaces or hyphens between groups allowed. The check itself is the hub's public page, <c>/verify/{code}</c>.
/// </summary>
public sealed record CertificateCheckForm(string? Code)
{
    public const string Field = "code";

    public const int Length = 32;

    /// <summary>The code as the hub's check takes it (lower case, nothing between the characters), or the error to show beside the field.</summary>
    public (string? Code, string? Error) Validate()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return (null, "Enter the certificate code");
        }

        var compact = new string(Code.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (!compact.All(char.IsAsciiHexDigit))
        {
            return (null, "The certificate code must only include the numbers 0 to 9 and the letters a to f");
        }

        return compact.Length == Length
            ? (compact.ToLowerInvariant(), null)
            : (null, $"The certificate code must be {Length} characters long; you entered {compact.Length}");
    }
}
