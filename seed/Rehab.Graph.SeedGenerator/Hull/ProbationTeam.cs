namespace Rehab.Graph.SeedGenerator;

public static class ProbationTeam
{
    public const string HullEast = "Hull East";
    public const string HullWest = "Hull West";
    public const string HullNorth = "Hull North";
    public const string EastRiding = "East Riding";

    public static IReadOnlyList<Practitioner> All { get; } =
    [
        new("prc-01", "Rachel Ashworth", HullEast),
        new("prc-02", "Daniel Okoro", HullEast),
        new("prc-03", "Leanne Hodgkinson", HullEast),
        new("prc-04", "Marcus Pybus", HullWest),
        new("prc-05", "Priya Nandra", HullWest),
        new("prc-06", "Gareth Sowerby", HullWest),
        new("prc-07", "Aisha Rahman", HullNorth),
        new("prc-08", "Tom Kettlewell", HullNorth),
        new("prc-09", "Helen Barraclough", EastRiding),
        new("prc-10", "Steve Middlebrook", EastRiding),
    ];
}
