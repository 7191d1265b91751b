using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Hosting;

namespace Rehab.Graph.Web.Auth;

/// <summary>
/// Development: a short-lived hub token for whoever is signed in to the web app, signed (HS256) with
/// <c>WebApp:Development:SigningKey</c>, by default the hub's published development key, which a hub in Development
/// accepts. Its claims are the cookie's: role, practitioner_id, organisation_id, person_id, duty and sub. Signed out, no token.
/// </summary>
internal sealed class DevelopmentHubTokenProvider(IHttpContextAccessor http, IOptions<WebAppOptions> options, TimeProvider clock) : IRehabGraphAccessTokenProvider
{
    private static readonly JsonWebTokenHandler Tokens = new();

    /// <summary>The hub's published development key (Auth:SigningKey's stand-in in Development, see TokenIssuer in Rehab.Graph.Tokens).</summary>
    public const string PublishedDevelopmentKey = "rehab-graph-development-signing-key-not-for-production-use-0001";

    /// <summary>Long enough for one page's request, short enough that a copied token is soon worthless.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(WebUser.From(http.HttpContext?.User) is { } user ? Issue(user, options.Value.Development, _credentials ??= Credentials(options.Value.Development), clock.GetUtcNow()) : null);

    /// <summary>
    /// One key for the provider's life: IdentityModel caches its signature provider by key, so a key made per token
    /// would make a new HMAC (and a cache entry) for every page.
    /// </summary>
    private SigningCredentials? _credentials;

    private static SigningCredentials Credentials(WebAppOptions.DevelopmentOptions options) =>
        new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey ?? PublishedDevelopmentKey)), SecurityAlgorithms.HmacSha256);

    private static string Issue(WebUser user, WebAppOptions.DevelopmentOptions options, SigningCredentials credentials, DateTimeOffset now)
    {
        var claims = user.Claims().Where(c => c.Type != WebUser.NameClaim).ToDictionary(c => c.Type, c => (object)c.Value);
        return Tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            SigningCredentials = credentials,
        });
    }
}

/// <summary>Outside Development: the identity provider's access token, kept in the sign-in cookie (SaveTokens), is the hub's bearer token.</summary>
internal sealed class SignedInAccessTokenProvider(IHttpContextAccessor http) : IRehabGraphAccessTokenProvider
{
    public async ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        http.HttpContext is { } context ? await context.GetTokenAsync(WebAuthentication.Scheme, "access_token") : null;
}
