namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// The demo region, Hull and the East Riding: one town of hand-written providers (<see cref="OrganisationCatalogue"/>)
/// and a named probation team, every pseudonym unique, and, once the rest is drawn, fictional addresses and contacts,
/// the police and probation organisations, meeting points, the gazetteer and a basemap for the web app.
/// </summary>
public sealed class HullDemo : RegionModel
{
    /// <summary>Homes are scattered this far around their area's centroid.</summary>
    private const double HomeRadius = 900;

    private static readonly Centre Hull = new(
        "Hull", "Humber", Gazetteer.HullCentre.Lat, Gazetteer.HullCentre.Lon, 1, 0.12, CommunityLanguages.Weighted, HomeAreas.All, mentorLanguageShare: 0.2);

    public override IReadOnlyList<Centre> Centres { get; } = [Hull];

    public override Surnames Surnames { get; } = new(HullNames.English, HullNames.ByLanguage, Unique: true);

    public override IReadOnlyList<string> MentorBackgrounds { get; } =
    [
        "{town} born and bred", "Former scaffolder", "Ex-warehouse supervisor", "Retired youth worker", "Trained chef",
        "HGV driver", "Care worker", "Self-employed joiner", "Former soldier", "Hairdresser", "Call-centre team leader",
        "Former dock worker", "Painter and decorator", "Student nurse", "Retired postal worker",
    ];

    public override IReadOnlyList<string> MentorOffers => MentorProfile.Offers;

    public override Region Header(int seed) => new(
        "Hull and East Riding demo region",
        "Kingston upon Hull",
        Gazetteer.HullCentre,
        "Fictional demo data: every organisation, service, placement, mentor, practitioner and person is invented, "
        + "and any resemblance to real organisations or people is coincidental. Only place names and coordinates are real.",
        seed);

    public override bool IsOnLand(double lat, double lon) => Coastline.IsOnLand(lat, lon);

    public override double HomeRadiusMetres(Random random) => HomeRadius;

    public override string PostcodeDistrict(GeoPoint home, Neighbourhood neighbourhood) => Gazetteer.NearestPostcodeDistrict(home);

    public override IReadOnlyList<Practitioner> Practitioners(Random random, Ids ids) => ProbationTeam.All;

    public override Providers Providers(Random random, Pseudonyms pseudonyms, Ids ids) =>
        new CatalogueProviders(random, pseudonyms, this, Hull, ids).Generate(OrganisationCatalogue.All);

    /// <summary>
    /// The README's and the tests' people (H. Jafari, per-0001, starts a plan in the README) keep none of their own, so
    /// what they write is all their plan holds; B. Hussain (per-0095, on Aisha Rahman's caseload, at a women's centre, with
    /// a mentor and a completed placement) has the fullest plan and a fund her women's centre holds.
    /// </summary>
    public override PlanChoices PlanChoices { get; } = new(
        new HashSet<string>(["per-0001", "per-0002", "per-0014", "per-0033", "per-0049", "per-0054", "per-0068", "per-0081", "per-0084", "per-0102", "per-0185", "per-0194", "per-0198", "per-0200"]),
        "per-0095");

    /// <summary>T. McBride (per-0061) and A. Wróbel (per-0169): the web app's and the client's tests record their wish from none.</summary>
    public override IReadOnlySet<string> WithoutByAndFor { get; } = new HashSet<string>(["per-0061", "per-0169"]);

    public override Dataset Complete(Dataset dataset, int seed)
    {
        var (contacts, practitioners) = new ContactDirectory(new Random(seed + 1)).Add(dataset.Providers, dataset.Practitioners);
        var listed = new MeetingPoints(new Random(seed + 2)).Add(contacts);
        return dataset with { Practitioners = practitioners, Providers = listed };
    }

    public override void WriteExtras(SeedWriter writer)
    {
        writer.Write("../gazetteer.json", Gazetteer.Entries, 0, "places and postcode districts for near: {place:}");
        writer.Write("basemap.geojson", Basemap.Build(Gazetteer.Entries), 0, "land, water and places for the web app's map");
    }
}
