using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rehab.Graph.Testing;
using Rehab.Graph.Web.Hosting;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The web app's GOV.UK error pages over real HTTP: not found (404), a problem with the service (500, with a reference
/// and nothing of the exception), a form out of date (400); and the hub's own addresses, which keep their answers.
/// </summary>
public sealed partial class WebErrorPageTests(RehabGraphApplication app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/people/per-0001/no/such/page")]
    [InlineData("/immediate-justice/cases")]
    [InlineData("/verify")]
    [InlineData("/favicon.ico")]
    [InlineData("/healt")]
    public async Task An_address_nothing_answers_is_the_page_not_found_page_in_the_layout(string path)
    {
        using var browser = Browser();

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Page not found – Rehab.Graph</title>", page, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", page, StringComparison.Ordinal);
        Assert.Contains("govuk-service-navigation", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Signed_in_the_page_not_found_page_has_the_roles_links_and_a_working_sign_out_form()
    {
        using var browser = Browser();
        using var signIn = await browser.GetAsync(new Uri("/dev/sign-in?role=COMMISSIONER", UriKind.Relative), Cancel);

        using var response = await browser.GetAsync(new Uri("/commissioning/no-such-page", UriKind.Relative), Cancel);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("href=\"/commissioning\"", page, StringComparison.Ordinal);
        Assert.Contains("action=\"/sign-out\"", page, StringComparison.Ordinal);
        Assert.Matches("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", page);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_a_400_page_that_sends_the_user_back_to_the_form()
    {
        using var browser = Browser();
        using var signIn = await browser.GetAsync(new Uri("/dev/sign-in?role=REFERRER&organisation=org-0071", UriKind.Relative), Cancel);

        using var response = await browser.PostAsync(new Uri("/immediate-justice/refer?from=queue", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["displayName"] = "J. Smith" }), Cancel);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Your session has timed out or the form was out of date</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"govuk-link\" href=\"/immediate-justice/refer?from=queue\">Go back to the form</a>", page, StringComparison.Ordinal);
        Assert.Contains("Signed in as", page, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_form_posted_with_another_sessions_token_is_the_same_400_page()
    {
        using var other = Browser();
        using var otherSignIn = await other.GetAsync(new Uri("/dev/sign-in?role=COMMISSIONER", UriKind.Relative), Cancel);
        var otherPage = await other.GetStringAsync(new Uri("/", UriKind.Relative), Cancel);
        var staleToken = Token().Match(otherPage).Groups["token"].Value;
        using var browser = Browser();
        using var signIn = await browser.GetAsync(new Uri("/dev/sign-in?role=COMMISSIONER", UriKind.Relative), Cancel);

        using var response = await browser.PostAsync(new Uri("/sign-out", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = staleToken }), Cancel);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.NotEmpty(staleToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Your session has timed out or the form was out of date", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql/no-such-thing")]
    [InlineData("/graphiql/no-such-file.js")]
    [InlineData("/GRAPHIQL/no-such-file.js")]
    [InlineData("/healthz/no-such-probe")]
    [InlineData("/health")]
    [InlineData("/healthcheck")]
    [InlineData("/readyz/no-such-probe")]
    [InlineData("/metrics")]
    [InlineData("/openreferral/no-such-thing")]
    [InlineData("/assets/no-such-file.css")]
    [InlineData("/assets/rehab/no-such-file.js")]
    [InlineData("/assets")]
    public async Task The_hubs_own_addresses_and_the_assets_keep_a_plain_404(string path)
    {
        using var browser = Browser();

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task GraphQLs_own_errors_health_and_the_certificate_check_keep_their_answers()
    {
        using var browser = Browser();

        using var graphql = await browser.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{\"query\":\"{ nope }\"}", System.Text.Encoding.UTF8, "application/json"), Cancel);
        using var malformed = await browser.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{", System.Text.Encoding.UTF8, "application/json"), Cancel);
        using var health = await browser.GetAsync(new Uri("/healthz", UriKind.Relative), Cancel);
        using var verify = await browser.GetAsync(new Uri("/verify/0123456789abcdef0123456789abcdef", UriKind.Relative), Cancel);

        Assert.Equal("application/json", graphql.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", await graphql.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.DoesNotContain("govuk", await malformed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, verify.StatusCode);
        Assert.DoesNotContain("Page not found – Rehab.Graph", await verify.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphiql/x.js", true)]
    [InlineData("//graphiql/x.js", true)]
    [InlineData("/%2Fgraphiql/", true)]
    [InlineData("/graphiql%2Fx.js", true)]
    [InlineData("/Graphql", true)]
    [InlineData("/assets", true)]
    [InlineData("/healthz", true)]
    [InlineData("/health-report", true)]
    [InlineData("/openreferral", true)]
    [InlineData("/", false)]
    [InlineData("/directory", false)]
    [InlineData("/graphqlish", false)]
    [InlineData("/people/graphql", false)]
    [InlineData("/%", false)]
    public void What_is_the_hosts_however_spelled(string path, bool host) =>
        Assert.Equal(host, ErrorPages.IsHostPath(new PathString(path)));

    [Fact]
    public async Task An_unhandled_exception_is_the_problem_page_with_a_reference_that_is_in_the_log_and_nothing_of_the_exception()
    {
        await using var brokenHub = await BrokenHubAsync();
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: new Dictionary<string, string?> { ["WebApp:HubUrl"] = brokenHub.Urls.First() });
        using var browser = Browser(await hub.StartAsync());
        var log = new LogCapture();
        hub.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);

        using var response = await browser.GetAsync(new Uri("/directory?place=Hull", UriKind.Relative), Cancel);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Sorry, there is a problem with the service</h1>", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var reference = Reference().Match(page).Groups["reference"].Value;
        Assert.Matches("^[0-9a-f]{32}$", reference);
        foreach (var leak in new[] { "Something broke inside", "INTERNAL_SERVER_ERROR", "Exception", "Rehab.Graph.Client", " at ", "stack" })
        {
            Assert.DoesNotContain(leak, page, StringComparison.Ordinal);
        }

        var logged = Assert.Single(log.Entries, e => e.Category == typeof(ErrorPages).FullName);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains(reference, logged.Message, StringComparison.Ordinal);
        Assert.Contains("GET /directory", logged.Message, StringComparison.Ordinal);
        Assert.Contains("Something broke inside", logged.Exception?.Message, StringComparison.Ordinal);
    }

    /// <summary>A "hub" whose every answer is an error the web app has no page for: as a hub with a bug would answer.</summary>
    private static async Task<WebApplication> BrokenHubAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var broken = builder.Build();
        broken.MapPost("/graphql", () => Results.Json(new { errors = new[] { new { message = "Something broke inside", extensions = new { code = "INTERNAL_SERVER_ERROR" } } } }));
        await broken.StartAsync(Cancel);
        return broken;
    }

    /// <summary>A browser without JavaScript: keeps cookies, does not follow redirects.</summary>
    private HttpClient Browser(Uri? address = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address ?? app.BaseAddress };

    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string, Exception?)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((category, logLevel, formatter(state, exception), exception));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<strong class=\"rehab-reference\">(?<reference>[^<]+)</strong>")]
    private static partial Regex Reference();
}
