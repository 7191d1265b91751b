using Microsoft.Extensions.FileProviders;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Web.Hosting;

namespace Rehab.Graph.Api;

internal static class WebApp
{
    /// <summary>
    /// The GraphiQL IDE's files, beside the project rather than in a web root: only the Development registration below
    /// serves them, so no spelling of a path (<c>//graphiql/</c>, <c>/GRAPHIQL/</c>, <c>/%2Fgraphiql/</c>) reaches them
    /// anywhere else, and a publish leaves them out.
    /// </summary>
    private const string IdeDirectory = "graphiql";

    /// <summary>
    /// The practitioners' web app (Rehab.Graph.Web), calling this hub on the address it listens on. Its development
    /// sign-in signs hub tokens with this hub's own issuer, audience and key (<c>Auth:*</c>) unless <c>WebApp:Development</c>
    /// names others, so a hub given its own key in Development still accepts them.
    /// </summary>
    public static IServiceCollection AddWebApp(this IServiceCollection services, IHostEnvironment environment)
    {
        // Bound before the WebApp section, which AddRehabWebApp binds next, so that a WebApp:Development key overrides
        // the Auth key of the same name. Only SigningKey, Issuer and Audience are common to both.
        services.AddOptions<WebAppOptions>().Configure<IConfiguration>((web, configuration) => configuration.GetSection(AuthOptions.Section).Bind(web.Development));
        return services.AddRehabWebApp(environment, hubIsThisHost: true);
    }

    /// <summary>The web app at <c>/</c>, and in Development the GraphiQL IDE at /graphiql (nothing from a CDN).</summary>
    public static WebApplication MapWebApp(this WebApplication app)
    {
        var ideFiles = Path.Combine(app.Environment.ContentRootPath, IdeDirectory);
        var ideServed = app.Environment.IsDevelopment() && Directory.Exists(ideFiles);
        if (ideServed)
        {
            var ide = new PhysicalFileProvider(ideFiles);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = ide, RequestPath = "/graphiql" });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = ide, RequestPath = "/graphiql" });
        }
        else if (app.Environment.IsDevelopment())
        {
            // A build run from outside its project (or a publish) has no IDE beside it: the hub still serves everything else.
            app.Logger.LogWarning("GraphiQL is not served: its files are not in {Directory}.", ideFiles);
        }

        app.MapRehabWebApp();
        ReadyLine.AnnounceWhenReady(app, ideServed);
        return app;
    }
}
