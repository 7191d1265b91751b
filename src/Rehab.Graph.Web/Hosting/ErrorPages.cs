using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Hosting;

/// <summary>What an error page says: its status, title, paragraphs, a reference to quote and a way on.</summary>
public sealed record ErrorPage(int StatusCode, string Title, IReadOnlyList<string> Paragraphs, string LinkText, string LinkHref, string? Reference = null)
{
    public static ErrorPage NotFound { get; } = new(
        StatusCodes.Status404NotFound,
        "Page not found",
        ["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address."],
        "Go to the home page",
        "/");

    /// <summary>An unhandled exception: nothing of it on the page, only the trace id it was logged with.</summary>
    public static ErrorPage Problem(string reference) => new(
        StatusCodes.Status500InternalServerError,
        "Sorry, there is a problem with the service",
        ["Try again later.", "We have not saved what you were doing when this happened."],
        "Go to the home page",
        "/",
        reference);

    /// <summary>A form posted with a missing or stale antiforgery token: usually an old tab, or a sign-in since.</summary>
    public static ErrorPage FormOutOfDate(string formHref) => new(
        StatusCodes.Status400BadRequest,
        "Your session has timed out or the form was out of date",
        ["We have not saved what you entered.", "Go back to the form and try again."],
        "Go back to the form",
        formHref);
}

/// <summary>
/// GOV.UK error pages in the layout for the web app's own addresses: "Page not found" for an address nothing answers
/// (or a page's empty 404), "Sorry, there is a problem with the service" for an unhandled exception (logged with its
/// trace id, which the page shows as the reference), and the antiforgery failure's page (<see cref="FormOutOfDateFilter"/>).
/// The host's own endpoints keep their answers: anything another endpoint answers (GraphQL's JSON, health, certificate
/// checks), and under the paths in <see cref="IsHostPath"/> even where nothing answers, so a missing asset or GraphiQL
/// file stays a plain 404.
/// </summary>
public static class ErrorPages
{
    public const string View = "/Pages/Shared/Error.cshtml";

    /// <summary>First path segments that belong to the host (the hub's API, IDE, probes and feeds) or to the assets.</summary>
    private static readonly HashSet<string> HostSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "graphql", "graphiql", "metrics", "openreferral", "readyz", "livez", WebAssets.RequestPath.TrimStart('/'),
    };

    /// <summary>An endpoint for an address nothing answered, so the layout's links are made as on any page.</summary>
    private static readonly Endpoint Unmatched = new(null, new EndpointMetadataCollection(WebAppEndpoint.Marker), "Rehab.Graph.Web error page");

    /// <summary>
    /// Whether <paramref name="path"/> is the host's, however spelled (<c>//graphiql/</c>, <c>/%2Fgraphql</c>,
    /// <c>/GRAPHIQL</c>): its first segment, after decoding and with leading slashes dropped, is one of the host's,
    /// or starts with <c>health</c>.
    /// </summary>
    public static bool IsHostPath(PathString path)
    {
        var decoded = Uri.UnescapeDataString(path.Value ?? "").Replace('\\', '/').TrimStart('/');
        var first = decoded.Split('/', 2)[0];
        return first.StartsWith("health", StringComparison.OrdinalIgnoreCase) || HostSegments.Contains(first);
    }

    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app, Lazy<string> policy)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorPages).FullName!);
        return app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            var ours = endpoint is null ? !IsHostPath(context.Request.Path) : endpoint.Metadata.GetMetadata<WebAppEndpoint>() is not null;
            if (!ours)
            {
                await next(context);
                return;
            }

            try
            {
                await next(context);
            }
            catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                var reference = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
                logger.LogError(exception, "Unhandled exception on {Method} {Path}: the error page gave the reference {Reference}", context.Request.Method, context.Request.Path, reference);
                context.Response.Clear();
                await RenderAsync(context, ErrorPage.Problem(reference), policy.Value);
                return;
            }

            var response = context.Response;
            if (response.StatusCode == StatusCodes.Status404NotFound && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                await RenderAsync(context, ErrorPage.NotFound, policy.Value);
            }
        });
    }

    private static async Task RenderAsync(HttpContext context, ErrorPage page, string policy)
    {
        context.Response.StatusCode = page.StatusCode;
        PageSecurityHeaders.Apply(context, policy);
        context.Response.Headers.CacheControl = "no-store";
        if (context.GetEndpoint() is null)
        {
            context.SetEndpoint(Unmatched);
        }

        // As RoleGate does for a page, so the layout shows who is signed in (an address no page has never met RoleGate).
        var signedIn = await context.AuthenticateAsync(WebAuthentication.Scheme);
        context.User = signedIn.Succeeded ? signedIn.Principal : new ClaimsPrincipal(new ClaimsIdentity());
        await Result(page, new ModelStateDictionary()).ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    internal static ViewResult Result(ErrorPage page, ModelStateDictionary modelState) => new()
    {
        ViewName = View,
        StatusCode = page.StatusCode,
        ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), modelState) { Model = page },
    };
}

/// <summary>
/// Razor Pages' antiforgery check answers an empty 400; this makes it the GOV.UK page that says the form was out of date,
/// still a 400, with a link back to the form (its own address: every form here posts to the page that shows it).
/// </summary>
internal sealed class FormOutOfDateFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var request = context.HttpContext.Request;
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            context.Result = ErrorPages.Result(ErrorPage.FormOutOfDate($"{request.PathBase}{request.Path}{request.QueryString}"), context.ModelState);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
