using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Referrals;

public static class ReferralsServiceCollectionExtensions
{
    /// <summary>Referrals, with the <c>Referrals</c> settings; features that build on them add an <see cref="IReferralOutcomeHandler"/>.</summary>
    public static IServiceCollection AddReferrals(this IServiceCollection services)
    {
        services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReferralService>();
        return services;
    }
}
