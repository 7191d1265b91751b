using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Hosting;

public static class WebAppServiceCollectionExtensions
{
    /// <summary>
    /// The web app's pages, sign-in and hub client, from the <c>WebApp</c> section, checked at start-up. In the hub's own
    /// host (<paramref name="hubIsThisHost"/>) the pages call this host; anywhere else <c>WebApp:HubUrl</c> names the hub.
    /// </summary>
    public static IServiceCollection AddRehabWebApp(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, bool hubIsThisHost = false)
    {
        services.AddOptions<WebAppOptions>().Bind(configuration.GetSection(WebAppOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebAppOptions>>(new WebAppOptionsValidation(environment, hubUrlRequired: !hubIsThisHost));
        services.AddSingleton<HubAddress>();
        services.AddWebAuthentication(environment);
        services.AddRazorPages(pages =>
            {
                pages.Conventions.ConfigureFilter(new RoleGate());
                if (!environment.IsDevelopment())
                {
                    // The development sign-in signs anyone in as anyone: outside Development its routes do not exist.
                    pages.Conventions.AddFolderRouteModelConvention("/Dev", model => model.Selectors.Clear());
                }
            })
            .AddApplicationPart(typeof(WebAppServiceCollectionExtensions).Assembly);
        return services;
    }

    /// <summary>The assets at <c>/assets/</c>, and the pages with their security headers.</summary>
    public static WebApplication MapRehabWebApp(this WebApplication app)
    {
        var policy = new Lazy<string>(() => PageSecurityHeaders.Policy(
            app.Environment.IsDevelopment() ? null : app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.Oidc.Authority is { } authority ? new Uri(authority) : null));
        app.UseWebAssets();
        app.UsePageSecurityHeaders(policy);
        app.MapRazorPages().Add(endpoint => endpoint.Metadata.Add(WebAppEndpoint.Marker));
        return app;
    }
}
