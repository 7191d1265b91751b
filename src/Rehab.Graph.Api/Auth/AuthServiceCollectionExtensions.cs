using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rehab.Graph.Tokens;

namespace Rehab.Graph.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer tokens for <c>Auth:Audience</c>: the hub's own (HS256 from <c>Auth:Issuer</c> with <c>Auth:SigningKey</c>)
    /// and, when <c>Auth:Authority</c> names an OpenID Connect provider, the provider's (signed with a key it publishes).
    /// Checked at start-up: Development falls back to the published development key, anywhere else a key or an authority
    /// is required, and a key too short for HS256 stops the hub. A token whose claims do not name a caller fails
    /// authentication.
    /// </summary>
    public static IServiceCollection AddRehabAuthentication(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>>(new AuthOptionsValidation(environment));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>((jwt, auth) =>
        {
            var options = auth.Value;
            jwt.MapInboundClaims = false;
            if (options.Authority is { Length: > 0 } authority)
            {
                // The handler adds the provider's issuer and published keys to those below.
                jwt.Authority = authority;
                jwt.RequireHttpsMetadata = new Uri(authority).Scheme == Uri.UriSchemeHttps;
            }

            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = OwnKey(options, environment),
                ValidAlgorithms = string.IsNullOrEmpty(options.Authority) ? [SecurityAlgorithms.HmacSha256] : [SecurityAlgorithms.HmacSha256, .. ProviderAlgorithms],
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                RoleClaimType = TokenIssuer.RoleClaim,
            };
            jwt.Events = new JwtBearerEvents { OnTokenValidated = context => RefuseMalformedClaims(context, options) };
        });
        return services;
    }

    /// <summary>The provider's algorithms: asymmetric only, so no one holding a public key can sign with it as a secret.</summary>
    private static readonly string[] ProviderAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    /// <summary>
    /// The key of the hub's own tokens: the configured one, the published development key in Development, and none when
    /// only an identity provider issues tokens (AuthOptionsValidation allows nothing else).
    /// </summary>
    private static SymmetricSecurityKey? OwnKey(AuthOptions options, IHostEnvironment environment) =>
        options.SigningKey is { Length: > 0 } key ? TokenIssuer.Key(key)
        : environment.IsDevelopment() ? TokenIssuer.Key(TokenIssuer.DevelopmentSigningKey)
        : null;

    /// <summary>
    /// Checked on the token's own payload: a claims principal turns an array into several claims of one type, and a
    /// one-element array into a plain claim, so it can no longer tell what the token said.
    /// </summary>
    private static Task RefuseMalformedClaims(TokenValidatedContext context, AuthOptions options)
    {
        var token = context.SecurityToken as JsonWebToken;
        using var payload = token is null ? null : JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.EncodedPayload));
        if ((payload is null ? "it is not a JSON web token" : MixedIssuer(token!, options) ?? TokenIssuer.Malformed(payload.RootElement)) is { } problem)
        {
            context.Fail(new MalformedTokenException(problem));
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The handler tries every key it knows on every token, so it would take the hub's own key for the provider's issuer
    /// or a provider's key for the hub's: each issuer is held to its own kind of key.
    /// </summary>
    private static string? MixedIssuer(JsonWebToken token, AuthOptions options)
    {
        var own = token.Issuer == options.Issuer;
        var symmetric = token.SigningKey is SymmetricSecurityKey;
        return own == symmetric ? null : $"a token from '{token.Issuer}' is not signed with that issuer's key";
    }

    private sealed class AuthOptionsValidation(IHostEnvironment environment) : IValidateOptions<AuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, AuthOptions options)
        {
            var problems = new[]
            {
                options.SigningKey is { Length: > 0 } key ? TokenIssuer.KeyProblem(key) : null,
                options.AuthorityProblem(),
                string.IsNullOrEmpty(options.SigningKey) && string.IsNullOrEmpty(options.Authority) && !environment.IsDevelopment()
                    ? "Neither Auth:SigningKey nor Auth:Authority is configured; the hub will not start without a key or an identity provider to check tokens with."
                    : null,
            }.OfType<string>().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}

/// <summary>A token with a valid signature whose claims do not describe a caller of this hub; the message says which claim and why.</summary>
public sealed class MalformedTokenException(string problem) : Exception($"The bearer token is not valid: {problem}.");
