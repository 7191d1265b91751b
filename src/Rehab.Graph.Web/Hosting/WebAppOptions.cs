using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Rehab.Graph.Web.Hosting;

/// <summary>The <c>WebApp</c> configuration section.</summary>
public sealed record WebAppOptions
{
    public const string Section = "WebApp";

    /// <summary>
    /// The hub the pages call. A standalone host must name it; the hub's own host leaves it unset and the web app calls
    /// the hub on the loopback address it listens on (see <see cref="HubAddress"/>).
    /// </summary>
    public Uri? HubUrl { get; init; }

    public OidcOptions Oidc { get; init; } = new();

    public DevelopmentOptions Development { get; init; } = new();

    public DataProtectionOptions DataProtection { get; init; } = new();

    /// <summary>The identity provider outside Development: the pages sign in with it and call the hub with its access token.</summary>
    public sealed record OidcOptions
    {
        public string? Authority { get; init; }

        public string? ClientId { get; init; }

        /// <summary>Unset for a public client, which PKCE protects.</summary>
        public string? ClientSecret { get; init; }

        /// <summary>Space-separated scopes asked for on top of <c>openid profile</c>, e.g. the hub's API scope.</summary>
        public string? Scope { get; init; }
    }

    /// <summary>The keys that protect the sign-in cookie, the antiforgery tokens and the import page's stored file.</summary>
    public sealed record DataProtectionOptions
    {
        /// <summary>
        /// A directory every instance of the web app shares (a mounted volume), so a cookie one instance issued is read
        /// by the next; unset, each instance keeps its own keys (ASP.NET Core's default), enough for one instance.
        /// </summary>
        public string? KeysDirectory { get; init; }
    }

    public sealed record DevelopmentOptions
    {
        /// <summary>
        /// The key the development sign-in signs hub tokens with; unset, the hub's published development key, which a hub
        /// in Development accepts.
        /// </summary>
        public string? SigningKey { get; init; }

        public string Issuer { get; init; } = "rehab-graph";

        public string Audience { get; init; } = "rehab-graph-api";
    }
}

/// <summary>
/// Checked at start-up, so a misconfigured web app stops with a sentence rather than failing on its first page:
/// a standalone host needs the hub's address, and outside Development the identity provider must be named.
/// </summary>
internal sealed class WebAppOptionsValidation(IHostEnvironment environment, bool hubUrlRequired) : IValidateOptions<WebAppOptions>
{
    public ValidateOptionsResult Validate(string? name, WebAppOptions options)
    {
        var problems = new List<string>();
        if (options.HubUrl is null && hubUrlRequired)
        {
            problems.Add("WebApp:HubUrl is not configured (WebApp__HubUrl in the environment): the web app needs the address of the hub it calls, e.g. http://localhost:5080/.");
        }
        else if (options.HubUrl is { IsAbsoluteUri: false } or { Scheme: not ("http" or "https") })
        {
            problems.Add($"WebApp:HubUrl '{options.HubUrl}' is not an absolute http or https address.");
        }

        if (!environment.IsDevelopment())
        {
            var missing = new[]
            {
                (Key: "Authority", Value: options.Oidc.Authority),
                (Key: "ClientId", Value: options.Oidc.ClientId),
            }.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => $"WebApp:Oidc:{s.Key}").ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} not configured: outside Development the web app signs people in with an OpenID Connect provider (WebApp__Oidc__Authority and WebApp__Oidc__ClientId in the environment, and WebApp__Oidc__ClientSecret for a confidential client).");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
