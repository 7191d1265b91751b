using Rehab.Graph.Domain.ImmediateJustice;

namespace Rehab.Graph.Api.Certificates;

/// <summary>
/// Where the public checks certificates (<c>PublicBaseUrl</c>, the address people reach the hub at) and
/// under which licence PDFsharp renders them (<c>Certificates:PdfSharpLicenseKey</c>; without one, AGPL-3.0).
/// </summary>
public sealed record CertificateOptions(Uri PublicBaseUrl, string? PdfSharpLicenseKey = null)
{
    private static readonly Uri DefaultPublicBaseUrl = new("http://localhost:5080");

    public static CertificateOptions From(IConfiguration configuration)
    {
        var baseUrl = configuration["PublicBaseUrl"];
        return new(
            string.IsNullOrWhiteSpace(baseUrl)
                ? DefaultPublicBaseUrl
                : Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                    ? uri
                    : throw new InvalidOperationException($"PublicBaseUrl '{baseUrl}' is not an absolute http(s) address."),
            configuration["Certificates:PdfSharpLicenseKey"]);
    }

    public CertificateLinks Links => new(PublicBaseUrl);
}
