using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Hosting;

public static class WebAppServiceCollectionExtensions
{
    /// <summary>
    /// The web app's pages, sign-in and hub client, from the <c>WebApp</c> section, checked at start-up. In the hub's own
    /// host (<paramref name="hubIsThisHost"/>) the pages call this host; anywhere else <c>WebApp:HubUrl</c> names the hub.
    /// </summary>
    public static IServiceCollection AddRehabWebApp(this IServiceCollection services, IHostEnvironment environment, bool hubIsThisHost = false)
    {
        services.AddOptions<WebAppOptions>().BindConfiguration(WebAppOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebAppOptions>>(new WebAppOptionsValidation(environment, hubUrlRequired: !hubIsThisHost));
        services.AddSingleton<HubAddress>();
        services.AddOptions<Maps.MapOptions>().BindConfiguration(Maps.MapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddWebAuthentication(environment);
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        if (environment.IsDevelopment())
        {
            services.AddSingleton<IRehabGraphAccessTokenProvider, DevelopmentHubTokenProvider>();
        }
        else
        {
            services.AddSingleton<IRehabGraphAccessTokenProvider, SignedInAccessTokenProvider>();
        }

        // The options are read when the first page asks for a client, after the host has started: in the hub that is
        // when its listening address is known.
        services.AddRehabGraphClient(_ => { });
        services.AddOptions<RehabGraphClientOptions>().Configure<HubAddress>((client, hub) => client.BaseAddress = hub.Value);
        services.AddRazorPages(pages =>
            {
                pages.Conventions.ConfigureFilter(new RoleGate());
                pages.Conventions.ConfigureFilter(new HubErrors());
                pages.Conventions.ConfigureFilter(new FormOutOfDateFilter());
                if (!environment.IsDevelopment())
                {
                    // The development sign-in signs anyone in as anyone: outside Development its routes do not exist.
                    pages.Conventions.AddFolderRouteModelConvention("/Dev", model => model.Selectors.Clear());
                }
            })
            .AddApplicationPart(typeof(WebAppServiceCollectionExtensions).Assembly);
        return services;
    }

    /// <summary>
    /// The assets at <c>/assets/</c>, the pages with their security headers, and GOV.UK error pages for the pages and
    /// for addresses nothing answers (not the host's own endpoints: see <see cref="ErrorPages"/>).
    /// </summary>
    public static WebApplication MapRehabWebApp(this WebApplication app)
    {
        var policy = new Lazy<string>(() => PageSecurityHeaders.Policy(
            app.Environment.IsDevelopment() ? null : app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.Oidc.Authority is { } authority ? new Uri(authority) : null,
            app.Services.GetRequiredService<IOptions<Maps.MapOptions>>().Value.TileUrl));
        app.UseErrorPages(policy);
        app.UseWebAssets();
        app.UsePageSecurityHeaders(policy);
        app.MapRazorPages().Add(endpoint => endpoint.Metadata.Add(WebAppEndpoint.Marker));
        return app;
    }
}
