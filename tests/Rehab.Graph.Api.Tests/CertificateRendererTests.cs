using Microsoft.Extensions.Options;
using Rehab.Graph.Features.Certificates;
using Rehab.Graph.Domain.ImmediateJustice;

namespace Rehab.Graph.Api.Tests;

/// <summary>The certificate PDF, rendered and read back with no hub, Neo4j or system fonts involved.</summary>
public sealed class CertificateRendererTests
{
    private static readonly CertificateRenderer Renderer = new(Options.Create(new CertificateOptions()), new CertificateLinks(new Uri("https://probation.example/rehab/")));

    private static readonly CompletionCertificate Certificate = new(
        "3f2a9c41d07b4e8e9a55c2b1f0e6d7a8", "ijc-1", "Łukasz W.", "Tŷ Gwyrdd community garden", "Cardiff Green Futures", 12.5,
        new DateTimeOffset(2026, 3, 14, 16, 0, 0, TimeSpan.Zero), "South Wales Police Immediate Justice team");

    [Fact]
    public void The_certificate_is_a_one_page_A4_PDF()
    {
        var pdf = Renderer.Render(Certificate);

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        using var document = PdfText.Open(pdf);
        Assert.Equal(1, document.PageCount);
        var page = document.Pages[0];
        Assert.Equal(595, page.Width.Point, 0);
        Assert.Equal(842, page.Height.Point, 0);
        Assert.Equal("Certificate of completion", document.Info.Title);
    }

    [Fact]
    public void It_says_who_completed_what_where_when_and_how_to_check_it()
    {
        var text = PdfText.Of(Renderer.Render(Certificate));

        Assert.Contains("Certificate of completion", text, StringComparison.Ordinal);
        // Names and places print as typed, Polish and Welsh letters included.
        Assert.Contains("Łukasz W.", text, StringComparison.Ordinal);
        Assert.Contains(
            "has completed 12.5 hours of Immediate Justice reparation at Tŷ Gwyrdd community garden with Cardiff Green Futures",
            text, StringComparison.Ordinal);
        Assert.Contains("Completed on 14 March 2026", text, StringComparison.Ordinal);
        Assert.Contains("Referred by South Wales Police Immediate Justice team", text, StringComparison.Ordinal);
        Assert.Contains(Certificate.Code, text, StringComparison.Ordinal);
        Assert.Contains("https://probation.example/rehab/verify/3f2a9c41d07b4e8e9a55c2b1f0e6d7a8", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verification_address_is_a_link()
    {
        using var document = PdfText.Open(Renderer.Render(Certificate));

        var annotations = document.Pages[0].Annotations;
        Assert.Equal(1, annotations.Count);
        Assert.Equal("https://probation.example/rehab/verify/3f2a9c41d07b4e8e9a55c2b1f0e6d7a8", annotations[0].Elements.GetDictionary("/A")!.Elements.GetString("/URI"));
    }

    [Fact]
    public void One_hour_is_one_hour()
    {
        var text = PdfText.Of(Renderer.Render(Certificate with { Hours = 1 }));

        Assert.Contains("has completed 1 hour of Immediate Justice reparation", text, StringComparison.Ordinal);
    }
}
