using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Rehab.Graph.Web.Hosting;

/// <summary>
/// Where the pages send their GraphQL requests: <c>WebApp:HubUrl</c> when configured, else, in the hub's own host, the
/// address it listens on, read once it has started (so <c>ASPNETCORE_URLS</c>, a launch profile or port 0 all work and
/// nothing is configured twice). A wildcard listen address is called on loopback: the request never leaves the machine.
/// </summary>
public sealed class HubAddress(IOptions<WebAppOptions> options, IServer server)
{
    private Uri? _listening;

    public Uri Value => options.Value.HubUrl ?? (_listening ??= Listening(server));

    /// <summary>
    /// A page of the hub for a browser to open (e.g. <c>verify/{code}</c>): on this host when the hub is this host, else
    /// at <c>WebApp:HubUrl</c>, which must then be an address browsers can reach too.
    /// </summary>
    public string ForBrowser(string relativePath) =>
        options.Value.HubUrl is { } hub ? new Uri(hub.AbsoluteUri.TrimEnd('/') + "/" + relativePath).AbsoluteUri : "/" + relativePath;

    private static Uri Listening(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Plain HTTP first: a loopback call needs no certificate, and a development certificate may not be trusted.
        var address = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault()
            ?? throw new InvalidOperationException("The hub is not listening on any address yet, so the web app cannot call it; set WebApp:HubUrl.");
        return Loopback(address);
    }

    /// <summary>A listen address as one this process can call: a wildcard host (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>) as 127.0.0.1.</summary>
    public static Uri Loopback(string address)
    {
        var uri = new Uri(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        return uri.Host is "0.0.0.0" or "[::]" ? new UriBuilder(uri) { Host = "127.0.0.1" }.Uri : uri;
    }
}
