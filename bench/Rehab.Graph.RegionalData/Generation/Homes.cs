using Rehab.Graph.RegionalData.Geography;

namespace Rehab.Graph.RegionalData.Generation;

/// <summary>
/// Where people on probation and mentors live: a centre by caseload, a neighbourhood by weight, then a
/// point within about a kilometre of it; a few live further out, between the estates and the villages.
/// </summary>
public sealed class Homes(Random random)
{
    private readonly IReadOnlyList<(Centre, double)> _centres = YorkshireAndHumber.Centres.Select(c => (c, c.Weight)).ToList();

    private readonly Dictionary<Centre, IReadOnlyList<(Neighbourhood, double)>> _neighbourhoods =
        YorkshireAndHumber.Centres.ToDictionary(c => c, c => (IReadOnlyList<(Neighbourhood, double)>)c.Neighbourhoods.Select(n => (n, n.Weight)).ToList());

    /// <summary>A home and the neighbourhood it is nearest to, whose postcode district it takes.</summary>
    public (GeoPoint Home, Neighbourhood Neighbourhood) Next()
    {
        var centre = random.PickWeighted(_centres);
        var around = random.PickWeighted(_neighbourhoods[centre]);
        var home = around.Point.Scatter(random, random.Chance(0.9) ? 1200 : 3500);
        return (home, centre.NearestNeighbourhood(home));
    }
}
