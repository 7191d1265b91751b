using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Rehab.Graph.Api.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>
    /// How much longer than the largest query string allowed a request line may be before Kestrel refuses it bare:
    /// percent-encoding can triple a query, and the hub should be the one to say it is too long, with a code.
    /// </summary>
    private const int RequestLineTimesQueryLimit = 4;

    /// <summary>
    /// The <c>Limits</c> section (defaults in <see cref="LimitOptions"/>), checked at start-up so a bad
    /// value stops the hub instead of switching a limit off; the anonymous connect limiter; and the proxies
    /// (<see cref="ProxyOptions"/>) whose forwarded client address it counts instead of the proxy's own.
    /// </summary>
    public static IServiceCollection AddRehabLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Post-configured so that these proxies win over ASP.NET's defaults (loopback) and over
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED, which would believe the headers from anyone.
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHttpContextAccessor();
        services.AddSingleton<AnonymousConnectLimiter>();
        // Kestrel's own request-line limit (8 KiB) would answer a long GET with a bare 414 before the hub can say why.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitOptions>>((kestrel, limits) =>
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, limits.Value.MaxRequestBytes * RequestLineTimesQueryLimit));
        return services;
    }

    /// <summary>
    /// Takes the client's address and scheme from the forwarded headers of a configured proxy (none by default).
    /// First in the pipeline, so that the rate limit, sign-in and everything after see the client, not the proxy.
    /// </summary>
    public static IApplicationBuilder UseForwardedClients(this IApplicationBuilder app) => app.UseForwardedHeaders();
}
