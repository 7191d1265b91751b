namespace Rehab.Graph.SeedGenerator;

/// <summary>Where people on probation and mentors live, weighted towards Hull's larger estates, and their probation teams.</summary>
public static class HomeAreas
{
    public static IReadOnlyList<Neighbourhood> All { get; } =
    [
        Area("Bransholme", ProbationTeam.HullNorth, 10),
        Area("Kingswood", ProbationTeam.HullNorth, 4),
        Area("Orchard Park", ProbationTeam.HullNorth, 10),
        Area("Stoneferry", ProbationTeam.HullNorth, 3),
        Area("Beverley Road", ProbationTeam.HullNorth, 5),
        Area("University", ProbationTeam.HullNorth, 2),

        Area("City Centre", ProbationTeam.HullWest, 6),
        Area("Old Town", ProbationTeam.HullWest, 2),
        Area("Fruit Market", ProbationTeam.HullWest, 1),
        Area("Hessle Road", ProbationTeam.HullWest, 8),
        Area("Gipsyville", ProbationTeam.HullWest, 7),
        Area("Newington", ProbationTeam.HullWest, 6),
        Area("Anlaby Road", ProbationTeam.HullWest, 5),
        Area("Derringham", ProbationTeam.HullWest, 4),
        Area("Avenues", ProbationTeam.HullWest, 3),
        Area("Newland Avenue", ProbationTeam.HullWest, 4),

        Area("Holderness Road", ProbationTeam.HullEast, 8),
        Area("East Hull", ProbationTeam.HullEast, 6),
        Area("Marfleet", ProbationTeam.HullEast, 7),
        Area("Greatfield", ProbationTeam.HullEast, 6),
        Area("Bilton Grange", ProbationTeam.HullEast, 4),
        Area("Longhill", ProbationTeam.HullEast, 6),
        Area("Sutton-on-Hull", ProbationTeam.HullEast, 4),
        Area("Drypool", ProbationTeam.HullEast, 4),
        Area("Victoria Dock", ProbationTeam.HullEast, 2),

        Area("Beverley", ProbationTeam.EastRiding, 6),
        Area("Hessle", ProbationTeam.EastRiding, 4),
        Area("Cottingham", ProbationTeam.EastRiding, 4),
        Area("Anlaby", ProbationTeam.EastRiding, 2),
        Area("Willerby", ProbationTeam.EastRiding, 1),
        Area("Kirk Ella", ProbationTeam.EastRiding, 1),
        Area("Hedon", ProbationTeam.EastRiding, 3),
        Area("Preston", ProbationTeam.EastRiding, 2),
        Area("Thorngumbald", ProbationTeam.EastRiding, 1),
        Area("Withernsea", ProbationTeam.EastRiding, 4),
        Area("Hornsea", ProbationTeam.EastRiding, 2),
        Area("Brough", ProbationTeam.EastRiding, 2),
    ];

    /// <summary>An area of the gazetteer; the postcode district of a home there is the one nearest it.</summary>
    private static Neighbourhood Area(string place, string deliveryUnit, double weight)
    {
        var entry = Gazetteer.Find(place);
        return new Neighbourhood(place, null, entry.Lat, entry.Lon, weight, deliveryUnit);
    }
}
