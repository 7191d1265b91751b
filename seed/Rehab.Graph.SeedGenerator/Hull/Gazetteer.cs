namespace Rehab.Graph.SeedGenerator;

/// <summary>Real place names of Hull and the East Riding with approximate centroids.</summary>
public static class Gazetteer
{
    public static GeoPoint HullCentre { get; } = new(53.7446, -0.3352);

    public static IReadOnlyList<GazetteerEntry> Entries { get; } =
    [
        District("HU1", 53.7430, -0.3340),
        District("HU2", 53.7490, -0.3360),
        District("HU3", 53.7415, -0.3600),
        District("HU4", 53.7340, -0.3900),
        District("HU5", 53.7620, -0.3720),
        District("HU6", 53.7840, -0.3700),
        District("HU7", 53.8030, -0.3270),
        District("HU8", 53.7700, -0.2930),
        District("HU9", 53.7500, -0.2850),
        District("HU10", 53.7530, -0.4420),
        District("HU11", 53.8150, -0.2100),
        District("HU12", 53.7250, -0.1700),
        District("HU13", 53.7250, -0.4400),
        District("HU14", 53.7340, -0.5050),
        District("HU15", 53.7500, -0.6000),
        District("HU16", 53.7800, -0.4180),
        District("HU17", 53.8450, -0.4300),
        District("HU18", 53.9100, -0.1750),
        District("HU19", 53.7330, 0.0150),
        District("HU20", 53.8050, -0.4750),

        Area("City Centre", 53.7446, -0.3352),
        Area("Old Town", 53.7430, -0.3310),
        Area("Fruit Market", 53.7405, -0.3370),
        Area("Drypool", 53.7455, -0.3200),
        Area("Victoria Dock", 53.7415, -0.3080),
        Area("Anlaby Road", 53.7440, -0.3590),
        Area("Hessle Road", 53.7365, -0.3650),
        Area("Newington", 53.7425, -0.3720),
        Area("Gipsyville", 53.7315, -0.3960),
        Area("West Hull", 53.7440, -0.3800),
        Area("Derringham", 53.7510, -0.3900),
        Area("Avenues", 53.7595, -0.3720),
        Area("Newland Avenue", 53.7620, -0.3640),
        Area("Beverley Road", 53.7640, -0.3490),
        Area("University", 53.7710, -0.3680),
        Area("Orchard Park", 53.7925, -0.3820),
        Area("Kingswood", 53.8050, -0.3440),
        Area("Bransholme", 53.8025, -0.3210),
        Area("Stoneferry", 53.7705, -0.3230),
        Area("Sutton-on-Hull", 53.7830, -0.3085),
        Area("Holderness Road", 53.7590, -0.3000),
        Area("East Hull", 53.7610, -0.2880),
        Area("Longhill", 53.7760, -0.2740),
        Area("Bilton Grange", 53.7625, -0.2700),
        Area("Greatfield", 53.7530, -0.2640),
        Area("Marfleet", 53.7470, -0.2750),

        Town("Anlaby", 53.7435, -0.4330),
        Town("Kirk Ella", 53.7500, -0.4580),
        Town("Willerby", 53.7615, -0.4480),
        Town("Hessle", 53.7237, -0.4385),
        Town("North Ferriby", 53.7215, -0.4990),
        Town("Swanland", 53.7390, -0.4940),
        Town("Brough", 53.7280, -0.5730),
        Town("Cottingham", 53.7815, -0.4150),
        Town("Beverley", 53.8420, -0.4330),
        Town("Preston", 53.7490, -0.1990),
        Town("Hedon", 53.7395, -0.1990),
        Town("Thorngumbald", 53.7215, -0.1750),
        Town("Sproatley", 53.7880, -0.1900),
        Town("Withernsea", 53.7310, 0.0330),
        Town("Hornsea", 53.9110, -0.1690),
        Town("Goole", 53.7040, -0.8730),
    ];

    public static GazetteerEntry Find(string name) =>
        Entries.FirstOrDefault(e => e.Name == name)
        ?? throw new InvalidOperationException($"'{name}' is not in the gazetteer.");

    public static string NearestPostcodeDistrict(GeoPoint point) =>
        Entries
            .Where(e => e.Kind == PlaceKind.PostcodeDistrict)
            .MinBy(e => point.DistanceKm(new GeoPoint(e.Lat, e.Lon)))!
            .Name;

    private static GazetteerEntry District(string name, double lat, double lon) => new(name, PlaceKind.PostcodeDistrict, lat, lon);

    private static GazetteerEntry Area(string name, double lat, double lon) => new(name, PlaceKind.Area, lat, lon);

    private static GazetteerEntry Town(string name, double lat, double lon) => new(name, PlaceKind.Town, lat, lon);
}
