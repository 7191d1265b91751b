using GraphQL.Validation.Complexity;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Features.Connector;

namespace Rehab.Graph.Api.Connector;

/// <summary>
/// What a connect costs in the complexity limit, which cannot see into its input unaided: the
/// searches it runs grow with its page size and radius, and each section of its answer holds up to
/// <c>first</c> matches.
/// </summary>
internal static class ConnectComplexity
{
    /// <summary>Services, online support, placements, mentors and projects: all five are searched and ranked, whatever is selected.</summary>
    public const double SectionsSearched = 5;

    /// <summary>
    /// A connect reads and ranks every candidate within its radius (up to 1,000 a section), so a wider one costs more:
    /// 1,250 at the default 10 km, 25,000 at the 200 km limit, half the complexity allowance, so that one connect of
    /// the largest size with everything selected fits an operation and two do not.
    /// </summary>
    public const double ImpactPerKm = 125;

    /// <summary>A match's reasons, at the most it gives.</summary>
    public const double ReasonsPerMatch = CommunityConnector.MaxReasonsPerMatch;

    /// <summary>A match's bridges, at the most it lists.</summary>
    public const double BridgesPerMatch = Bridges.MaxPerMatch;

    /// <summary>The connect field itself: its searches; its sections price their matches (<see cref="Section"/>).</summary>
    public static FieldComplexityResult Connect(FieldImpactContext context)
    {
        var (first, radiusKm) = Size(context);
        return new(SectionsSearched * first + ImpactPerKm * radiusKm, 1);
    }

    /// <summary>A section of the answer: one per match, up to the connect's <c>first</c>.</summary>
    public static FieldComplexityResult Section(FieldImpactContext context) =>
        new(1, context.Parent is { } connect ? Size(connect).First : ConnectorService.MaxPerSection);

    /// <summary>The projects section: one per match, up to the connect's <c>first</c> and never more than <see cref="CommunityConnector.MaxProjects"/>.</summary>
    public static FieldComplexityResult ProjectSection(FieldImpactContext context) =>
        new(1, Math.Min(CommunityConnector.MaxProjects, context.Parent is { } connect ? Size(connect).First : ConnectorService.MaxPerSection));

    private static (int First, double RadiusKm) Size(FieldImpactContext connect)
    {
        var input = connect.GetArgument<ConnectInput?>("input");
        // A value out of range is priced at the nearest allowed one: the field refuses it with BAD_USER_INPUT, which says more than a complexity error would.
        var first = Math.Clamp(input?.First ?? ConnectorService.DefaultPerSection, 1, ConnectorService.MaxPerSection);
        var radiusKm = Math.Clamp(input?.Near?.RadiusKm ?? CommunityConnector.DefaultRadiusKm, 0, NearQuery.MaxRadiusKm);
        return (first, radiusKm);
    }
}
