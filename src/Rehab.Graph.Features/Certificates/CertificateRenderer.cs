using Microsoft.Extensions.Options;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using Rehab.Graph.Domain.ImmediateJustice;

namespace Rehab.Graph.Features.Certificates;

/// <summary>Renders a certificate of completion as a one-page A4 PDF that carries its verification code and address.</summary>
public sealed class CertificateRenderer
{
    private static readonly Lock PdfSharpSetup = new();
    private static readonly XColor Ink = XColor.FromArgb(0x1F, 0x3A, 0x4D);
    private static readonly XColor Muted = XColor.FromArgb(0x5A, 0x67, 0x70);
    private static readonly XColor LinkBlue = XColor.FromArgb(0x1A, 0x5F, 0xB4);

    private readonly CertificateLinks _links;

    public CertificateRenderer(IOptions<CertificateOptions> options, CertificateLinks links)
    {
        _links = links;
        // Both settings are PDFsharp's process-wide state: set before the first document, and again for every
        // hub a test process starts, always with the same resolver instance.
        lock (PdfSharpSetup)
        {
            if (options.Value.PdfSharpLicenseKey is { Length: > 0 } key)
            {
                PdfSharpLicense.LoadLicense(key);
            }
            else
            {
                PdfSharpLicense.SetAgplLicense();
            }

            GlobalFontSettings.FontResolver ??= CertificateFonts.Instance;
        }
    }

    public byte[] Render(CompletionCertificate certificate)
    {
        using var document = new PdfDocument();
        document.Info.Title = CertificateWording.Title;
        document.Info.Subject = $"{certificate.PersonDisplayName} {CertificateWording.Completed(certificate)}";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        var width = page.Width.Point;
        var height = page.Height.Point;
        var url = _links.Verification(certificate.Code);

        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawRectangle(new XPen(Ink, 2.5), new XRect(28, 28, width - 56, height - 56));
            graphics.DrawRectangle(new XPen(Ink, 0.5), new XRect(35, 35, width - 70, height - 70));

            Centred(graphics, CertificateWording.Title, Font(30, bold: true), Ink, 120, width, 40);
            graphics.DrawLine(new XPen(Ink, 1), (width / 2) - 90, 175, (width / 2) + 90, 175);
            Centred(graphics, "This is to certify that", Font(13), Muted, 215, width, 20);
            Wrapped(graphics, certificate.PersonDisplayName, Font(26, bold: true), Ink, 250, width, 70);
            Wrapped(graphics, CertificateWording.Completed(certificate) + ".", Font(15), Ink, 330, width, 90);
            Centred(graphics, $"Completed on {CertificateWording.Date(certificate.CompletedAt)}", Font(12), Ink, 450, width, 18);
            Wrapped(graphics, $"Referred by {certificate.ReferrerOrganisationName}", Font(12), Ink, 474, width, 36);

            Centred(graphics, "Verification code", Font(10), Muted, 640, width, 14);
            Centred(graphics, certificate.Code, Font(14, bold: true), Ink, 658, width, 20);
            Centred(graphics, "Anyone can check that this certificate is genuine at", Font(10), Muted, 696, width, 14);
            var link = Centred(graphics, url, Font(10), LinkBlue, 714, width, 14);
            page.AddWebLink(new PdfRectangle(new XRect(link.X, height - link.Bottom, link.Width, link.Height)), url);
        }

        using var pdf = new MemoryStream();
        document.Save(pdf);
        return pdf.ToArray();
    }

    private static XFont Font(double size, bool bold = false) =>
        new(CertificateFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    /// <summary>One line centred across the page; returns the box the text takes, for a link over it.</summary>
    private static XRect Centred(XGraphics graphics, string text, XFont font, XColor colour, double top, double pageWidth, double lineHeight)
    {
        graphics.DrawString(text, font, new XSolidBrush(colour), new XRect(0, top, pageWidth, lineHeight), XStringFormats.TopCenter);
        var size = graphics.MeasureString(text, font);
        return new XRect((pageWidth - size.Width) / 2, top, size.Width, lineHeight);
    }

    /// <summary>Text that may need more than one line (a long name or placement), centred between the borders.</summary>
    private static void Wrapped(XGraphics graphics, string text, XFont font, XColor colour, double top, double pageWidth, double height)
    {
        const double margin = 70;
        var formatter = new XTextFormatter(graphics) { Alignment = XParagraphAlignment.Center };
        formatter.DrawString(text, font, new XSolidBrush(colour), new XRect(margin, top, pageWidth - (2 * margin), height), XStringFormats.TopLeft);
    }
}
