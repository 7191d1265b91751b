using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Rehab.Graph.Web.Hosting;

namespace Rehab.Graph.Web.Auth;

/// <summary>
/// The web app's own sign-in: a cookie scheme, <c>RehabWeb</c>, that never becomes the host's default, so the hub's
/// <c>/graphql</c> goes on reading bearer tokens only and a browser's cookie is never a way in to the API. Outside
/// Development an OpenID Connect provider signs people in and its access token is what the pages send the hub.
/// </summary>
public static class WebAuthentication
{
    public const string Scheme = "RehabWeb";

    public const string OidcScheme = "RehabWebOidc";

    public const string SignInPath = "/sign-in";

    public const string SignInProblemPath = "/sign-in/problem";

    public static IServiceCollection AddWebAuthentication(this IServiceCollection services, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        var secure = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        var authentication = services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "rehab-web";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secure;
            cookie.LoginPath = SignInPath;
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        AddSharedKeys(services);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "rehab-web-antiforgery";
            antiforgery.Cookie.SecurePolicy = secure;
        });

        if (!development)
        {
            authentication.AddOpenIdConnect(OidcScheme, _ => { });
            services.AddOptions<OpenIdConnectOptions>(OidcScheme).Configure<IOptions<WebAppOptions>>((oidc, web) => Configure(oidc, web.Value.Oidc));
        }

        return services;
    }

    /// <summary>
    /// One application name for every instance, whatever its content root, so instances sharing
    /// <c>WebApp:DataProtection:KeysDirectory</c> read each other's cookies.
    /// </summary>
    private static void AddSharedKeys(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Rehab.Graph.Web");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<WebAppOptions>, ILoggerFactory>((keys, web, logs) =>
        {
            if (web.Value.DataProtection.KeysDirectory is { Length: > 0 } directory)
            {
                keys.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(directory), logs);
            }
        });
    }

    private static void Configure(OpenIdConnectOptions oidc, WebAppOptions.OidcOptions options)
    {
        oidc.SignInScheme = Scheme;
        oidc.SignOutScheme = Scheme;
        oidc.Authority = options.Authority;
        // Plain HTTP only to a provider on this machine (a local test provider), which nothing on the network can see.
        oidc.RequireHttpsMetadata = !(Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) && authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback);
        oidc.ClientId = options.ClientId;
        oidc.ClientSecret = options.ClientSecret;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        // The access token is the hub's bearer token (SignedInAccessTokenProvider); it stays in the encrypted cookie.
        oidc.SaveTokens = true;
        oidc.GetClaimsFromUserInfoEndpoint = true;
        // The hub's claim names (role, practitioner_id, organisation_id, person_id, duty) as the provider sends them, not renamed to .NET's.
        oidc.MapInboundClaims = false;
        oidc.TokenValidationParameters.NameClaimType = WebUser.NameClaim;
        oidc.TokenValidationParameters.RoleClaimType = WebUser.RoleClaim;
        oidc.ClaimActions.MapUniqueJsonKey(WebUser.RoleClaim, WebUser.RoleClaim);
        oidc.ClaimActions.MapUniqueJsonKey(WebUser.PractitionerClaim, WebUser.PractitionerClaim);
        oidc.ClaimActions.MapUniqueJsonKey(WebUser.OrganisationClaim, WebUser.OrganisationClaim);
        oidc.ClaimActions.MapUniqueJsonKey(WebUser.PersonClaim, WebUser.PersonClaim);
        oidc.ClaimActions.MapUniqueJsonKey(WebUser.DutyClaim, WebUser.DutyClaim);
        oidc.Events.OnRemoteFailure = ShowSignInProblem;
        foreach (var scope in (options.Scope ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            oidc.Scope.Add(scope);
        }
    }

    /// <summary>
    /// A provider's refusal or a failed code exchange (a user who declined, a stale or replayed callback) is a page that
    /// offers to try again, not an unhandled exception; the reason goes to the log only.
    /// </summary>
    private static Task ShowSignInProblem(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebAuthentication))
            .LogWarning(context.Failure, "Sign-in with the identity provider failed.");
        context.Response.Redirect(SignInProblemPath);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>A return address that stays on this site: anything else (absolute, protocol-relative, backslashed) is the home page.</summary>
    public static string LocalReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains('\\') ? url : "/";
}
