namespace Rehab.Graph.Features.Certificates;

/// <summary>
/// The <c>Certificates</c> configuration section: under which licence PDFsharp renders certificates
/// (<c>Certificates:PdfSharpLicenseKey</c>; without one, AGPL-3.0). Where the public checks them is
/// <see cref="PublicAddressOptions"/>.
/// </summary>
public sealed record CertificateOptions
{
    public const string Section = "Certificates";

    public string? PdfSharpLicenseKey { get; init; }
}
