using Rehab.Graph.RegionalData.Generation;

namespace Rehab.Graph.RegionalData.Catalogue;

/// <summary>Words the generators draw on for names, opening times and biographies.</summary>
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

    public static IReadOnlyList<string> PractitionerFirstNames { get; } =
    [
        "Rachel", "Daniel", "Leanne", "Marcus", "Priya", "Gareth", "Aisha", "Tom", "Helen", "Steve", "Sarah", "James",
        "Emma", "Mohammed", "Claire", "Paul", "Nadia", "Chris", "Joanne", "Imran", "Louise", "Mark", "Kirsty", "Adam",
        "Sadia", "Gemma", "Richard", "Hannah", "Jason", "Zoe", "Amir", "Kelly", "Andrew", "Fatima", "Lisa", "Craig",
        "Natalie", "Wayne", "Becky", "Simon", "Ruth", "Kieran", "Jasmine", "Dean", "Harpreet", "Lucy", "Ian", "Samina",
        "Nathan", "Amy", "Bilal", "Stacey", "Gurpreet", "Joe", "Shabana", "Liam", "Agnieszka", "Karen", "Tariq", "Megan",
    ];

    public static string LanguageName(Language language) => language switch
    {
        Language.En => "English",
        Language.Pl => "Polish",
        Language.Ro => "Romanian",
        Language.Ku => "Kurdish",
        Language.Ar => "Arabic",
        Language.Ur => "Urdu",
        Language.Pa => "Punjabi",
        Language.Bn => "Bengali",
        Language.Gu => "Gujarati",
        Language.So => "Somali",
        Language.Sk => "Slovak",
        Language.Cs => "Czech",
        Language.Lt => "Lithuanian",
        Language.Lv => "Latvian",
        Language.Pt => "Portuguese",
        Language.Fa => "Farsi",
        Language.Ti => "Tigrinya",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };
}
