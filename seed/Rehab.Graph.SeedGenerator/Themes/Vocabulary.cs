namespace Rehab.Graph.SeedGenerator;

/// <summary>Words the themed catalogue draws on for names and opening times.</summary>
public static class Vocabulary
{
    public static IReadOnlyList<string> Streets { get; } =
    [
        "Mill Lane", "Station Road", "Chapel Street", "Market Street", "Church Lane", "Victoria Road", "Albert Road",
        "Park Lane", "Bridge Street", "Canal Side", "Wharf Street", "High Street", "Granary Yard", "Foundry Street",
        "Union Street", "Paradise Row", "Cross Street", "Spring Gardens", "Water Lane", "Northgate", "Westgate",
        "Southgate", "Kirkgate", "Queen Street", "King Street", "Railway Terrace", "Co-operative Street",
        "Chantry Lane", "Beck Side", "Old Road",
    ];

    public static IReadOnlyList<string> Emblems { get; } =
    [
        "Larkspur", "Rosehip", "Lighthouse", "Anchor Point", "Keystone", "Compass", "Beacon", "Harbour", "Threshold",
        "Lantern", "Cornerstone", "Open Door", "New Leaf", "Rowan", "Willow", "Heather", "Foxglove", "Horizon",
        "Tideturn", "Fresh Start", "Clean Slate", "Waymark", "Milestone", "Kingfisher", "Bluebell", "Skylark",
        "Hawthorn", "Bramble", "Oak Tree", "Stepping Stones", "Sunrise", "Northern Star", "Ripple", "Touchstone",
    ];

    public static IReadOnlyList<string> Saints { get; } =
    [
        "Mary", "Peter", "Paul", "John", "Andrew", "Michael", "James", "Luke", "Stephen", "Margaret", "Hilda", "Aidan",
        "Cuthbert", "Wilfrid", "Chad", "Oswald", "Bede", "Anne", "Joseph", "Patrick", "Thomas", "Bartholomew",
    ];

    public static IReadOnlyList<string> OfficeHours { get; } =
    [
        "Mon–Fri 09:00–17:00",
        "Mon–Fri 09:00–17:00",
        "Mon–Fri 08:30–16:30",
        "Mon–Thu 09:30–16:30",
        "Mon, Wed & Fri 09:00–13:00",
        "Tue & Thu 10:00–15:00",
        "Mon–Fri 10:00–16:00, Sat 10:00–13:00",
        "Wed 10:00–12:00",
        "Tue 13:00–16:00",
        "Thu 18:00–20:00",
        "Mon 10:00–12:30",
        "Fri 13:00–16:00",
        "By appointment, Mon–Fri",
    ];
}
