using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Features.OpenReferral;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Tokens;

namespace Rehab.Graph.Api.OpenReferral;

/// <summary>
/// Open Referral UK's read API at <c>/openreferral</c> (docs/openreferral.md): public directory data for any ORUK
/// client. Open to every origin; each answer carries an ETag and must be revalidated, so a client's cache is never
/// staler than its next request; every request counts against its address's allowance, as an anonymous
/// <c>connect</c> does, in an allowance of its own. A filter of the ORUK API this hub does not apply is refused,
/// rather than ignored, so no client takes an unfiltered list for a filtered one.
/// </summary>
internal static class OpenReferralEndpoints
{
    private const string LimiterKey = "openreferral";

    /// <summary>The whole directory as one file, for admins (<see cref="ExportAsync"/>).</summary>
    public const string ExportPath = "/exports/openreferral.json";

    private static readonly string[] Paging = ["page", "per_page"];

    public static IServiceCollection AddOpenReferral(this IServiceCollection services)
    {
        services.AddScoped<OpenReferralDirectory>();
        services.AddSingleton<OpenReferralOrganisations>();
        services.AddKeyedSingleton<AnonymousConnectLimiter>(LimiterKey);
        return services;
    }

    public static IEndpointRouteBuilder MapOpenReferral(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/openreferral").AllowAnonymous();

        // Each path answers GET, and the preflight a browser sends before If-None-Match from another origin; any other
        // path stays a plain 404 whatever the method. A Delegate, so a handler on HttpContext alone is a route handler
        // whose result is written, not a RequestDelegate whose result ASP.NET drops.
        void Get(string pattern, Delegate handler)
        {
            api.MapGet(pattern, handler);
            api.MapMethods(pattern, [HttpMethods.Options], Preflight);
        }

        Get("/", (HttpContext context) => AnswerAsync(context, [], _ => Task.FromResult<object?>(new
        {
            version = "3.0",
            profile = "https://github.com/OpenReferralUK/uk-profile",
            // Where the description's own references point.
            openapi_url = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json",
        })));
        Get("/services", (HttpContext context, OpenReferralDirectory directory) => AnswerAsync(context, [.. Paging, "search", "text", "taxonomy_term_id"], async query =>
            await directory.ServicesAsync(
                new OpenReferralServiceQuery(One(query, "search") ?? One(query, "text"), One(query, "taxonomy_term_id"), PagingOf(query)), context.RequestAborted)));
        Get("/services/{id}", (string id, HttpContext context, OpenReferralDirectory directory) =>
            AnswerAsync(context, [], async _ => await directory.ServiceAsync(id, context.RequestAborted), "No service with this id: it was never listed, or is closed."));
        Get("/service_at_locations", (HttpContext context, OpenReferralDirectory directory) =>
            AnswerAsync(context, [.. Paging, "search", "text", "taxonomy_term_id", "postcode", "proximity"], async query =>
                await directory.ServiceAtLocationsAsync(
                    new OpenReferralServiceQuery(
                        One(query, "search") ?? One(query, "text"), One(query, "taxonomy_term_id"), PagingOf(query), One(query, "postcode"), One(query, "proximity")),
                    context.RequestAborted)));
        Get("/service_at_locations/{id}", (string id, HttpContext context, OpenReferralDirectory directory) =>
            AnswerAsync(context, [], async _ => await directory.ServiceAtLocationAsync(id, context.RequestAborted), "No service at location with this id: it was never listed, or its service is closed."));
        Get("/organizations", (HttpContext context, OpenReferralDirectory directory) => AnswerAsync(context, [.. Paging, "search", "text"], async query =>
            await directory.OrganizationsAsync(One(query, "search") ?? One(query, "text"), PagingOf(query), context.RequestAborted)));
        Get("/organizations/{id}", (string id, HttpContext context, OpenReferralDirectory directory) =>
            AnswerAsync(context, [], async _ => await directory.OrganizationAsync(id, context.RequestAborted), "No organization with this id."));
        Get("/taxonomies", (HttpContext context, OpenReferralDirectory directory) =>
            AnswerAsync(context, Paging, async query => await directory.TaxonomiesAsync(PagingOf(query), context.RequestAborted)));
        Get("/taxonomies/{id}", (string id, HttpContext context, OpenReferralDirectory directory) =>
            AnswerAsync(context, [], async _ => await directory.TaxonomyAsync(id, context.RequestAborted), "No taxonomy with this id."));
        Get("/taxonomy_terms", (HttpContext context, OpenReferralDirectory directory) =>
            AnswerAsync(context, Paging, async query => await directory.TermsAsync(PagingOf(query), context.RequestAborted)));
        Get("/taxonomy_terms/{id}", (string id, HttpContext context, OpenReferralDirectory directory) =>
            AnswerAsync(context, [], async _ => await directory.TermAsync(id, context.RequestAborted), "No taxonomy term with this id."));
        endpoints.MapGet(ExportPath, ExportAsync);
        return endpoints;
    }

