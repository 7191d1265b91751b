using PdfSharp.Fonts;

namespace Rehab.Graph.Features.Certificates;

/// <summary>
/// The fonts certificates are set in, from this assembly: PDFsharp finds no system fonts on Linux, and a
/// clean container or CI machine may have none. Every family resolves to DejaVu Sans (see Fonts/README.md).
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans.ttf";
    private const string Bold = "DejaVuSans-Bold.ttf";

    /// <summary>PDFsharp holds one resolver per process and wants the same instance whenever it is set again.</summary>
    public static CertificateFonts Instance { get; } = new();

    private CertificateFonts()
    {
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream("fonts/" + faceName)
            ?? throw new InvalidOperationException($"No embedded font '{faceName}'.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
