using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Rehab.Graph.Testing;
using Rehab.Graph.Web.Hosting;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The hub serves the practitioners' web app (Rehab.Graph.Web) at <c>/</c>: its pages, its embedded GOV.UK, MOJ and
/// Leaflet assets, and its own cookie sign-in, which is never a way into the API. Over real HTTP, as a browser without
/// JavaScript would use it (the browser tests drive a real one).
/// </summary>
public sealed partial class WebAppTests(RehabGraphApplication app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_home_page_is_the_web_app_on_GOV_UK_Frontend_with_every_asset_it_names_served()
    {
        using var browser = Browser();

        var (status, page) = await GetAsync(browser, "/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("govuk-template", page, StringComparison.Ordinal);
        Assert.Contains("govuk-service-navigation__service-name", page, StringComparison.Ordinal);
        Assert.Contains(">Rehab.Graph</a>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/sign-in\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/directory\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/certificates/check\"", page, StringComparison.Ordinal);
        var assets = References().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).Where(u => u.StartsWith("/assets/", StringComparison.Ordinal)).ToList();
        Assert.Contains(assets, a => a.StartsWith("/assets/govuk-frontend.min.css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/assets/moj-frontend.min.css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/assets/rehab/init.mjs", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await browser.GetAsync(new Uri(asset, UriKind.Relative), Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/assets/govuk-frontend.min.css")]
    [InlineData("/assets/moj-frontend.min.css")]
    [InlineData("/assets/leaflet/leaflet.css")]
    public async Task Every_font_and_image_a_stylesheet_names_is_served_from_the_hub(string stylesheet)
    {
        using var browser = Browser();
        var css = await browser.GetStringAsync(new Uri(stylesheet, UriKind.Relative), Cancel);

        var urls = CssUrls().Matches(css).Select(m => m.Groups["url"].Value.Trim('"', '\''))
            .Where(u => !u.StartsWith("data:", StringComparison.Ordinal) && !u.StartsWith('#'))
            .Distinct()
            .ToList();

        Assert.NotEmpty(urls);
        foreach (var url in urls)
        {
            var absolute = new Uri(new Uri(app.BaseAddress, stylesheet), url);
            Assert.Equal(app.BaseAddress.Authority, absolute.Authority);
            using var response = await browser.GetAsync(absolute, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} from {stylesheet}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Assets_asked_for_at_this_builds_version_are_cached_for_a_year_and_others_for_an_hour()
    {
        using var browser = Browser();

        using var versioned = await browser.GetAsync(new Uri(WebAssets.Url("govuk-frontend.min.js"), UriKind.Relative), Cancel);
        using var font = await browser.GetAsync(new Uri("/assets/fonts/bold-b542beb274-v2.woff2", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal("text/javascript", versioned.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), versioned.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", versioned.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.NotNull(versioned.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, font.StatusCode);
        Assert.Equal("font/woff2", font.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromHours(1), font.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task The_licences_of_the_bundled_front_end_packages_are_served_with_them()
    {
        using var browser = Browser();

        var licences = await browser.GetStringAsync(new Uri("/assets/licences/LICENCES.txt", UriKind.Relative), Cancel);
        var leaflet = await browser.GetStringAsync(new Uri("/assets/licences/leaflet.LICENSE.txt", UriKind.Relative), Cancel);

        Assert.Contains("govuk-frontend 6.6.0", licences, StringComparison.Ordinal);
        Assert.Contains("@ministryofjustice/frontend 11.1.0", licences, StringComparison.Ordinal);
        Assert.Contains("BSD 2-Clause License", leaflet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    [InlineData("/directory?place=Orchard+Park&radius=3")]
    [InlineData("/directory?place=Nowhere")]
    [InlineData("/certificates/check?code=abc")]
    public async Task Pages_forbid_inline_script_and_style_and_have_none(string path)
    {
        using var browser = Browser();

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Empty(InlineScripts().Matches(page));
        Assert.DoesNotContain("<style", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", page, StringComparison.Ordinal);
        Assert.Empty(EventHandlers().Matches(page));
    }

    [Fact]
    public async Task With_a_map_tile_server_configured_the_pages_may_show_its_images_and_nothing_else_from_it()
    {
        var settings = new Dictionary<string, string?> { ["WebApp:Map:TileUrl"] = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" };
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: settings);
        using var browser = Browser(await hub.StartAsync());

        using var response = await browser.GetAsync(new Uri("/directory", UriKind.Relative), Cancel);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("img-src 'self' data: https://*.tile.openstreetmap.org;", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.org")]
    [InlineData("HTTPS://tiles.example.org:8443/{z}/{x}/{y}.png?key=abc", "https://tiles.example.org:8443")]
    [InlineData("https://{z}.tiles.example.org/{x}/{y}.png", null)]
    [InlineData("https://tiles.{s}.example.org/{z}/{x}/{y}.png", null)]
    [InlineData("/tiles/{z}/{x}/{y}.png", null)]
    [InlineData(null, null)]
    public void A_tile_servers_address_is_named_in_the_policy_by_its_origin(string? template, string? source) =>
        Assert.Equal(source, PageSecurityHeaders.TileSource(template));

    [Fact]
    public async Task The_API_keeps_its_own_headers_without_the_pages_policy()
    {
        using var browser = Browser();

        using var health = await browser.GetAsync(new Uri("/healthz", UriKind.Relative), Cancel);

        Assert.False(health.Headers.Contains("Content-Security-Policy"));
    }

    public static TheoryData<string, string, string> DemoUsers => new()
    {
        { "OFFENDER_MANAGER", "Aisha Rahman", "href=\"/caseload\"" },
        { "PARTNER", "Fishermen&#x27;s Quay Arts", "href=\"/partner\"" },
        { "REFERRER", "Humber Police OCD Team", "href=\"/immediate-justice\"" },
        { "COMMISSIONER", "Commissioner", "href=\"/commissioning\"" },
        { "ADMIN", "Administrator", "href=\"/admin\"" },
    };

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task Each_demo_user_on_the_development_sign_in_page_is_signed_in_and_sent_home_to_their_roles_links(string role, string name, string startLink)
    {
        using var browser = Browser();
        var (_, signInPage) = await GetAsync(browser, "/sign-in");
        var link = WebUtility.HtmlDecode(SignInLinks().Matches(signInPage).Select(m => m.Groups["url"].Value).First(u => u.Contains($"role={role}&", StringComparison.Ordinal)));

        using var signIn = await browser.GetAsync(new Uri(link, UriKind.Relative), Cancel);
        var (_, home) = await GetAsync(browser, "/");

        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("rehab-web=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"Signed in as <strong>{name}</strong>", home, StringComparison.Ordinal);
        Assert.Contains(startLink, home, StringComparison.Ordinal);
        Assert.Contains("Sign out", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_development_sign_in_goes_back_to_the_page_that_asked_for_it_and_nowhere_off_the_site()
    {
        using var browser = Browser();

        using var back = await browser.GetAsync(new Uri("/dev/sign-in?role=COMMISSIONER&returnUrl=%2Fdirectory%3Fneed%3DHEALTH", UriKind.Relative), Cancel);
        using var away = await browser.GetAsync(new Uri("/dev/sign-in?role=COMMISSIONER&returnUrl=%2F%2Fevil.example%2F", UriKind.Relative), Cancel);

        Assert.Equal("/directory?need=HEALTH", back.Headers.Location?.OriginalString);
        Assert.Equal("/", away.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("", "Give a role: role is one of OFFENDER_MANAGER, PARTNER, REFERRER, COMMISSIONER, ADMIN, PERSON.")]
    [InlineData("?role=JUDGE", "The role &#x27;JUDGE&#x27; is not one the hub knows")]
    [InlineData("?role=OFFENDER_MANAGER", "An offender manager acts for a practitioner: give practitioner, e.g. practitioner=prc-07.")]
    [InlineData("?role=PERSON", "A person on probation signs in as themselves: give person, e.g. person=per-0001.")]
    [InlineData("?role=PARTNER&practitioner=prc-07", "A partner acts for an organisation: give organisation, e.g. organisation=org-0052.")]
    [InlineData("?role=REFERRER", "A referrer acts for an organisation: give organisation, e.g. organisation=org-0071.")]
    [InlineData("?role=REFERRER&organisation=org-0071&duty=IJ_COORDINATOR", "The only duty is IJ_COORDINATOR, and only a partner holds it.")]
    [InlineData("?role=PARTNER&organisation=org-0008&duty=BOSS", "The only duty is IJ_COORDINATOR, and only a partner holds it.")]
    public async Task A_development_sign_in_without_what_its_role_needs_is_a_400_page_that_says_what_is_missing(string query, string problem)
    {
        using var browser = Browser();

        var (status, page) = await GetAsync(browser, "/dev/sign-in" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<title>Error: You could not be signed in – Rehab.Graph</title>", page, StringComparison.Ordinal);
        Assert.Contains(problem, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Signed in as", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_web_apps_sign_in_cookie_is_not_a_way_into_the_API()
    {
        using var browser = Browser();
        await SignInAsync(browser, "role=OFFENDER_MANAGER&practitioner=prc-07");

        var response = await new GraphQLClient(browser).PostAsync("{ person(id: \"per-0001\") { displayName } }");

        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.Errors)["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_for_a_role_sends_someone_signed_out_to_sign_in_and_back()
    {
        using var browser = Browser();

        using var response = await browser.GetAsync(new Uri("/caseload", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Fcaseload", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task A_page_for_another_role_is_a_403_page_that_says_whose_it_is()
    {
        using var browser = Browser();
        await SignInAsync(browser, "role=PARTNER&organisation=org-0052");

        var (status, page) = await GetAsync(browser, "/caseload");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("<h1 class=\"govuk-heading-l\">You do not have access to this page</h1>", page, StringComparison.Ordinal);
        Assert.Contains("This page is for offender managers.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_offender_managers_caseload_comes_from_the_hub_with_their_own_token()
    {
        using var browser = Browser();
        await SignInAsync(browser, "role=OFFENDER_MANAGER&practitioner=prc-07");

        var (status, page) = await GetAsync(browser, "/caseload");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/people/per-0001\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_takes_the_forms_antiforgery_token_and_ends_the_sign_in()
    {
        using var browser = Browser();
        await SignInAsync(browser, "role=COMMISSIONER");
        var (_, home) = await GetAsync(browser, "/");
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(home).Groups["token"].Value);

        using var forged = await browser.PostAsync(new Uri("/sign-out", UriKind.Relative), new FormUrlEncodedContent([]), Cancel);
        var (_, stillSignedIn) = await GetAsync(browser, "/");
        using var signedOut = await browser.PostAsync(new Uri("/sign-out", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), Cancel);
        var (_, after) = await GetAsync(browser, "/");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Signed in as", stillSignedIn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, signedOut.StatusCode);
        Assert.DoesNotContain("Signed in as", after, StringComparison.Ordinal);
        Assert.Contains("href=\"/sign-in\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_development_sign_out_signs_out_with_a_plain_link()
    {
        using var browser = Browser();
        await SignInAsync(browser, "role=ADMIN");

        using var signOut = await browser.GetAsync(new Uri("/dev/sign-out", UriKind.Relative), Cancel);
        var (_, home) = await GetAsync(browser, "/");

        Assert.Equal(HttpStatusCode.Found, signOut.StatusCode);
        Assert.DoesNotContain("Signed in as", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instances_sharing_a_keys_directory_read_each_others_sign_in_and_others_do_not()
    {
        var keys = Directory.CreateTempSubdirectory("rehab-web-keys-");
        var shared = new Dictionary<string, string?> { ["WebApp:DataProtection:KeysDirectory"] = keys.FullName };
        await using var first = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: shared);
        await using var second = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: shared);
        await using var own = new HubFactory(app.Neo4j.Uri, seedDemoData: false);
        var (firstAddress, secondAddress, ownAddress) = (await first.StartAsync(), await second.StartAsync(), await own.StartAsync());
        // One browser: cookies belong to the host, whatever the port, so the second and third instances are sent it too.
        using var browser = Browser(firstAddress);
        await SignInAsync(browser, "role=ADMIN");

        using var onSecond = await browser.GetAsync(new Uri(secondAddress, "/admin"), Cancel);
        using var onOwn = await browser.GetAsync(new Uri(ownAddress, "/admin"), Cancel);

        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Found, onOwn.StatusCode);
        Assert.Equal("/sign-in", onOwn.Headers.Location?.AbsolutePath);
        Assert.NotEmpty(keys.GetFiles("key-*.xml"));
        keys.Delete(recursive: true);
    }

    [Fact]
    public async Task Outside_development_the_development_sign_in_does_not_exist_and_the_public_pages_work()
    {
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, environment: "Production");
        var address = await hub.StartAsync();
        using var browser = Browser(address);

        var (signIn, _) = await GetAsync(browser, "/dev/sign-in?role=ADMIN");
        var (signOut, _) = await GetAsync(browser, "/dev/sign-out");
        var (home, _) = await GetAsync(browser, "/");
        var (check, _) = await GetAsync(browser, "/certificates/check");

        Assert.Equal(HttpStatusCode.NotFound, signIn);
        Assert.Equal(HttpStatusCode.NotFound, signOut);
        Assert.Equal(HttpStatusCode.OK, home);
        Assert.Equal(HttpStatusCode.OK, check);
    }

    [Fact]
    public async Task Outside_development_sign_in_goes_to_the_identity_provider_with_PKCE_and_the_configured_scope()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["WebApp:Oidc:Authority"] = provider.Address.AbsoluteUri,
            ["WebApp:Oidc:ClientId"] = "rehab-graph-web",
            ["WebApp:Oidc:Scope"] = "rehab-graph-api",
        };
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, environment: "Production", settings: settings);
        using var browser = Browser(await hub.StartAsync());

        using var signIn = await browser.GetAsync(new Uri("/sign-in?returnUrl=%2Fcaseload", UriKind.Relative), Cancel);
        using var page = await browser.GetAsync(new Uri("/caseload", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        var authorize = signIn.Headers.Location!;
        Assert.Equal(new Uri(provider.Address, "authorize").GetLeftPart(UriPartial.Path), authorize.GetLeftPart(UriPartial.Path));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("rehab-graph-web", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(["openid", "profile", "rehab-graph-api"], query["scope"].ToString().Split(' '));
        Assert.EndsWith("/signin-oidc", query["redirect_uri"].ToString(), StringComparison.Ordinal);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("/sign-in?returnUrl=%2Fcaseload", page.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public void Outside_development_the_web_app_will_not_start_without_its_identity_provider()
    {
        using var services = WebApp(new Dictionary<string, string?> { ["WebApp:HubUrl"] = "http://hub.example/" }, "Production", hubIsThisHost: false);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebAppOptions>>().Value);

        Assert.Contains("WebApp:Oidc:Authority, WebApp:Oidc:ClientId are not configured", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_standalone_web_app_will_not_start_without_the_hubs_address()
    {
        using var services = WebApp(new Dictionary<string, string?>(), "Development", hubIsThisHost: false);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebAppOptions>>().Value);

        Assert.Contains("WebApp:HubUrl is not configured (WebApp__HubUrl in the environment)", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://+:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://*:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://0.0.0.0:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://[::]:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080", "http://localhost:5080/")]
    [InlineData("http://127.0.0.1:41234", "http://127.0.0.1:41234/")]
    public void In_the_hub_the_pages_call_the_address_it_listens_on_over_loopback(string listening, string called) =>
        Assert.Equal(called, HubAddress.Loopback(listening).AbsoluteUri);

    private static ServiceProvider WebApp(Dictionary<string, string?> settings, string environment, bool hubIsThisHost) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddRehabWebApp(new HostEnvironment(environment), hubIsThisHost)
            .BuildServiceProvider();

    /// <summary>A browser without JavaScript: keeps cookies, does not follow redirects (the tests read them).</summary>
    private HttpClient Browser(Uri? address = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address ?? app.BaseAddress };

    private static async Task SignInAsync(HttpClient browser, string query)
    {
        using var response = await browser.GetAsync(new Uri("/dev/sign-in?" + query, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string Page)> GetAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    private sealed class HostEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Rehab.Graph.Api.Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"#]+)\"")]
    private static partial Regex References();

    [GeneratedRegex("href=\"(?<url>/dev/sign-in\\?[^\"]+)\"")]
    private static partial Regex SignInLinks();

    [GeneratedRegex("url\\((?<url>[^)]+)\\)")]
    private static partial Regex CssUrls();

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>")]
    private static partial Regex InlineScripts();

    [GeneratedRegex("\\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlers();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
