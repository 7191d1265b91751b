namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// A neighbourhood, estate or outlying town of a centre, where people live and organisations sit, with its postcode
/// district where the region lists one, and the probation delivery unit of the people who live there.
/// </summary>
public sealed class Neighbourhood(string name, string? postcodeDistrict, double lat, double lon, double weight, string? deliveryUnit = null)
{
    public string Name { get; } = name;

    public string? PostcodeDistrict { get; } = postcodeDistrict;

    public GeoPoint Point { get; } = new(lat, lon);

    public double Weight { get; } = weight;

    /// <summary>Set once by the centre that lists it.</summary>
    public Centre Centre { get; private set; } = null!;

    /// <summary>As given, or the centre's: its own, or in a big city its north or south.</summary>
    public string DeliveryUnit { get; private set; } = deliveryUnit ?? "";

    internal void Join(Centre centre)
    {
        Centre = centre;
        if (DeliveryUnit.Length == 0)
        {
            DeliveryUnit = centre.Weight < Centre.SplitUnitWeight ? centre.Name
                : Point.Lat >= centre.Point.Lat ? $"{centre.Name} North"
                : $"{centre.Name} South";
        }
    }
}

/// <summary>
/// A town or city of a region with its neighbourhoods. <see cref="Weight"/> is its share of the probation caseload;
/// <see cref="OtherLanguageShare"/> how many people on probation speak a community language, and
/// <see cref="MentorLanguageShare"/> how many mentors do.
/// </summary>
public sealed class Centre
{
    /// <summary>Cities this size have probation split into two delivery units.</summary>
    public const double SplitUnitWeight = 6;

    public Centre(
        string name,
        string river,
        double lat,
        double lon,
        double weight,
        double otherLanguageShare,
        IReadOnlyList<(string Language, double Weight)> communityLanguages,
        IReadOnlyList<Neighbourhood> neighbourhoods,
        double? mentorLanguageShare = null)
    {
        Name = name;
        River = river;
        Point = new GeoPoint(lat, lon);
        Weight = weight;
        OtherLanguageShare = otherLanguageShare;
        // Mentors are recruited from the community, proportionally more of them from its minorities.
        MentorLanguageShare = mentorLanguageShare ?? Math.Min(0.5, otherLanguageShare * 1.5);
        CommunityLanguages = communityLanguages;
        Neighbourhoods = neighbourhoods;
        foreach (var neighbourhood in neighbourhoods)
        {
            neighbourhood.Join(this);
        }
    }

    public string Name { get; }

    public string River { get; }

    public GeoPoint Point { get; }

    public double Weight { get; }

    public double OtherLanguageShare { get; }

    public double MentorLanguageShare { get; }

    public IReadOnlyList<(string Language, double Weight)> CommunityLanguages { get; }

    public IReadOnlyList<Neighbourhood> Neighbourhoods { get; }

    /// <summary>The first neighbourhood, which a themed region lists as the town centre, where town-centre services sit.</summary>
    public Neighbourhood TownCentre => Neighbourhoods[0];

    public Neighbourhood NearestNeighbourhood(GeoPoint point) => Neighbourhoods.MinBy(n => n.Point.DistanceKm(point))!;
}
