using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The text a PDF shows, read back with PDFsharp: enough for the certificates here, whose fonts are either
/// WinAnsi (plain text) or Identity-H with a ToUnicode map (as PDFsharp writes text outside WinAnsi).
/// </summary>
public static partial class PdfText
{
    public static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>The first page's text, each shown string separated by one space.</summary>
    public static string Of(byte[] pdf)
    {
        using var document = Open(pdf);
        var page = document.Pages[0];
        var maps = ToUnicodeMaps(page);
        var text = new StringBuilder();
        string? font = null;
        Walk(ContentReader.ReadContent(page));
        return Whitespace().Replace(text.ToString(), " ").Trim();

        void Walk(CObject item)
        {
            switch (item)
            {
                case CSequence sequence:
                    foreach (var child in sequence)
                    {
                        Walk(child);
                    }

                    break;
                case COperator { OpCode.Name: "Tf" } op:
                    font = ((CName)op.Operands[0]).Name;
                    break;
                case COperator { OpCode.Name: "Tj" or "TJ" or "'" or "\"" } op:
                    foreach (var operand in op.Operands)
                    {
                        Show(operand);
                    }

                    text.Append(' ');
                    break;
            }
        }

        void Show(CObject item)
        {
            if (item is CArray array)
            {
                foreach (var child in array)
                {
                    Show(child);
                }
            }
            else if (item is CString shown)
            {
                if (maps.GetValueOrDefault(font!) is not { } map)
                {
                    text.Append(shown.Value);
                    return;
                }

                for (var i = 0; i + 1 < shown.Value.Length; i += 2)
                {
                    text.Append(map.GetValueOrDefault((shown.Value[i] << 8) | shown.Value[i + 1], "\uFFFD"));
                }
            }
        }
    }

    private static Dictionary<string, Dictionary<int, string>> ToUnicodeMaps(PdfPage page)
    {
        var maps = new Dictionary<string, Dictionary<int, string>>();
        var fonts = page.Resources.Elements.GetDictionary("/Font")!;
        foreach (var name in fonts.Elements.Keys)
        {
            var font = (PdfDictionary)((PdfReference)fonts.Elements[name]!).Value;
            if (font.Elements.GetReference("/ToUnicode") is { } reference)
            {
                var cmap = Encoding.ASCII.GetString(((PdfDictionary)reference.Value).Stream.UnfilteredValue);
                maps[name] = CMapEntry().Matches(cmap).ToDictionary(
                    m => Convert.ToInt32(m.Groups["from"].Value, 16),
                    m => char.ConvertFromUtf32(Convert.ToInt32(m.Groups["unicode"].Value, 16)));
            }
        }

        return maps;
    }

    // PDFsharp writes one-glyph ranges: <glyph><glyph><unicode>.
    [GeneratedRegex(@"<(?<from>[0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>\s*<(?<unicode>[0-9A-Fa-f]+)>")]
    private static partial Regex CMapEntry();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
