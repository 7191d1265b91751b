using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Client;

public static class RehabGraphClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IRehabGraphClient"/> as a typed <see cref="HttpClient"/> for the hub at
    /// <see cref="RehabGraphClientOptions.BaseAddress"/>, with the standard resilience handler (timeouts, circuit breaker,
    /// retries of transient failures that cannot repeat a write: see <see cref="RehabGraphClientOptions.SendIdempotencyKeys"/>).
    /// A registered <see cref="IRehabGraphAccessTokenProvider"/> supplies the bearer token; without one the client calls
    /// anonymously. The builder returned can configure the handler further (<c>HttpStandardResilienceOptions</c> named
    /// <c>{builder.Name}-standard</c>).
    /// </summary>
    public static IHttpClientBuilder AddRehabGraphClient(this IServiceCollection services, Action<RehabGraphClientOptions> configure)
    {
        services.AddOptions<RehabGraphClientOptions>().Configure(configure);
        var builder = services.AddHttpClient<IRehabGraphClient, RehabGraphClient>();
        builder.AddStandardResilienceHandler(resilience =>
        {
            resilience.Retry.ShouldHandle = args => RehabGraphRetry.ShouldRetry(args.Outcome, args.Context);
            // The hub waits up to 35 s for its database before answering UNAVAILABLE (Neo4j:RequestTimeout): an attempt
            // outlasts that, so a slow answer is the hub's own rather than a cut-off retried into more load.
            resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(40);
            resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(90);
            resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(90);
        });
        return builder;
    }
}
