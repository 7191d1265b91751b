namespace Rehab.Graph.SeedGenerator;

/// <summary>Where people on probation and mentors live, weighted towards Hull's larger estates.</summary>
public static class HomeAreas
{
    public sealed record HomeArea(string Place, string DeliveryUnit, double Weight);

    public static IReadOnlyList<HomeArea> All { get; } =
    [
        new("Bransholme", ProbationTeam.HullNorth, 10),
        new("Kingswood", ProbationTeam.HullNorth, 4),
        new("Orchard Park", ProbationTeam.HullNorth, 10),
        new("Stoneferry", ProbationTeam.HullNorth, 3),
        new("Beverley Road", ProbationTeam.HullNorth, 5),
        new("University", ProbationTeam.HullNorth, 2),

        new("City Centre", ProbationTeam.HullWest, 6),
        new("Old Town", ProbationTeam.HullWest, 2),
        new("Fruit Market", ProbationTeam.HullWest, 1),
        new("Hessle Road", ProbationTeam.HullWest, 8),
        new("Gipsyville", ProbationTeam.HullWest, 7),
        new("Newington", ProbationTeam.HullWest, 6),
        new("Anlaby Road", ProbationTeam.HullWest, 5),
        new("Derringham", ProbationTeam.HullWest, 4),
        new("Avenues", ProbationTeam.HullWest, 3),
        new("Newland Avenue", ProbationTeam.HullWest, 4),

        new("Holderness Road", ProbationTeam.HullEast, 8),
        new("East Hull", ProbationTeam.HullEast, 6),
        new("Marfleet", ProbationTeam.HullEast, 7),
        new("Greatfield", ProbationTeam.HullEast, 6),
        new("Bilton Grange", ProbationTeam.HullEast, 4),
        new("Longhill", ProbationTeam.HullEast, 6),
        new("Sutton-on-Hull", ProbationTeam.HullEast, 4),
        new("Drypool", ProbationTeam.HullEast, 4),
        new("Victoria Dock", ProbationTeam.HullEast, 2),

        new("Beverley", ProbationTeam.EastRiding, 6),
        new("Hessle", ProbationTeam.EastRiding, 4),
        new("Cottingham", ProbationTeam.EastRiding, 4),
        new("Anlaby", ProbationTeam.EastRiding, 2),
        new("Willerby", ProbationTeam.EastRiding, 1),
        new("Kirk Ella", ProbationTeam.EastRiding, 1),
        new("Hedon", ProbationTeam.EastRiding, 3),
        new("Preston", ProbationTeam.EastRiding, 2),
        new("Thorngumbald", ProbationTeam.EastRiding, 1),
        new("Withernsea", ProbationTeam.EastRiding, 4),
        new("Hornsea", ProbationTeam.EastRiding, 2),
        new("Brough", ProbationTeam.EastRiding, 2),
    ];

    public static HomeArea Pick(Random random) => random.PickWeighted(All.Select(a => (a, a.Weight)).ToList());
}
