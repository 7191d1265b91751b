namespace Rehab.Graph.SeedGenerator;

/// <summary>Invented "J. Morley"-style pseudonyms, never repeated within one run.</summary>
public sealed class PseudonymGenerator(Random random)
{
    private const string Initials = "AABBCCDDEGHIJJKKLLMMNPRRSSTTVW";

    private static readonly string[] EnglishSurnames =
    [
        "Morley", "Ashby", "Bramley", "Clegg", "Dawson", "Ellerby", "Fenwick", "Garside", "Hebden", "Ingham",
        "Jowett", "Kershaw", "Lister", "Marsden", "Northrop", "Oldroyd", "Pickersgill", "Quarmby", "Rhodes", "Sugden",
        "Thackray", "Umpleby", "Varley", "Wainwright", "Yeadon", "Ackroyd", "Booth", "Crowther", "Denby", "Earnshaw",
        "Firth", "Gledhill", "Haigh", "Illingworth", "Jessop", "Kitching", "Lumb", "Midgley", "Naylor", "Oates",
        "Pogson", "Ramsden", "Sykes", "Tattersall", "Uttley", "Walmsley", "Whiteley", "Bottomley", "Cawood", "Dinsdale",
        "Feather", "Greenwood", "Holdsworth", "Lockwood", "Moorhouse", "Padgett", "Robinson", "Shackleton", "Teale", "Wilkinson",
        "Boyes", "Cross", "Fowler", "Harker", "Leeming", "Metcalfe", "Nettleton", "Pashby", "Rudd", "Stork",
        "Thompson", "Waudby", "Acaster", "Beal", "Coupland", "Drewery", "Fisher", "Gibbons", "Hodgson", "Jackson",
        "Kemp", "Loft", "Marr", "Nendick", "Pearson", "Rennard", "Skelton", "Tindall", "Walker", "Cammish",
        "Dunn", "Ellis", "Frost", "Gray", "Hart", "Ireland", "Jordan", "Knowles", "Lamb", "Mason",
        "Nicholson", "Oxley", "Parker", "Reed", "Smith", "Turner", "Ward", "Young", "Chapman", "Brennan",
        "Doyle", "Flynn", "Kelly", "McBride", "Okafor", "Campbell", "Mensah", "Francis", "Grant", "Clarke",
    ];

    // Community-language speakers get a surname from their community so the data reads plausibly.
    private static readonly Dictionary<string, string[]> SurnamesByLanguage = new()
    {
        ["pl"] = ["Nowak", "Wójcik", "Mazur", "Krawczyk", "Kaczmarek", "Pawlak", "Dudek", "Sikora", "Baran", "Wróbel"],
        ["ro"] = ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Munteanu", "Lazăr", "Stoica"],
        ["ku"] = ["Rahimi", "Karimi", "Mahmoud", "Hassanpour", "Ahmadi", "Rostami", "Aziz"],
        ["ar"] = ["Hassan", "Saleh", "Haddad", "Nasser", "Mansour", "Khalil", "Yousef"],
        ["ur"] = ["Khan", "Hussain", "Iqbal", "Akhtar", "Mahmood", "Qureshi", "Butt"],
        ["lt"] = ["Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius"],
        ["fa"] = ["Rezaei", "Moradi", "Sadeghi", "Jafari"],
    };

    private readonly HashSet<string> used = [];

    public string Next(IReadOnlyList<string> languages)
    {
        var community = languages.FirstOrDefault(SurnamesByLanguage.ContainsKey);
        var surnames = community is null ? EnglishSurnames : SurnamesByLanguage[community];
        while (true)
        {
            var name = $"{Initials[random.Next(Initials.Length)]}. {random.Pick(surnames)}";
            if (used.Add(name))
            {
                return name;
            }
        }
    }
}
