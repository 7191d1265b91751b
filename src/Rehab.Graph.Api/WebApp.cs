namespace Rehab.Graph.Api;

internal static class WebApp
{
    /// <summary>The landing page and the GraphiQL IDE, served from wwwroot (nothing from a CDN); the IDE only in Development.</summary>
    public static WebApplication MapWebApp(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.Use((context, next) => context.Request.Path.StartsWithSegments("/graphiql")
                ? Task.FromResult(context.Response.StatusCode = StatusCodes.Status404NotFound)
                : next(context));
        }

        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
