namespace Rehab.Graph.Api.Auth;

/// <summary>The <c>Auth</c> configuration section: who issues the hub's bearer tokens and the key that signs them.</summary>
public sealed record AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The HS256 key of Development only, published so anyone can make a development token
    /// (<c>dotnet run --project src/Rehab.Graph.Cli -- token ...</c>). Never valid outside Development.
    /// </summary>
    public const string DevelopmentSigningKey = "rehab-graph-development-signing-key-not-for-production-use-0001";

    public string Issuer { get; init; } = "rehab-graph";

    public string Audience { get; init; } = "rehab-graph-api";

    public string? SigningKey { get; init; }
}
