using System.Security.Cryptography;
using Microsoft.Playwright;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Testing;

[assembly: AssemblyFixture(typeof(Rehab.Graph.Web.Tests.RehabWebApplication))]

namespace Rehab.Graph.Web.Tests;

/// <summary>
/// The hub serving the web app on a real Kestrel port over the test run's own Neo4j, with the demo region, in
/// Development (so the development sign-in exists); and one headless Debian Chromium for the whole run, each test
/// in contexts of its own (see <see cref="BrowserTest"/>).
/// </summary>
public sealed class RehabWebApplication : IAsyncLifetime
{
    /// <summary>Debian's Chromium binary (installed by this project's build); /usr/bin/chromium is a wrapper script that only adds noise.</summary>
    public const string ChromiumExecutable = "/usr/lib/chromium/chromium";

    private TestNeo4jServer? _neo4j;
    private IPlaywright? _playwright;

    public HubFactory Hub { get; private set; } = null!;

    /// <summary>Where the hub listens; every page's relative URL is resolved against it.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Screenshots.ForgetEarlierFailures();
        var browser = LaunchBrowserAsync();
        _neo4j = await TestNeo4jServer.StartAsync();
        // The hub's web app signs its development sign-in's tokens with the hub's own key, the tests' one here.
        Hub = new HubFactory(_neo4j.Uri, seedDemoData: true);
        BaseAddress = await Hub.StartAsync();
        Cypher = await _neo4j.CreateClientAsync();
        Browser = await browser;
    }

    /// <summary>The graph itself, for what no page makes (yet): e.g. a certificate to check.</summary>
    public CypherClient Cypher { get; private set; } = null!;

    /// <summary>
    /// A completion certificate as the Immediate Justice journey leaves one, written straight into the graph: its code is
    /// what a member of the public types into the certificate check.
    /// </summary>
    public async Task<CompletionCertificate> NewCertificateAsync(string personDisplayName, string placementTitle, string organisationName, double hours, DateTimeOffset completedAt)
    {
        return await Cypher.StoreAsync(new CompletionCertificate(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), $"ijc-web-{Guid.NewGuid():N}", personDisplayName, placementTitle, organisationName, hours, completedAt, "Humber Police Out-of-Court Disposals Team"));
    }

    private async Task<IBrowser> LaunchBrowserAsync()
    {
        // Playwright's assertions wait 5 s by default, its actions 30 s: both 30 s, for a 2-core machine that CI keeps
        // busy with every test project at once (see BrowserTest).
        Assertions.SetDefaultExpectTimeout(BrowserTest.Timeout);
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumExecutable, Headless = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Hub is not null)
        {
            await Hub.DisposeAsync();
        }

        if (_neo4j is not null)
        {
            await _neo4j.DisposeAsync();
        }
    }
}
