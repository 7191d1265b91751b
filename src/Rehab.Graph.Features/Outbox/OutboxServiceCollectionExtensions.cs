using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Features.Certificates;
using Rehab.Graph.Neo4j;
using Rehab.Graph.Neo4j.Outbox;

namespace Rehab.Graph.Features.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The outbox's sending side, with the certificates it attaches (<see cref="CertificatesServiceCollectionExtensions.AddCertificates"/>):
    /// the dispatcher (a hosted service) and <see cref="FileMessageSender"/> as the gateway unless one is registered
    /// already. A real gateway registers its own <see cref="IMessageSender"/>, before or after this call (docs/outbox.md).
    /// The <c>Outbox</c> section is checked at start-up.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddCertificates();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxStore>();
        services.TryAddSingleton<IMessageSender>(sp => new FileMessageSender(
            Directory(sp.GetRequiredService<IOptions<OutboxOptions>>().Value, sp), sp.GetRequiredService<ILogger<FileMessageSender>>()));
        services.AddSingleton<OutboxBacklog>();
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
