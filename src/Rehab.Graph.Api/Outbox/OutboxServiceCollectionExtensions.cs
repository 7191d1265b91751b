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
    /// The <c>Outbox</c> and <c>Certificates</c> sections and <c>PublicBaseUrl</c> are checked at start-up.
    /// </summary>
    public static IServiceCollection AddOutboxAndCertificates(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CertificateOptions>().BindConfiguration(CertificateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PublicAddressOptions>().BindConfiguration(PublicAddressOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PublicAddressOptions>>().Value.Links());
        services.AddSingleton<CertificateRenderer>();
        services.AddSingleton<OutboxStore>();
        services.TryAddSingleton<IMessageSender>(sp => new FileMessageSender(
            Directory(sp.GetRequiredService<IOptions<OutboxOptions>>().Value, sp), sp.GetRequiredService<ILogger<FileMessageSender>>()));
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
