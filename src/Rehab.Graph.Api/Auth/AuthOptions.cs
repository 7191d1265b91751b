using System.Text;

namespace Rehab.Graph.Api.Auth;

/// <summary>
/// The <c>Auth</c> configuration section: who issues the hub's bearer tokens. The hub's own tokens (the CLI's, the
/// development sign-in's) are HS256 with <see cref="SigningKey"/>; an identity provider's (<see cref="Authority"/>)
/// are checked against the keys it publishes.
/// </summary>
public sealed record AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The HS256 key of Development only, published so anyone can make a development token
    /// (<c>dotnet run --project src/Rehab.Graph.Cli -- token ...</c>). Never valid outside Development.
    /// </summary>
    public const string DevelopmentSigningKey = "rehab-graph-development-signing-key-not-for-production-use-0001";

    /// <summary>
    /// An HS256 key must be at least as long as the hash, 256 bits (RFC 7518, section 3.2). IdentityModel refuses a
    /// shorter one only when it checks a signature, so a hub started with one would refuse every token.
    /// </summary>
    public const int MinimumKeyBytes = 32;

    public string Issuer { get; init; } = "rehab-graph";

    public string Audience { get; init; } = "rehab-graph-api";

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

    /// <summary>Why <paramref name="key"/> cannot sign or check the hub's tokens, or null when it can.</summary>
    public static string? KeyProblem(string key) =>
        Encoding.UTF8.GetByteCount(key) is var bytes && bytes < MinimumKeyBytes
            ? $"The signing key (Auth:SigningKey; Auth__SigningKey in the environment) is {bytes} bytes long; HS256 needs at least {MinimumKeyBytes} bytes (256 bits)."
            : null;
}
