using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Rehab.Graph.Features.Certificates;

public static class CertificatesServiceCollectionExtensions
{
    /// <summary>
    /// Certificates of completion: where they are checked (<c>PublicBaseUrl</c>), how they are drawn (the <c>Certificates</c>
    /// section), and their lookup by code; both settings are checked at start-up. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddCertificates(this IServiceCollection services)
    {
        services.AddOptions<CertificateOptions>().BindConfiguration(CertificateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PublicAddressOptions>().BindConfiguration(PublicAddressOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<PublicAddressOptions>>().Value.Links());
        services.TryAddSingleton<CertificateRenderer>();
        services.TryAddSingleton<CertificateService>();
        return services;
    }
}
