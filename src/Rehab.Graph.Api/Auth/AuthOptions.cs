using Rehab.Graph.Tokens;

namespace Rehab.Graph.Api.Auth;

/// <summary>
/// The <c>Auth</c> configuration section: who issues the hub's bearer tokens. The hub's own tokens (the CLI's, the
/// development sign-in's) are HS256 with <see cref="SigningKey"/>; an identity provider's (<see cref="Authority"/>)
/// are checked against the keys it publishes.
/// </summary>
public sealed record AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; init; } = TokenIssuer.DefaultIssuer;

    public string Audience { get; init; } = TokenIssuer.DefaultAudience;

    public string? SigningKey { get; init; }

    /// <summary>
    /// An OpenID Connect provider whose access tokens the hub accepts (for the audience <see cref="Audience"/>), with the
    /// signing keys and issuer its discovery document names; e.g. the provider the web app signs people in with.
    /// </summary>
    public string? Authority { get; init; }

    /// <summary>
    /// Why <see cref="Authority"/> cannot be used, or null when it can (or is unset). Its keys decide who may call the
    /// hub, so plain HTTP is allowed only to a provider on this machine (a local test provider).
    /// </summary>
    public string? AuthorityProblem()
    {
        if (string.IsNullOrEmpty(Authority))
        {
            return null;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            return $"Auth:Authority '{Authority}' is not an absolute https address.";
        }

        return authority.Scheme == Uri.UriSchemeHttp && !authority.IsLoopback
            ? $"Auth:Authority '{Authority}' must use https: its signing keys decide who may call the hub."
            : null;
    }
}
