using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.People;

public static class PeopleServiceCollectionExtensions
{
    /// <summary>An offender manager's caseload and the people on it.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddScoped<PeopleService>();
        return services;
    }
}
