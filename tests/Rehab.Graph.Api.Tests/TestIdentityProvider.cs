using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// An OpenID Connect provider on loopback (the hub and the web app accept a plain-HTTP provider only there), because no
/// real one runs on this machine: discovery, its RSA key as a JWKS, and the authorization-code flow with PKCE, in which
/// whoever asks is signed in as <see cref="User"/> at once. Its tokens carry the hub's claims, as a provider configured
/// for the hub would issue them.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string KeyId = "test-provider-key";

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _accessTokens = new(StringComparer.Ordinal);

    private TestIdentityProvider(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public string Issuer => Address.AbsoluteUri;

    /// <summary>The signing key the provider publishes.</summary>
    public SecurityKey Key => new RsaSecurityKey(_rsa) { KeyId = KeyId };

    /// <summary>The claims of whoever signs in next (besides <c>sub</c>, which is <see cref="Subject"/>).</summary>
    public IReadOnlyDictionary<string, object> User { get; set; } = new Dictionary<string, object>();

    public string Subject { get; set; } = "user-0001";

    /// <summary>The audience of the access tokens the code flow issues: the hub's.</summary>
    public string ApiAudience { get; set; } = "rehab-graph-api";

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var provider = new TestIdentityProvider(builder.Build());
        provider.Map();
        await provider._app.StartAsync();
        var address = provider._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Address = new Uri(address + "/");
        return provider;
    }

    /// <summary>A token with these claims and <c>sub</c>, for <paramref name="audience"/>, signed with the provider's key unless another is given.</summary>
    public string Issue(IReadOnlyDictionary<string, object> claims, string audience, TimeSpan? lifetime = null, SigningCredentials? signing = null, string? issuer = null)
    {
        var now = DateTime.UtcNow;
        var all = new Dictionary<string, object>(claims) { ["sub"] = Subject };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Claims = all,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            SigningCredentials = signing ?? new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }

    private void Map()
    {
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "authorize",
            ["token_endpoint"] = Issuer + "token",
            ["userinfo_endpoint"] = Issuer + "userinfo",
            ["end_session_endpoint"] = Issuer + "logout",
            ["jwks_uri"] = Issuer + "jwks",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "query", "form_post" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var key = _rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) } } });
        });
        _app.MapGet("/authorize", Authorize);
        _app.MapPost("/token", (Func<HttpContext, Task<IResult>>)TokenAsync);
        _app.MapGet("/userinfo", (HttpContext context) =>
            context.Request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.Ordinal) && _accessTokens.ContainsKey(header["Bearer ".Length..])
                ? Results.Json(new Dictionary<string, object>(User) { ["sub"] = Subject })
                : Results.Unauthorized());
    }

    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query;
        if (query["response_type"] != "code" || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["client_id"]))
        {
            return Results.BadRequest("invalid_request");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Grant(query["client_id"]!, query["redirect_uri"]!, query["nonce"], query["code_challenge"]!);
        var redirect = query["redirect_uri"].ToString();
        var state = query["state"].ToString();
        if (query["response_mode"] == "form_post")
        {
            var form = $"""
                <html><body><form method="post" action="{WebUtility.HtmlEncode(redirect)}">
                <input type="hidden" name="code" value="{code}">
                <input type="hidden" name="state" value="{WebUtility.HtmlEncode(state)}">
                </form></body></html>
                """;
            return Results.Content(form, "text/html");
        }

        return Results.Redirect($"{redirect}?code={code}&state={Uri.EscapeDataString(state)}");
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant))
        {
            return Results.BadRequest(new { error = "invalid_grant" });
        }

        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (challenge != grant.CodeChallenge || form["redirect_uri"] != grant.RedirectUri || form["client_id"] != grant.ClientId)
        {
            return Results.BadRequest(new { error = "invalid_grant" });
        }

        var accessToken = Issue(User, ApiAudience);
        _accessTokens[accessToken] = true;
        var idClaims = new Dictionary<string, object>(User);
        if (grant.Nonce is { } nonce)
        {
            idClaims["nonce"] = nonce;
        }

        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["id_token"] = Issue(idClaims, grant.ClientId),
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
        });
    }

    private sealed record Grant(string ClientId, string RedirectUri, string? Nonce, string CodeChallenge);
}
