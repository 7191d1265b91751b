using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Rehab.Graph.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer tokens (HS256) from <c>Auth:Issuer</c>, <c>Auth:Audience</c> and <c>Auth:SigningKey</c>;
    /// Development falls back to the published development key, anywhere else a key is required.
    /// </summary>
    public static IServiceCollection AddRehabAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var key = options.SigningKey
            ?? (environment.IsDevelopment()
                ? AuthOptions.DevelopmentSigningKey
                : throw new InvalidOperationException("Auth:SigningKey is not configured; the hub will not start without a key to check tokens with."));
        services.AddSingleton(options);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = TokenIssuer.Key(key),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                RoleClaimType = TokenIssuer.RoleClaim,
            };
        });
        return services;
    }
}
