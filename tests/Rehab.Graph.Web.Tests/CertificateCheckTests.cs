using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests;

/// <summary>The public certificate check: an employer or a court types the code from a certificate and sees whether it is genuine.</summary>
public sealed class CertificateCheckTests(RehabWebApplication app) : BrowserTest(app)
{
    [Fact]
    public async Task An_employer_types_the_code_from_a_certificate_and_sees_that_it_is_genuine_and_what_it_says()
    {
        var certificate = await App.NewCertificateAsync("R. Okafor", "Hessle Foreshore Clean-up", "Kingston Community Payback", 14, new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));
        var page = await NewPageAsync();
        await page.GotoAsync("/certificates/check");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "certificate-check");

        await CheckAsync(page, GroupedAsOnPaper(certificate.Code));

        await Expect(page.GetByText("This certificate is genuine.")).ToBeVisibleAsync();
        await Expect(page.GetByText("R. Okafor")).ToBeVisibleAsync();
        await Expect(page.GetByText("Hessle Foreshore Clean-up", new() { Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "certificate-genuine");
        AssertNoRequestLeftTheHub();
    }

    [Fact]
    public async Task With_JavaScript_off_a_certificate_code_is_checked_the_same_way()
    {
        var certificate = await App.NewCertificateAsync("J. Byrne", "Pearson Park Planting", "Kingston Community Payback", 10, new DateTimeOffset(2026, 10, 2, 11, 0, 0, TimeSpan.Zero));
        var page = await NewPageAsync(javaScript: false);

        await CheckAsync(page, certificate.Code.ToUpperInvariant());

        await Expect(page.GetByText("This certificate is genuine.")).ToBeVisibleAsync();
        await Expect(page.GetByText("J. Byrne")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_code_no_certificate_has_is_not_shown_as_genuine()
    {
        var page = await NewPageAsync();

        await CheckAsync(page, Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()));

        await Expect(page.GetByText("No certificate with this code")).ToBeVisibleAsync();
        await Expect(page.GetByText("This certificate is genuine")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_mistyped_code_is_shown_as_an_error_beside_the_field_before_anything_is_looked_up()
    {
        var page = await NewPageAsync();

        await CheckAsync(page, "3f2a9c1e0b7d4a6f8e2c1d5b7a9f0c3");

        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The certificate code must be 32 characters long; you entered 31");
        await Expect(page.Locator("#code-error")).ToContainTextAsync("you entered 31");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "certificate-check-error");
    }

    private static async Task CheckAsync(IPage page, string code)
    {
        await page.GotoAsync("/certificates/check");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check a completion certificate");
        await page.GetByLabel("Check a completion certificate").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check certificate" }).ClickAsync();
    }

    /// <summary>As printed for reading aloud: groups of four separated by spaces.</summary>
    private static string GroupedAsOnPaper(string code) => string.Join(' ', code.Chunk(4).Select(group => new string(group)));
}
