using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;
using Rehab.Graph.Tokens;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Production sign-in end to end: an identity provider's access tokens are the hub's bearer tokens (<c>Auth:Authority</c>),
/// held to the provider's published keys, issuer and the hub's audience; and the web app's sign-in runs the whole
/// authorization-code exchange with it, then calls the hub with the token it got.
/// </summary>
public sealed partial class IdentityProviderTests(IdentityProviderTests.ProductionHub hub, RehabGraphApplication app) : IClassFixture<IdentityProviderTests.ProductionHub>
{
    private const string Person = "{ person(id: \"per-0001\") { id } }";

    private static readonly IReadOnlyDictionary<string, object> OffenderManager = new Dictionary<string, object>
    {
        ["role"] = "OFFENDER_MANAGER",
        ["practitioner_id"] = "prc-07",
        ["name"] = "Offender Manager Seven",
    };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_providers_access_token_with_the_hubs_claims_is_accepted_for_its_caller()
    {
        var response = await hub.Client(hub.Provider.Issue(OffenderManager, "rehab-graph-api")).PostAsync(Person);

        Assert.Equal("per-0001", response.AssertNoErrors().Data!["person"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_hubs_own_tokens_are_accepted_beside_the_providers()
    {
        var own = HubFactory.Token(new Caller(CallerRole.OffenderManager, "prc-07", null));

        var response = await hub.Client(own).PostAsync(Person);

        response.AssertNoErrors();
    }

    public static TheoryData<string> RefusedTokens => new()
    {
        "signed with a key the provider does not publish",
        "for another audience",
        "expired",
        "from the provider, signed with the hub's own key",
        "from the hub's issuer, signed with the provider's key",
        "from another issuer with the provider's key",
        "without a role",
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_provider_token_that_does_not_hold_up_is_UNAUTHENTICATED(string which)
    {
        var provider = hub.Provider;
        using var stranger = System.Security.Cryptography.RSA.Create(2048);
        var token = which switch
        {
            "signed with a key the provider does not publish" => provider.Issue(OffenderManager, "rehab-graph-api", signing: new SigningCredentials(new RsaSecurityKey(stranger) { KeyId = TestIdentityProvider.KeyId }, SecurityAlgorithms.RsaSha256)),
            "for another audience" => provider.Issue(OffenderManager, "another-api"),
            "expired" => provider.Issue(OffenderManager, "rehab-graph-api", lifetime: TimeSpan.FromMinutes(-50)),
            "from the provider, signed with the hub's own key" => provider.Issue(OffenderManager, "rehab-graph-api", signing: new SigningCredentials(TokenIssuer.Key(HubFactory.SigningKey), SecurityAlgorithms.HmacSha256)),
            "from the hub's issuer, signed with the provider's key" => provider.Issue(OffenderManager, "rehab-graph-api", issuer: new AuthOptions().Issuer),
            "from another issuer with the provider's key" => provider.Issue(OffenderManager, "rehab-graph-api", issuer: "https://identity.example/"),
            _ => provider.Issue(new Dictionary<string, object> { ["practitioner_id"] = "prc-07" }, "rehab-graph-api"),
        };

        var response = await hub.Client(token).PostAsync("{ needs { code } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.Errors)["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_hub_that_trusts_only_its_provider_refuses_every_HS256_token_the_development_key_included()
    {
        var settings = new Dictionary<string, string?> { ["Auth:SigningKey"] = null, ["Auth:Authority"] = hub.Provider.Issuer };
        await using var providerOnly = new HubFactory(app.Neo4j.Uri, seedDemoData: false, environment: "Production", settings: settings);
        var address = await providerOnly.StartAsync();
        var development = HubFactory.Token(new Caller(CallerRole.Admin, null, null), key: TokenIssuer.DevelopmentSigningKey);
        var ownKey = HubFactory.Token(new Caller(CallerRole.Admin, null, null));

        var byDevelopmentKey = await Client(address, development).PostAsync(Person);
        var byTestKey = await Client(address, ownKey).PostAsync(Person);
        var byProvider = await Client(address, hub.Provider.Issue(OffenderManager, "rehab-graph-api")).PostAsync(Person);

        Assert.Equal(HttpStatusCode.Unauthorized, byDevelopmentKey.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, byTestKey.Status);
        byProvider.AssertNoErrors();
    }

    [Fact]
    public async Task When_the_provider_cannot_be_reached_its_tokens_are_refused_and_everyone_else_is_served()
    {
        var unreachable = await TestIdentityProvider.StartAsync();
        var token = unreachable.Issue(OffenderManager, "rehab-graph-api");
        var issuer = unreachable.Issuer;
        await unreachable.DisposeAsync();
        await using var stranded = new HubFactory(app.Neo4j.Uri, seedDemoData: false, environment: "Production", settings: new Dictionary<string, string?> { ["Auth:Authority"] = issuer });
        var address = await stranded.StartAsync();

        var byProvider = await Client(address, token).PostAsync(Person);
        var byOwnKey = await Client(address, HubFactory.Token(new Caller(CallerRole.OffenderManager, "prc-07", null))).PostAsync(Person);
        var anonymous = await Client(address, null).PostAsync("{ needs { code } }");

        Assert.Equal(HttpStatusCode.Unauthorized, byProvider.Status);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(byProvider.Errors)["extensions"]!["code"]!.GetValue<string>());
        byOwnKey.AssertNoErrors();
        anonymous.AssertNoErrors();
    }

    [Theory]
    [InlineData("http://identity.example/", "must use https")]
    [InlineData("identity.example", "is not an absolute https address")]
    [InlineData("ftp://identity.example/", "is not an absolute https address")]
    public void An_authority_the_hub_cannot_trust_stops_it_at_start(string authority, string problem)
    {
        var failure = StartFailure(new Dictionary<string, string?> { ["Auth:Authority"] = authority });

        Assert.Contains($"Auth:Authority '{authority}' {problem}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_development_a_hub_with_neither_a_key_nor_a_provider_does_not_start()
    {
        var failure = StartFailure(new Dictionary<string, string?>());

        Assert.Contains("Neither Auth:SigningKey nor Auth:Authority is configured", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_to_the_web_app_exchanges_a_code_with_PKCE_and_its_pages_call_the_hub_with_the_providers_token()
    {
        hub.Provider.User = OffenderManager;
        using var browser = BrowserBehindTls.For(hub.Address);

        using var signIn = await browser.GetAsync(new Uri("/sign-in?returnUrl=%2Fcaseload", UriKind.Relative), Cancel);
        using var authorize = await browser.GetAsync(signIn.Headers.Location, Cancel);
        var (callback, fields) = HiddenForm(await authorize.Content.ReadAsStringAsync(Cancel));
        using var signedIn = await browser.PostAsync(new Uri(callback), new FormUrlEncodedContent(fields), Cancel);
        using var caseload = await browser.GetAsync(signedIn.Headers.Location, Cancel);
        var page = await caseload.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(new UriBuilder(hub.Address) { Scheme = "https", Path = "signin-oidc" }.Uri.AbsoluteUri, callback);
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        Assert.Equal("/caseload", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
        Assert.Contains("href=\"/people/per-0001\"", page, StringComparison.Ordinal);
        Assert.Contains("Offender Manager Seven", page, StringComparison.Ordinal);

        using var signOutPage = await browser.GetAsync(new Uri("/sign-out", UriKind.Relative), Cancel);
        var (signOutAction, signOutFields) = HiddenForm(await signOutPage.Content.ReadAsStringAsync(Cancel));
        using var signOut = await browser.PostAsync(new Uri(signOutAction, UriKind.Relative), new FormUrlEncodedContent(signOutFields), Cancel);
        using var afterwards = await browser.GetAsync(new Uri("/caseload", UriKind.Relative), Cancel);

        Assert.Equal(new Uri(hub.Provider.Address, "logout").AbsoluteUri, signOut.Headers.Location?.GetLeftPart(UriPartial.Path));
        Assert.Equal(HttpStatusCode.Found, afterwards.StatusCode);
        Assert.Equal("/sign-in", afterwards.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_code_exchanged_with_the_wrong_PKCE_verifier_signs_nobody_in()
    {
        hub.Provider.User = OffenderManager;
        using var browser = BrowserBehindTls.For(hub.Address);
        using var signIn = await browser.GetAsync(new Uri("/sign-in?returnUrl=%2Fcaseload", UriKind.Relative), Cancel);
        var authorizeUrl = signIn.Headers.Location!;
        var tampered = QueryHelpers.AddQueryString(authorizeUrl.GetLeftPart(UriPartial.Path), QueryHelpers.ParseQuery(authorizeUrl.Query)
            .ToDictionary(p => p.Key, p => (string?)(p.Key == "code_challenge" ? Base64UrlEncoder.Encode(new byte[32]) : p.Value.ToString())));

        using var authorize = await browser.GetAsync(new Uri(tampered), Cancel);
        var (callback, fields) = HiddenForm(await authorize.Content.ReadAsStringAsync(Cancel));
        using var refused = await browser.PostAsync(new Uri(callback), new FormUrlEncodedContent(fields), Cancel);
        using var caseload = await browser.GetAsync(new Uri("/caseload", UriKind.Relative), Cancel);

        using var problem = await browser.GetAsync(refused.Headers.Location, Cancel);

        Assert.Equal("/sign-in/problem", refused.Headers.Location?.OriginalString);
        Assert.Contains("Sorry, you could not be signed in", await problem.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, caseload.StatusCode);
        Assert.Equal("/sign-in", caseload.Headers.Location?.AbsolutePath);
    }

    private static OptionsValidationException StartFailure(Dictionary<string, string?> settings)
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddRehabAuthentication(new HostingEnvironment { EnvironmentName = "Production" })
            .BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AuthOptions>>().Value);
    }

    private static GraphQLClient Client(Uri address, string? token)
    {
        var http = new HttpClient { BaseAddress = address };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return new GraphQLClient(http);
    }

    /// <summary>A page's first form with an action, as a browser would submit it: the action and the form's hidden fields.</summary>
    private static (string Action, Dictionary<string, string> Fields) HiddenForm(string page)
    {
        var form = Form().Match(page);
        var fields = Input().Matches(form.Groups["body"].Value)
            .Select(m => m.Value)
            .Where(input => input.Contains("type=\"hidden\"", StringComparison.Ordinal))
            .ToDictionary(input => Attribute(input, "name"), input => Attribute(input, "value"));
        return (WebUtility.HtmlDecode(form.Groups["action"].Value), fields);
    }

    private static string Attribute(string tag, string name) =>
        WebUtility.HtmlDecode(Regex.Match(tag, $"\\b{name}=\"(?<value>[^\"]*)\"").Groups["value"].Value);

    [GeneratedRegex("""<form[^>]*action="(?<action>[^"]*)"[^>]*>(?<body>.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    /// <summary>A hub in Production whose API and web app both trust the test provider.</summary>
    public sealed class ProductionHub(RehabGraphApplication app) : IAsyncLifetime
    {
        private HubFactory? _hub;

        public TestIdentityProvider Provider { get; private set; } = null!;

        public Uri Address { get; private set; } = null!;

        public GraphQLClient Client(string token) => IdentityProviderTests.Client(Address, token);

        public async ValueTask InitializeAsync()
        {
            Provider = await TestIdentityProvider.StartAsync();
            _hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, environment: "Production", settings: new Dictionary<string, string?>
            {
                ["Auth:Authority"] = Provider.Issuer,
                ["WebApp:Oidc:Authority"] = Provider.Issuer,
                ["WebApp:Oidc:ClientId"] = "rehab-graph-web",
                ["WebApp:Oidc:Scope"] = "rehab-graph-api",
                // Behind a TLS-terminating proxy, as a production hub is (README, "Running in production").
                ["Hub:KnownProxies:0"] = "127.0.0.1",
            });
            Address = await _hub.StartAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (_hub is not null)
            {
                await _hub.DisposeAsync();
            }

            await Provider.DisposeAsync();
        }
    }
}
