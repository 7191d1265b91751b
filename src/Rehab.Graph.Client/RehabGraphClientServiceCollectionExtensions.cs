using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Client;

public static class RehabGraphClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IRehabGraphClient"/> as a typed <see cref="HttpClient"/> for the hub at
    /// <see cref="RehabGraphClientOptions.BaseAddress"/>. A registered <see cref="IRehabGraphAccessTokenProvider"/> supplies
    /// the bearer token; without one the client calls anonymously.
    /// </summary>
    public static IHttpClientBuilder AddRehabGraphClient(this IServiceCollection services, Action<RehabGraphClientOptions> configure)
    {
        services.AddOptions<RehabGraphClientOptions>().Configure(configure);
        return services.AddHttpClient<IRehabGraphClient, RehabGraphClient>();
    }
}
