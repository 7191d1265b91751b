using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Mentoring;

public static class MentoringServiceCollectionExtensions
{
    /// <summary>Peer mentors assigned to and released from the people an offender manager supervises.</summary>
    public static IServiceCollection AddMentoring(this IServiceCollection services)
    {
        services.AddScoped<MentoringService>();
        return services;
    }
}
