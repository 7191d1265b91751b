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
    /// value stops the hub instead of switching a limit off; and the anonymous connect limiter.
    /// </summary>
    /// <remarks>Behind a proxy, the forwarded-headers middleware must set the client's address, or every caller shares the proxy's allowance.</remarks>
    public static IServiceCollection AddRehabLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<AnonymousConnectLimiter>();
        // Kestrel's own request-line limit (8 KiB) would answer a long GET with a bare 414 before the hub can say why.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitOptions>>((kestrel, limits) =>
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, limits.Value.MaxRequestBytes * RequestLineTimesQueryLimit));
        return services;
    }
}
