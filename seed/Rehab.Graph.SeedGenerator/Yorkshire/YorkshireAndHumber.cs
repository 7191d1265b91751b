namespace Rehab.Graph.SeedGenerator;

/// <summary>Probation practitioners and providers for a region that does not name its own.</summary>
public sealed record DirectoryCounts(int Practitioners, int Organisations, int Services, int Placements);

/// <summary>
/// Yorkshire and the Humber, for benchmarks: <see cref="YorkshireTowns"/> with their community languages, providers
/// spread over the towns from the <see cref="Themes"/> catalogue, and practitioners shared out over the delivery units.
/// </summary>
public sealed class YorkshireAndHumber(string name, DirectoryCounts directory) : RegionModel
{
    /// <summary>Most homes are within this of their neighbourhood's middle; the rest lie further out, between the estates and the villages.</summary>
    private const double HomeRadius = 1200;

    private const double OutlyingHomeRadius = 3500;

    public override IReadOnlyList<Centre> Centres => YorkshireTowns.All;

    public override Surnames Surnames { get; } = new(
        [
            .. HullNames.English,
            "Hirst", "Senior", "Beaumont", "Brook", "Dyson", "Hinchliffe", "Mellor", "Sedgwick", "Stansfield", "Wadsworth",
            "Brear", "Crossley", "Fretwell", "Hepworth", "Kaye", "Lodge", "Mitchell", "Nuttall", "Pickles", "Schofield",
        ],
        new Dictionary<string, string[]>
        {
            ["pl"] = HullNames.ByLanguage["pl"],
            ["ro"] = HullNames.ByLanguage["ro"],
            ["ku"] = HullNames.ByLanguage["ku"],
            ["ar"] = [.. HullNames.ByLanguage["ar"], "Al-Yafai"],
            ["ur"] = [.. HullNames.ByLanguage["ur"], "Bashir", "Shah", "Ahmed"],
            ["pa"] = ["Singh", "Kaur", "Sandhu", "Gill", "Dhillon", "Sidhu", "Bains"],
            ["bn"] = ["Miah", "Uddin", "Rahman", "Islam", "Chowdhury", "Begum"],
            ["gu"] = ["Patel", "Desai", "Mistry", "Lad", "Vania", "Bhana"],
            ["so"] = ["Mohamed", "Abdi", "Warsame", "Farah", "Hersi", "Osman"],
            ["sk"] = ["Horváth", "Kaleja", "Pompa", "Gaži", "Bandy", "Dunka"],
            ["cs"] = ["Novák", "Dvořák", "Procházka", "Kučera", "Horák"],
            ["lt"] = [.. HullNames.ByLanguage["lt"], "Vasiliauskas"],
            ["lv"] = ["Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš"],
            ["pt"] = ["Silva", "Santos", "Ferreira", "Pereira", "Costa"],
            ["fa"] = HullNames.ByLanguage["fa"],
            ["ti"] = ["Tesfay", "Gebremedhin", "Haile", "Berhe", "Kidane"],
        },
        Unique: false);

    public override IReadOnlyList<string> MentorBackgrounds { get; } =
    [
        "{town} born and bred", "Former scaffolder", "Ex-warehouse supervisor", "Retired youth worker", "Trained chef",
        "HGV driver", "Care worker", "Self-employed joiner", "Former soldier", "Hairdresser", "Call-centre team leader",
        "Former steelworker", "Painter and decorator", "Student nurse", "Retired postal worker", "Ex-miner's son",
        "Bus driver", "Former mill worker", "Plasterer", "Dinner lady", "Taxi driver", "Former boxer",
    ];

    public override IReadOnlyList<string> MentorOffers { get; } =
        [.. MentorProfile.Offers, "Drives, so can help with lifts to appointments out of town."];

    public override Region Header(int seed) => new(
        name,
        "Leeds",
        YorkshireTowns.Leeds,
        "Fictional benchmark data: every organisation, service, placement, mentor, practitioner and person "
        + "is invented, and any resemblance to real organisations or people is coincidental. Only place names, postcode districts "
        + "and approximate coordinates are real. Generated for load testing; not a directory of real services.",
        seed);

    public override bool IsOnLand(double lat, double lon) => !Water.Contains(lat, lon);

    public override double HomeRadiusMetres(Random random) => random.Chance(0.9) ? HomeRadius : OutlyingHomeRadius;

    public override string PostcodeDistrict(GeoPoint home, Neighbourhood neighbourhood) =>
        neighbourhood.Centre.NearestNeighbourhood(home).PostcodeDistrict!;

    public override IReadOnlyList<Practitioner> Practitioners(Random random, Ids ids) =>
        new PractitionerGenerator(random, Surnames.English).Generate(directory.Practitioners, Centres, ids);

    public override Providers Providers(Random random, Pseudonyms pseudonyms, Ids ids) =>
        new ThemedProviders(random, pseudonyms, this, ids).Generate(directory);
}
