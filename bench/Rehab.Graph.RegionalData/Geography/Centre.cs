using Rehab.Graph.RegionalData.Generation;

namespace Rehab.Graph.RegionalData.Geography;

/// <summary>A neighbourhood, estate or outlying town of a centre, with its postcode district.</summary>
public sealed record Neighbourhood(string Name, string PostcodeDistrict, double Lat, double Lon, double Weight)
{
    public GeoPoint Point { get; } = new(Lat, Lon);

    /// <summary>Set once by the centre that lists it.</summary>
    public Centre Centre { get; internal set; } = null!;
}

/// <summary>
/// A town or city of the region with its neighbourhoods. <see cref="Weight"/> is its share of the
/// probation caseload; <see cref="OtherLanguageShare"/> how many people speak a community language.
/// </summary>
public sealed record Centre(
    string Name,
    string River,
    double Lat,
    double Lon,
    double Weight,
    double OtherLanguageShare,
    IReadOnlyList<(Language Language, double Weight)> CommunityLanguages,
    IReadOnlyList<Neighbourhood> Neighbourhoods)
{
    /// <summary>Cities this size have probation split into two delivery units.</summary>
    private const double SplitUnitWeight = 6;

    public GeoPoint Point { get; } = new(Lat, Lon);

    /// <summary>The first neighbourhood is always the town or city centre.</summary>
    public Neighbourhood TownCentre => Neighbourhoods[0];

    public string DeliveryUnit(Neighbourhood neighbourhood) =>
        Weight < SplitUnitWeight ? Name
        : neighbourhood.Lat >= Lat ? $"{Name} North"
        : $"{Name} South";

    public Neighbourhood NearestNeighbourhood(GeoPoint point) =>
        Neighbourhoods.MinBy(n => n.Point.DistanceKm(point))!;
}
