using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The web app on its own (src/Rehab.Graph.Web.Host), as its own process, configured with only the hub's address
/// (and, for the development sign-in, the key this test run's hub checks tokens with).
/// </summary>
public sealed partial class StandaloneWebAppTests(RehabGraphApplication app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_the_hubs_address_it_serves_the_same_pages_from_the_hubs_data()
    {
        var (host, address, _) = await StartAsync(new Dictionary<string, string> { ["WebApp__HubUrl"] = app.BaseAddress.AbsoluteUri, ["WebApp__Development__SigningKey"] = HubFactory.SigningKey });
        using var _ = host;
        try
        {
            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };

            var directory = await browser.GetStringAsync(new Uri("/directory?place=Orchard+Park&radius=3&need=ACCOMMODATION", UriKind.Relative), Cancel);
            using var check = await browser.GetAsync(new Uri("/certificates/check?code=0123456789ABCDEF0123456789ABCDEF", UriKind.Relative), Cancel);
            using var signIn = await browser.GetAsync(new Uri("/dev/sign-in?role=OFFENDER_MANAGER&practitioner=prc-07", UriKind.Relative), Cancel);
            var caseload = await browser.GetStringAsync(new Uri("/caseload", UriKind.Relative), Cancel);
            using var css = await browser.GetAsync(new Uri("/assets/govuk-frontend.min.css", UriKind.Relative), Cancel);

            Assert.Contains("1 service for accommodation within 3 km of Orchard Park", directory, StringComparison.Ordinal);
            Assert.Equal(new Uri(app.BaseAddress, "/verify/0123456789abcdef0123456789abcdef"), check.Headers.Location);
            Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
            Assert.Contains("href=\"/people/per-0001\"", caseload, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Fact]
    public async Task On_its_own_an_address_it_has_no_page_for_is_the_GOV_UK_page_not_found_page_and_a_missing_asset_a_plain_404()
    {
        var (host, address, _) = await StartAsync(new Dictionary<string, string> { ["WebApp__HubUrl"] = app.BaseAddress.AbsoluteUri });
        using var _ = host;
        try
        {
            using var browser = new HttpClient { BaseAddress = address };

            using var page = await browser.GetAsync(new Uri("/no-such-page", UriKind.Relative), Cancel);
            using var asset = await browser.GetAsync(new Uri("/assets/no-such-file.css", UriKind.Relative), Cancel);

            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.Contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
            Assert.Empty(await asset.Content.ReadAsByteArrayAsync(Cancel));
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Fact]
    public async Task Without_the_hubs_address_it_will_not_start_and_says_what_to_set()
    {
        var (host, _, lines) = await StartAsync(new Dictionary<string, string>(), expectListening: false);
        using var _ = host;

        await host.WaitForExitAsync(Cancel).WaitAsync(TimeSpan.FromMinutes(1), Cancel);

        Assert.NotEqual(0, host.ExitCode);
        lock (lines)
        {
            Assert.Contains(lines, l => l.Contains("WebApp:HubUrl is not configured (WebApp__HubUrl in the environment)", StringComparison.Ordinal));
        }
    }

    /// <summary>The host from its build beside the tests' (same configuration), in Development, on a port of its own choosing.</summary>
    private static async Task<(Process Host, Uri Address, List<string> Lines)> StartAsync(Dictionary<string, string> settings, bool expectListening = true)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var project = RepositoryPaths.Combine("src", "Rehab.Graph.Web.Host");
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "Rehab.Graph.Web.Host.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(dll);
        var lines = new List<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var host = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + dll);
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }

            if (Listening().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["address"].Value));
            }
        }

        host.OutputDataReceived += (_, e) => OnLine(e.Data);
        host.ErrorDataReceived += (_, e) => OnLine(e.Data);
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        return (host, expectListening ? await listening.Task.WaitAsync(TimeSpan.FromMinutes(1), Cancel) : new Uri("http://127.0.0.1/"), lines);
    }

    private static async Task StopAsync(Process host)
    {
        host.Kill(entireProcessTree: true);
        await host.WaitForExitAsync(Cancel);
    }

    [GeneratedRegex("Now listening on: (?<address>http://127\\.0\\.0\\.1:[0-9]+)")]
    private static partial Regex Listening();
}
