namespace Rehab.Graph.Api.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>
    /// The <c>Limits</c> section (defaults in <see cref="LimitOptions"/>), checked at start-up so a bad
    /// value stops the hub instead of switching a limit off; and the anonymous connect limiter.
    /// </summary>
    /// <remarks>Behind a proxy, the forwarded-headers middleware must set the client's address, or every caller shares the proxy's allowance.</remarks>
    public static IServiceCollection AddRehabLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitOptions>().Bind(configuration.GetSection(LimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<AnonymousConnectLimiter>();
        return services;
    }
}
