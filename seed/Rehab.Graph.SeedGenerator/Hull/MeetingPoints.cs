namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Says where at its address each placement's supervisor meets people on their first session. It runs after the
/// contact directory (the street comes from the placement's address) with a Random of its own, so nothing else in the
/// region changes. What the title's words say the work is decides the kind of place (a park gate, a shop counter, a
/// site cabin); the placement's kind decides it when they say nothing.
/// </summary>
public sealed class MeetingPoints(Random random)
{
    private static readonly (string[] Words, string[] Points)[] ByWork =
    [
        (["coastal", "promenade", "foreshore", "boardwalk"],
            ["the seafront shelter by the car park on {street}", "the information board at the end of {street}"]),
        (["park", "pond", "conservation"],
            ["the main gate on {street}", "the park keeper's hut inside the {street} gate"]),
        (["garden", "allotment"],
            ["the garden gate on {street}", "the tool shed by the garden gate on {street}"]),
        (["workshop", "upcycling", "bird box", "set building"],
            ["the workshop door in the yard off {street}", "reception: ask for {supervisor}"]),
        (["shop", "pantry"],
            ["the shop counter: ask for {supervisor}", "the back door of the shop, in the yard off {street}"]),
        (["café"], ["the café counter: ask for {supervisor}"]),
        (["kitchen"], ["the kitchen door at the back, off {street}"]),
        (["yard", "site", "collection", "fly-tip"],
            ["the site cabin by the car park on {street}", "the yard gate on {street}: ring the bell"]),
        (["school", "youth club", "gym", "hall", "pitch"],
            ["reception: sign in and ask for {supervisor}", "the caretaker's door on {street}"]),
    ];

    private static readonly Dictionary<PlacementKind, string[]> ByKind = new()
    {
        [PlacementKind.ImmediateJustice] = ["the works van in the car park on {street}", "the corner of {street} by the bus stop"],
        [PlacementKind.UnpaidWork] = ["the front gate on {street}", "the site cabin by the car park on {street}"],
        [PlacementKind.Volunteering] = ["reception", "the main entrance on {street}"],
        [PlacementKind.WorkTrial] = ["reception: ask for {supervisor}", "the staff entrance on {street}"],
    };

    public Providers Add(Providers providers) =>
        providers with { Placements = [.. providers.Placements.Select(p => p with { MeetingPoint = For(p) })] };

    private string For(Placement placement)
    {
        var words = $" {string.Join(' ', placement.Title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))} ";
        var points = ByWork.Where(w => w.Words.Any(word => words.Contains($" {word} ", StringComparison.Ordinal))).Select(w => w.Points).FirstOrDefault()
            ?? ByKind[placement.Kind];
        return random.Pick(points).Replace("{street}", Street(placement), StringComparison.Ordinal)
            .Replace("{supervisor}", placement.Supervisor, StringComparison.Ordinal);
    }

    /// <summary>The street of the address's first line, without its house number: "149 Lowgate" is Lowgate.</summary>
    private static string Street(Placement placement)
    {
        var line = placement.Address?.Lines[0] ?? throw new InvalidOperationException($"{placement.Id} has no address: run the contact directory first.");
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && line[..space].All(char.IsAsciiDigit) ? line[(space + 1)..] : line;
    }
}
