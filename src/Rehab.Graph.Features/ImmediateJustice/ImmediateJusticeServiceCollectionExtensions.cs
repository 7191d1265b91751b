using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Features.Referrals;

namespace Rehab.Graph.Features.ImmediateJustice;

public static class ImmediateJusticeServiceCollectionExtensions
{
    /// <summary>The Immediate Justice route, on top of referrals: it books through them and follows their outcomes.</summary>
    public static IServiceCollection AddImmediateJustice(this IServiceCollection services)
    {
        services.AddScoped<ImmediateJusticeService>();
        services.AddSingleton<IReferralOutcomeHandler, CaseOutcomes>();
        return services;
    }
}
