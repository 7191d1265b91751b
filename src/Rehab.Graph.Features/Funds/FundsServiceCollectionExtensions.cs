using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Funds;

public static class FundsServiceCollectionExtensions
{
    /// <summary>Personal funds: allocations, spends tied to goals, and refunds, each entry under the fund's lock.</summary>
    public static IServiceCollection AddFunds(this IServiceCollection services)
    {
        services.AddScoped<FundService>();
        return services;
    }
}
