using Microsoft.Playwright;
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
        var browser = LaunchBrowserAsync();
        _neo4j = await TestNeo4jServer.StartAsync();
        Hub = new HubFactory(
            _neo4j.Uri,
            seedDemoData: true,
            settings: new Dictionary<string, string?>
            {
                // The web app signs its development tokens for this hub, which checks them with the tests' key.
                ["WebApp:Development:SigningKey"] = HubFactory.SigningKey,
            });
        BaseAddress = await Hub.StartAsync();
        Browser = await browser;
    }

    private async Task<IBrowser> LaunchBrowserAsync()
    {
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
