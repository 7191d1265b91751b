using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Rehab.Graph.Api.Tests;

/// <summary>The public check of a certificate over real HTTP: genuine, unknown, or not a code at all.</summary>
[Collection(OutboxArea.Collection)]
public sealed class CertificateVerificationTests(OutboxArea area)
{
    private readonly HttpClient _http = area.Hub.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_real_code_shows_that_the_certificate_is_genuine_and_its_facts()
    {
        var certificate = await area.NewCertificateAsync(hours: 12.5, completedAt: new DateTimeOffset(2026, 3, 14, 10, 30, 0, TimeSpan.Zero));

        using var response = await _http.GetAsync(new Uri($"/verify/{certificate.Code}", UriKind.Relative), Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This certificate is genuine", html, StringComparison.Ordinal);
        Assert.Contains(certificate.PersonDisplayName, html, StringComparison.Ordinal);
        Assert.Contains("12.5 hours", html, StringComparison.Ordinal);
        Assert.Contains(certificate.PlacementTitle, html, StringComparison.Ordinal);
        Assert.Contains(certificate.OrganisationName, html, StringComparison.Ordinal);
        Assert.Contains("14 March 2026", html, StringComparison.Ordinal);
        // What the certificate shows, and no more: not the case, not who referred the person.
        Assert.DoesNotContain(certificate.CaseId, html, StringComparison.Ordinal);
        Assert.DoesNotContain(certificate.ReferrerOrganisationName, html, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Asked_for_JSON_it_answers_in_JSON()
    {
        var certificate = await area.NewCertificateAsync(hours: 20, completedAt: new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/verify/{certificate.Code.ToUpperInvariant()}", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await _http.SendAsync(request, Cancel);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(json["genuine"]!.GetValue<bool>());
        Assert.Equal(certificate.Code, json["code"]!.GetValue<string>());
        Assert.Equal(certificate.PersonDisplayName, json["personDisplayName"]!.GetValue<string>());
        Assert.Equal(20, json["hours"]!.GetValue<double>());
        Assert.Equal(certificate.PlacementTitle, json["placementTitle"]!.GetValue<string>());
        Assert.Equal(certificate.OrganisationName, json["organisationName"]!.GetValue<string>());
        Assert.Equal(certificate.CompletedAt, json["completedAt"]!.GetValue<DateTimeOffset>());
        // Half past eleven at night UTC on 30 June is half past midnight on 1 July in the UK.
        Assert.Equal("1 July 2026", json["completedOn"]!.GetValue<string>());
        Assert.Equal(
            ["code", "completedAt", "completedOn", "genuine", "hours", "organisationName", "personDisplayName", "placementTitle"],
            json.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_code_is_not_found()
    {
        using var response = await _http.GetAsync(new Uri($"/verify/{Guid.NewGuid():N}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No certificate with this code", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    [InlineData("0123456789abcdef%20123456789abcde")]
    [InlineData("not-a-certificate-code")]
    public async Task Something_that_is_not_a_code_is_not_found(string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/verify/{code}", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await _http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        Assert.False(json["genuine"]!.GetValue<bool>());
        Assert.Equal("No certificate with this code", json["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_certificate_itself_can_be_fetched_again_as_a_PDF()
    {
        var certificate = await area.NewCertificateAsync(hours: 9);

        using var response = await _http.GetAsync(new Uri($"/verify/{certificate.Code}.pdf", UriKind.Relative), Cancel);
        var pdf = await response.Content.ReadAsByteArrayAsync(Cancel);
        using var unknown = await _http.GetAsync(new Uri($"/verify/{Guid.NewGuid():N}.pdf", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var text = PdfText.Of(pdf);
        Assert.Contains(certificate.Code, text, StringComparison.Ordinal);
        Assert.Contains($"{OutboxArea.PublicBaseUrl.AbsoluteUri}/verify/{certificate.Code}", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
