using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rehab.Graph.Api.Certificates;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Neo4j;
using Rehab.Graph.Neo4j.Outbox;

namespace Rehab.Graph.Api.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The outbox's sending side and the certificates it attaches: the dispatcher (a hosted service), the
    /// certificate renderer, and <see cref="FileMessageSender"/> as the gateway unless one is registered already.
    /// A real gateway registers its own <see cref="IMessageSender"/>, before or after this call (docs/outbox.md).
    /// </summary>
    public static IServiceCollection AddOutboxAndCertificates(this IServiceCollection services, IConfiguration configuration)
    {
        var outbox = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        if (outbox is not { PollSeconds: > 0, BatchSize: > 0, MaxAttempts: > 0, RetrySeconds: >= 0, LeaseSeconds: > 0, RetentionDays: > 0 })
        {
            throw new InvalidOperationException(
                "Outbox settings out of range: PollSeconds, BatchSize, MaxAttempts, LeaseSeconds and RetentionDays must be positive, RetrySeconds not negative.");
        }

        services.AddSingleton(outbox);
        var certificates = CertificateOptions.From(configuration);
        services.AddSingleton(certificates);
        services.AddSingleton(certificates.Links);
        services.AddSingleton<CertificateRenderer>();
        services.AddSingleton<OutboxStore>();
        services.TryAddSingleton<IMessageSender>(sp => new FileMessageSender(Directory(outbox, sp), sp.GetRequiredService<ILogger<FileMessageSender>>()));
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    /// <summary>The configured directory, or <c>outbox</c> beside the local Neo4j in the hub's cache (<c>.cache/outbox</c> in a checkout).</summary>
    private static string Directory(OutboxOptions options, IServiceProvider services) =>
        options.Directory is { Length: > 0 } configured
            ? Path.GetFullPath(configured, services.GetRequiredService<IHostEnvironment>().ContentRootPath)
            : Path.Combine(services.GetRequiredService<IOptions<Neo4jOptions>>().Value.Local.ResolveCacheDirectory(), "outbox");
}
