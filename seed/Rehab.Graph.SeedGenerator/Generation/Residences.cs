namespace Rehab.Graph.SeedGenerator;

/// <summary>A home, the neighbourhood it was drawn around, and the languages of whoever lives there.</summary>
public sealed record Residence(GeoPoint Home, Neighbourhood Neighbourhood, List<string> Languages);

/// <summary>
/// Where people on probation and mentors live: a town by caseload, the languages spoken there, a neighbourhood by
/// weight, then a point around it.
/// </summary>
public sealed class Residences(Random random, RegionModel region)
{
    private readonly IReadOnlyList<(Centre, double)> _centres = region.Centres.Select(c => (c, c.Weight)).ToList();

    private readonly Dictionary<Centre, IReadOnlyList<(Neighbourhood, double)>> _neighbourhoods =
        region.Centres.ToDictionary(c => c, c => (IReadOnlyList<(Neighbourhood, double)>)c.Neighbourhoods.Select(n => (n, n.Weight)).ToList());

    /// <param name="languages">Draws the languages of someone living in the town.</param>
    public Residence Next(Func<Centre, List<string>> languages)
    {
        // A region of one town has no town to draw, and draws none: the demo region was made before regions had towns.
        var centre = _centres.Count == 1 ? _centres[0].Item1 : random.PickWeighted(_centres);
        var spoken = languages(centre);
        var neighbourhood = random.PickWeighted(_neighbourhoods[centre]);
        var home = region.Scatter(random, neighbourhood.Point, region.HomeRadiusMetres(random));
        return new Residence(home, neighbourhood, spoken);
    }
}
