using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rehab.Graph.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer tokens (HS256) from <c>Auth:Issuer</c>, <c>Auth:Audience</c> and <c>Auth:SigningKey</c>, checked at
    /// start-up: Development falls back to the published development key, anywhere else a key is required, and a key
    /// too short for HS256 stops the hub. A token whose claims do not name a caller fails authentication.
    /// </summary>
    public static IServiceCollection AddRehabAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>>(new AuthOptionsValidation(environment));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>((jwt, auth) =>
        {
            var options = auth.Value;
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                // No key is valid only in Development (AuthOptionsValidation), where the published one stands in.
                IssuerSigningKey = TokenIssuer.Key(options.SigningKey ?? AuthOptions.DevelopmentSigningKey),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                RoleClaimType = TokenIssuer.RoleClaim,
            };
            jwt.Events = new JwtBearerEvents { OnTokenValidated = RefuseMalformedClaims };
        });
        return services;
    }

    /// <summary>
    /// Checked on the token's own payload: a claims principal turns an array into several claims of one type, and a
    /// one-element array into a plain claim, so it can no longer tell what the token said.
    /// </summary>
    private static Task RefuseMalformedClaims(TokenValidatedContext context)
    {
        using var payload = context.SecurityToken is JsonWebToken token
            ? JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.EncodedPayload))
            : null;
        if ((payload is null ? "it is not a JSON web token" : TokenIssuer.Malformed(payload.RootElement)) is { } problem)
        {
            context.Fail(new MalformedTokenException(problem));
        }

        return Task.CompletedTask;
    }

    private sealed class AuthOptionsValidation(IHostEnvironment environment) : IValidateOptions<AuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, AuthOptions options) => options.SigningKey switch
        {
            null when environment.IsDevelopment() => ValidateOptionsResult.Success,
            null => ValidateOptionsResult.Fail("Auth:SigningKey is not configured; the hub will not start without a key to check tokens with."),
            var key => AuthOptions.KeyProblem(key) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success,
        };
    }
}

/// <summary>A token with a valid signature whose claims do not describe a caller of this hub; the message says which claim and why.</summary>
public sealed class MalformedTokenException(string problem) : Exception($"The bearer token is not valid: {problem}.");
