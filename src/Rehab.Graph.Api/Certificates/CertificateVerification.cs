using System.Net;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Notifications;
using Rehab.Graph.Features.Certificates;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Certificates;

/// <summary>
/// The public check of a certificate: <c>GET /verify/{code}</c> says whether it is genuine (HTML, or JSON when
/// asked for), <c>GET /verify/{code}.pdf</c> gives the certificate itself again. Anyone holding the code may
/// see what the certificate shows, and nothing more about the person.
/// </summary>
internal static class CertificateVerification
{
    private const string NotFoundText = "No certificate with this code";

    public static IEndpointRouteBuilder MapCertificateVerification(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/verify/{code}", (string code, HttpContext context, CertificateService certificates) =>
            CheckAsync(code, context, certificates, certificate => Genuine(certificate, context.Request))).AllowAnonymous();
        endpoints.MapGet("/verify/{code}.pdf", (string code, HttpContext context, CertificateService certificates) =>
            CheckAsync(code, context, certificates, certificate => Results.File(certificates.Render(certificate), "application/pdf", $"certificate-{certificate.Code}.pdf")))
            .AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(string code, HttpContext context, CertificateService certificates, Func<CompletionCertificate, IResult> genuine)
    {
        // A name on a public page: not for search engines or shared caches.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        try
        {
            return await certificates.FindAsync(code, context.RequestAborted) is { } found ? genuine(found) : NotFound(context.Request);
        }
        catch (Neo4jUnavailableException)
        {
            return Problem(context.Request, HttpStatusCode.ServiceUnavailable, "Certificates cannot be checked just now; try again shortly");
        }
    }

    private static IResult Genuine(CompletionCertificate certificate, HttpRequest request)
    {
        if (WantsJson(request))
        {
            return Results.Json(new
            {
                genuine = true,
                code = certificate.Code,
                personDisplayName = certificate.PersonDisplayName,
                hours = certificate.Hours,
                placementTitle = certificate.PlacementTitle,
                organisationName = certificate.OrganisationName,
                completedAt = certificate.CompletedAt.UtcDateTime,
                completedOn = CertificateWording.Date(certificate.CompletedAt),
            });
        }

        return Page(HttpStatusCode.OK, "This certificate is genuine", $$"""
            <p class="verdict">This certificate is genuine.</p>
            <p><strong>{{Html(certificate.PersonDisplayName)}}</strong> {{Html(CertificateWording.Completed(certificate))}}.</p>
            <dl>
              <dt>Hours</dt><dd>{{Html(Notice.Hours(certificate.Hours))}}</dd>
              <dt>Placement</dt><dd>{{Html(certificate.PlacementTitle)}}</dd>
              <dt>Organisation</dt><dd>{{Html(certificate.OrganisationName)}}</dd>
              <dt>Completed on</dt><dd>{{Html(CertificateWording.Date(certificate.CompletedAt))}}</dd>
              <dt>Code</dt><dd><code>{{Html(certificate.Code)}}</code></dd>
            </dl>
            """);
    }

    private static IResult NotFound(HttpRequest request) => Problem(request, HttpStatusCode.NotFound, NotFoundText);

    private static IResult Problem(HttpRequest request, HttpStatusCode status, string message) =>
        WantsJson(request)
            ? Results.Json(new { genuine = false, error = message }, statusCode: (int)status)
            : Page(status, message, $$"""
                <p class="verdict">{{Html(message)}}.</p>
                """);

    private static bool WantsJson(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));

    private static IResult Page(HttpStatusCode status, string title, string body) => Results.Content($$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <meta name="robots" content="noindex">
          <title>{{Html(title)}} · {{CertificateWording.Title}}</title>
          <style>
            body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; color: #1f3a4d; line-height: 1.5; }
            .verdict { font-size: 1.4rem; font-weight: 600; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
            dt { color: #5a6770; }
            dd { margin: 0; }
          </style>
        </head>
        <body>
          <h1>{{CertificateWording.Title}}</h1>
        {{body}}
        </body>
        </html>
        """, "text/html; charset=utf-8", statusCode: (int)status);

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
