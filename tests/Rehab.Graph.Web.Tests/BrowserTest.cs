using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Rehab.Graph.Web.Tests;

/// <summary>
/// A browser test: each page it opens is in a browser context of its own (its own cookies, so its own sign-in), closed
/// when the test ends; a failing test leaves a screenshot of every page it had open in artifacts/screenshots/failed.
/// Every request the pages make is recorded, for <see cref="AssertNoRequestLeftTheHub"/>.
/// </summary>
public abstract class BrowserTest(RehabWebApplication app) : IAsyncLifetime
{
    /// <summary>The narrowest width WCAG's reflow criterion asks for (1.4.10): no horizontal scrolling at 320 CSS pixels.</summary>
    public const int NarrowWidth = 320;

    /// <summary>How long, in milliseconds, an action or an assertion waits for the page before it fails.</summary>
    public const float Timeout = 30_000;

    private readonly ConcurrentQueue<IBrowserContext> _contexts = new();
    private readonly ConcurrentQueue<Uri> _requests = new();
    private readonly ConcurrentDictionary<IPage, bool> _pagesWithoutJavaScript = new();

    protected RehabWebApplication App => app;

    /// <summary>A new page in a new context (signed out), relative URLs resolved against the hub; optionally with JavaScript off or at a given width.</summary>
    protected async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280)
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.AbsoluteUri,
            JavaScriptEnabled = javaScript,
            ViewportSize = new() { Width = width, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(Timeout);
        context.Request += (_, request) => _requests.Enqueue(new Uri(request.Url));
        _contexts.Enqueue(context);
        var page = await context.NewPageAsync();
        if (!javaScript)
        {
            _pagesWithoutJavaScript[page] = true;
        }

        return page;
    }

    /// <summary>A new page 320 CSS pixels wide, as on a small phone or at 400% zoom.</summary>
    protected Task<IPage> NewNarrowPageAsync(bool javaScript = true) => NewPageAsync(javaScript, NarrowWidth);

    /// <summary>Signs <paramref name="page"/>'s context in through the development sign-in and checks it lands on the home page.</summary>
    protected static Task SignInAsync(IPage page, DemoUser user) =>
        SignInAsync(page, user.Role, user.Practitioner, user.Organisation, user.Person, user.Duty);

    /// <inheritdoc cref="SignInAsync(IPage, DemoUser)"/>
    protected static async Task SignInAsync(IPage page, string role, string? practitioner = null, string? organisation = null, string? person = null, string? duty = null)
    {
        var response = await page.GotoAsync(DemoUser.SignInPathFor(role, practitioner, organisation, person, duty));
        Assert.True(response is { Ok: true }, $"Signing in as {role} answered {response?.Status} at {page.Url}.");
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
    }

    /// <inheritdoc cref="Accessibility.AssertAccessibleAsync"/>
    protected Task AssertAccessibleAsync(IPage page)
    {
        RequireJavaScript(page, "axe-core");
        return Accessibility.AssertAccessibleAsync(page);
    }

    /// <summary>Fails when the page can be scrolled sideways (content wider than the viewport).</summary>
    protected async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        RequireJavaScript(page, "Measuring the page");
        var (scrollWidth, viewportWidth) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(scrollWidth <= viewportWidth, $"{page.Url} is {scrollWidth} px wide in a {viewportWidth} px viewport: it scrolls sideways.");
    }

    /// <summary>
    /// Checks that run a script in the page need JavaScript on: where it is off, Chromium runs none, not even one sent
    /// through the DevTools protocol, and Playwright would wait for it for ever.
    /// </summary>
    private void RequireJavaScript(IPage page, string check)
    {
        if (_pagesWithoutJavaScript.ContainsKey(page))
        {
            throw new InvalidOperationException($"{check} runs a script inside the page, which a page with JavaScript off cannot: check it on a page opened with JavaScript on.");
        }
    }

    /// <summary>Fails when any page of this test asked for anything from a host other than the hub's (fonts, scripts, tiles...).</summary>
    protected void AssertNoRequestLeftTheHub()
    {
        var elsewhere = _requests
            .Where(uri => uri.Scheme is "http" or "https" or "ws" or "wss")
            .Where(uri => uri.Host != app.BaseAddress.Host || uri.Port != app.BaseAddress.Port)
            .Select(uri => uri.AbsoluteUri)
            .Distinct()
            .ToList();
        Assert.True(elsewhere.Count == 0, $"Requests left the hub ({app.BaseAddress}):\n{string.Join('\n', elsewhere)}");
        Assert.NotEmpty(_requests);
    }

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/<paramref name="name"/>.png and prints its path in the test output.</summary>
    protected static Task<string> ScreenshotAsync(IPage page, string name) => Screenshots.SaveAsync(page, name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await Screenshots.SaveFailureAsync(_contexts.SelectMany(context => context.Pages).ToList());
        }

        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }
}
