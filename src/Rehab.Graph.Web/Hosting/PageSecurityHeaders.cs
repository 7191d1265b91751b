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
public static class PageSecurityHeaders
{
    /// <summary>
    /// The policy; <paramref name="identityProvider"/>, when given, may receive the sign-out form's redirect (browsers
    /// hold a form's redirects to <c>form-action</c> too).
    /// </summary>
    public static string Policy(Uri? identityProvider)
    {
        var forms = identityProvider is null ? "'self'" : $"'self' {identityProvider.GetLeftPart(UriPartial.Authority)}";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + $"object-src 'none'; base-uri 'none'; form-action {forms}; frame-ancestors 'none'";
    }

    public static IApplicationBuilder UsePageSecurityHeaders(this IApplicationBuilder app, Lazy<string> policy) => app.Use((context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<WebAppEndpoint>() is not null)
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy.Value;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
        }

        return next(context);
    });
}
