using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit trail's search.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditService>();
        return services;
    }
}