    /// <summary>
    /// Every service that is not closed, as the CLI's <c>export --all</c> writes them (the same bytes), streamed as it is
    /// written. Public data, but tens of megabytes nationally, so for admins only (the web app's download), not for
    /// anyone who asks as often as they like.
    /// </summary>
    private static async Task<IResult> ExportAsync(HttpContext context, OpenReferralDirectory directory)
    {
        var caller = TokenIssuer.CallerOf(context.User);
        if (caller.Role != CallerRole.Admin)
        {
            if (caller.Role == CallerRole.Anonymous)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
            }

            return caller.Role == CallerRole.Anonymous
                ? Problem(StatusCodes.Status401Unauthorized, "Send an admin's bearer token to export the directory.", null)
                : Problem(StatusCodes.Status403Forbidden, "Only admins export the whole directory; anyone may page through it at /openreferral/services.", null);
        }

        IEnumerable<OrukService> services;
        try
        {
            services = await directory.WholeDirectoryAsync(context.RequestAborted);
        }
        catch (Neo4jUnavailableException)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "The directory cannot be read just now; try again shortly.", null);
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Stream(
            async body =>
            {
                await JsonSerializer.SerializeAsync(body, services, OpenReferralShapes.Indented, context.RequestAborted);
                await body.WriteAsync("\n"u8.ToArray(), context.RequestAborted);
            },
            "application/json",
            "directory-openreferral.json");
    }

    private static IResult Preflight(HttpContext context)
    {
        OpenToEveryOrigin(context.Response);
        context.Response.Headers.AccessControlAllowMethods = "GET";
        context.Response.Headers.AccessControlAllowHeaders = "If-None-Match";
        context.Response.Headers.AccessControlMaxAge = "86400";
        return Results.NoContent();
    }

    /// <param name="notFound">For a path that names an item by id, what the answer says when there is none.</param>
    private static async Task<IResult> AnswerAsync(HttpContext context, string[] parameters, Func<IQueryCollection, Task<object?>> read, string notFound = "")
    {
        OpenToEveryOrigin(context.Response);
        try
        {
            context.RequestServices.GetRequiredKeyedService<AnonymousConnectLimiter>(LimiterKey).Acquire(context.Connection.RemoteIpAddress);
            if (context.Request.Query.Keys.FirstOrDefault(key => !parameters.Contains(key, StringComparer.Ordinal)) is { } unknown)
            {
                throw new InvalidInputException(unknown, parameters.Length == 0
                    ? $"This path takes no query parameters (got '{Shorten(unknown)}')."
                    : $"'{Shorten(unknown)}' is not a parameter this hub applies here; it takes {string.Join(", ", parameters)}.");
            }

            if (await read(context.Request.Query) is not { } answer)
            {
                return Problem(StatusCodes.Status404NotFound, notFound, null);
            }

            var body = JsonSerializer.SerializeToUtf8Bytes(answer, answer.GetType(), OpenReferralShapes.Compact);
            var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"";
            context.Response.Headers.ETag = tag;
            context.Response.Headers.CacheControl = "no-cache";
            return Matches(context.Request.Headers.IfNoneMatch, tag) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(body, "application/json");
        }
        catch (RateLimitedException e)
        {
            context.Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status429TooManyRequests, $"Too many requests from your address; try again in {e.RetryAfterSeconds} seconds.", null);
        }
        catch (InvalidInputException e)
        {
            return Problem(StatusCodes.Status400BadRequest, e.Message, e.Field);
        }
        catch (Neo4jUnavailableException)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "The directory cannot be read just now; try again shortly.", null);
        }
    }

    private static OpenReferralPaging PagingOf(IQueryCollection query) => OpenReferralPaging.Parse(One(query, "page"), One(query, "per_page"));

    private static string? One(IQueryCollection query, string name) =>
        query[name] is { Count: > 1 } ? throw new InvalidInputException(name, $"Give '{name}' once.") : query[name].FirstOrDefault();

    private static bool Matches(StringValues ifNoneMatch, string tag) =>
        ifNoneMatch.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries)).Any(given => given == tag || given == "*" || given == "W/" + tag);

    private static void OpenToEveryOrigin(HttpResponse response)
    {
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlExposeHeaders = "ETag, Retry-After";
    }

    private static IResult Problem(int status, string message, string? parameter) =>
        Results.Json(new { status, message, parameter }, OpenReferralShapes.Compact, statusCode: status);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
