using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Rehab.Graph.Web.Hosting;

/// <summary>Marks the web app's own endpoints (its pages and sign-in routes), which get <see cref="PageSecurityHeaders"/>.</summary>
public sealed class WebAppEndpoint
{
    public static readonly WebAppEndpoint Marker = new();

    private WebAppEndpoint()
    {
    }
}

/// <summary>
/// The web pages' Content-Security-Policy: every script, style, font and image from this origin only, no inline script
/// or style at all (the layout has none; GOV.UK's template script is a file), no framing, forms posting only here.
/// Only the web app's endpoints carry it: the hub's GraphiQL and certificate pages have their own needs.
/// </summary>
public static partial class PageSecurityHeaders
{
    /// <summary>
    /// The policy; <paramref name="identityProvider"/>, when given, may receive the sign-out form's redirect (browsers
    /// hold a form's redirects to <c>form-action</c> too), and the maps may show images from the tile server of
    /// <paramref name="mapTiles"/> (a Leaflet URL template such as <c>https://{s}.tile.example.org/{z}/{x}/{y}.png</c>).
    /// </summary>
    public static string Policy(Uri? identityProvider, string? mapTiles)
    {
        var forms = identityProvider is null ? "'self'" : $"'self' {identityProvider.GetLeftPart(UriPartial.Authority)}";
        var images = TileSource(mapTiles) is { } tiles ? $"'self' data: {tiles}" : "'self' data:";
        return $"default-src 'self'; script-src 'self'; style-src 'self'; img-src {images}; font-src 'self'; connect-src 'self'; "
            + $"object-src 'none'; base-uri 'none'; form-action {forms}; frame-ancestors 'none'";
    }

    /// <summary>
    /// The CSP source for a tile URL template: its scheme and host, Leaflet's subdomain placeholder <c>{s}</c> as a
    /// wildcard; null when there is no template or its host is not one a policy can name.
    /// </summary>
    public static string? TileSource(string? template)
    {
        if (template is null || TileOrigin().Match(template) is not { Success: true } origin)
        {
            return null;
        }

        var host = origin.Groups["host"].Value.Replace("{s}", "*", StringComparison.Ordinal);
        var nameable = !host.Contains('{') && (!host.Contains('*') || (host.StartsWith("*.", StringComparison.Ordinal) && host.LastIndexOf('*') == 0));
        return nameable ? $"{origin.Groups["scheme"].Value.ToLowerInvariant()}://{host}" : null;
    }

    public static IApplicationBuilder UsePageSecurityHeaders(this IApplicationBuilder app, Lazy<string> policy) => app.Use((context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<WebAppEndpoint>() is not null)
        {
            Apply(context, policy.Value);
        }

        return next(context);
    });

    /// <summary>The headers on one response: a page's, or an error page's (which may answer an address no endpoint has).</summary>
    public static void Apply(HttpContext context, string policy)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
    }

    [GeneratedRegex("^(?<scheme>https?)://(?<host>[^/?#]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TileOrigin();
}
