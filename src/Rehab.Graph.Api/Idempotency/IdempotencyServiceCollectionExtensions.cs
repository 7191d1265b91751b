using Rehab.Graph.Neo4j.Idempotency;

namespace Rehab.Graph.Api.Idempotency;

public static class IdempotencyServiceCollectionExtensions
{
    /// <summary>
    /// The <c>Idempotency</c> section (defaults in <see cref="IdempotencyOptions"/>, checked at start-up), the key store
    /// and the pruner that deletes expired keys (a hosted service).
    /// </summary>
    public static IServiceCollection AddIdempotencyKeys(this IServiceCollection services)
    {
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<IdempotencyKeyPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencyKeyPruner>());
        return services;
    }

    /// <summary>Honours <c>Idempotency-Key</c> on the mutations an endpoint runs (<see cref="IdempotencyFilter"/>).</summary>
    public static TBuilder WithIdempotencyKeys<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, IdempotencyFilter>();
}
