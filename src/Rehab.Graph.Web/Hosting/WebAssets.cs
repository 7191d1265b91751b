using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Rehab.Graph.Web.Hosting;

/// <summary>
/// GOV.UK Frontend, MOJ Frontend, Leaflet and our own files, embedded in this assembly by its build and served at
/// <c>/assets/</c> (where GOV.UK's CSS looks for its fonts and images), so the hub, the standalone host, the tests
/// and a publish all serve the same bytes and nothing is fetched from elsewhere.
/// </summary>
public static class WebAssets
{
    public const string RequestPath = "/assets";

    /// <summary>
    /// Changes with every build of this assembly: the pages ask for <c>?v=</c> this, so a browser may keep what it has for
    /// a year and still fetches the new files after an upgrade.
    /// </summary>
    public static string Version { get; } = typeof(WebAssets).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    private static readonly TimeSpan Immutable = TimeSpan.FromDays(365);

    /// <summary>What a request without the current version (a font or image from the CSS, an old page) may be kept for.</summary>
    private static readonly TimeSpan Unversioned = TimeSpan.FromHours(1);

    public static IFileProvider Files { get; } = new ManifestEmbeddedFileProvider(typeof(WebAssets).Assembly, "assets");

    /// <summary>The address of an asset for a page: <c>/assets/{path}?v={version}</c>.</summary>
    public static string Url(string path) => $"{RequestPath}/{path}?v={Version}";

    public static IApplicationBuilder UseWebAssets(this IApplicationBuilder app)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".map"] = "application/json";
        types.Mappings[".mjs"] = "text/javascript";
        types.Mappings[".geojson"] = "application/geo+json";
        return app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = RequestPath,
            FileProvider = Files,
            ContentTypeProvider = types,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.GetTypedHeaders();
                var versioned = context.Context.Request.Query["v"] == Version;
                headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = versioned ? Immutable : Unversioned };
                if (versioned)
                {
                    context.Context.Response.Headers.CacheControl += ", immutable";
                }

                context.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        });
    }
}
