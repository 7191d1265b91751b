namespace Rehab.Graph.Api.Tests;

/// <summary>
/// A browser without JavaScript that reaches the hub through a TLS-terminating proxy, as in production: the proxy passes
/// each request to the hub's plain-HTTP address with <c>X-Forwarded-Proto: https</c>, and the browser sends the
/// <c>Secure</c> cookies the hub sets (which <see cref="System.Net.CookieContainer"/> would keep back over plain HTTP).
/// Other sites (the identity provider) are reached directly. Cookies are shared across ports, as browsers share them;
/// redirects are left to the test.
/// </summary>
internal sealed class BrowserBehindTls : DelegatingHandler
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
    private readonly Uri _hub;

    private BrowserBehindTls(Uri hub)
        : base(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) => _hub = hub;

    public static HttpClient For(Uri hub) => new(new BrowserBehindTls(hub)) { BaseAddress = new UriBuilder(hub) { Scheme = Uri.UriSchemeHttps }.Uri };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.Authority == _hub.Authority)
        {
            request.RequestUri = new UriBuilder(request.RequestUri) { Scheme = Uri.UriSchemeHttp }.Uri;
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await base.SendAsync(request, cancellationToken);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0];
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var expired = header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || value.Length == 0;
            if (expired)
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = value;
            }
        }

        return response;
    }
}
