namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// What a data set's region decides and the rest of the generator does not: its towns and where in them people live,
/// where the water is, the names people have, its practitioners and providers, and what it adds once the rest is made.
/// Everything else (who people are, mentors, ties, the rules they respect, the files) is the same for every region.
/// </summary>
public abstract class RegionModel
{
    private const double MetresPerDegreeLat = 111_320.0;

    /// <summary>Its towns, weighted by caseload; the generator draws a town only when there is more than one.</summary>
    public abstract IReadOnlyList<Centre> Centres { get; }

    public abstract Surnames Surnames { get; }

    /// <summary>What a mentor did before ("Former scaffolder"); "{town}" is the mentor's town.</summary>
    public abstract IReadOnlyList<string> MentorBackgrounds { get; }

    /// <summary>What a mentor offers, when they have no second language to offer.</summary>
    public abstract IReadOnlyList<string> MentorOffers { get; }

    public abstract Region Header(int seed);

    public abstract bool IsOnLand(double lat, double lon);

    /// <summary>How far from the middle of its neighbourhood a home may be.</summary>
    public abstract double HomeRadiusMetres(Random random);

    public abstract string PostcodeDistrict(GeoPoint home, Neighbourhood neighbourhood);

    public abstract IReadOnlyList<Practitioner> Practitioners(Random random, Ids ids);

    public abstract Providers Providers(Random random, Pseudonyms pseudonyms, Ids ids);

    /// <summary>Who gets no plan, and who gets the fullest one to show.</summary>
    public virtual PlanChoices PlanChoices => PlanChoices.None;

    /// <summary>People who want no community's own services whatever <see cref="ByAndForWishes"/> says, for tests that set their wish from none.</summary>
    public virtual IReadOnlySet<string> WithoutByAndFor { get; } = new HashSet<string>();

    /// <summary>Details added once everything else is drawn, with Randoms of their own so the rest stays as it was.</summary>
    public virtual Dataset Complete(Dataset dataset, int seed) => dataset;

    /// <summary>Files besides the data set's own, such as a map, written beside them.</summary>
    public virtual void WriteExtras(SeedWriter writer)
    {
    }

    /// <summary>A random point on land within <paramref name="maxMetres"/>, uniform over the disc, rounded to 5 decimals.</summary>
    public GeoPoint Scatter(Random random, GeoPoint around, double maxMetres)
    {
        while (true)
        {
            // sqrt keeps the density uniform over the disc rather than bunched at the middle.
            var distance = maxMetres * Math.Sqrt(random.NextDouble());
            var bearing = 2 * Math.PI * random.NextDouble();
            var lat = around.Lat + distance * Math.Cos(bearing) / MetresPerDegreeLat;
            var lon = around.Lon + distance * Math.Sin(bearing) / (MetresPerDegreeLat * Math.Cos(GeoPoint.ToRadians(around.Lat)));
            var point = new GeoPoint(Math.Round(lat, 5), Math.Round(lon, 5));
            // A whole-degree coordinate would be written as 54 rather than 54.0 and stored by Neo4j as an integer.
            if (IsOnLand(lat, lon) && !double.IsInteger(point.Lat) && !double.IsInteger(point.Lon))
            {
                return point;
            }
        }
    }
}

/// <summary>Surnames for pseudonyms: English ones, and each community language's, so the data reads plausibly.</summary>
/// <param name="Unique">Whether no pseudonym may repeat: in a small region every name is told apart; at scale names repeat, as on a real caseload.</param>
public sealed record Surnames(IReadOnlyList<string> English, IReadOnlyDictionary<string, string[]> ByLanguage, bool Unique);
