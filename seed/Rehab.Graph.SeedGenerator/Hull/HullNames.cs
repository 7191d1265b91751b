namespace Rehab.Graph.SeedGenerator;

/// <summary>The demo region's surnames: English ones, and those of Hull's larger migrant communities.</summary>
public static class HullNames
{
    public static IReadOnlyList<string> English { get; } =
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

    public static IReadOnlyDictionary<string, string[]> ByLanguage { get; } = new Dictionary<string, string[]>
    {
        ["pl"] = ["Nowak", "Wójcik", "Mazur", "Krawczyk", "Kaczmarek", "Pawlak", "Dudek", "Sikora", "Baran", "Wróbel"],
        ["ro"] = ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Munteanu", "Lazăr", "Stoica"],
        ["ku"] = ["Rahimi", "Karimi", "Mahmoud", "Hassanpour", "Ahmadi", "Rostami", "Aziz"],
        ["ar"] = ["Hassan", "Saleh", "Haddad", "Nasser", "Mansour", "Khalil", "Yousef"],
        ["ur"] = ["Khan", "Hussain", "Iqbal", "Akhtar", "Mahmood", "Qureshi", "Butt"],
        ["lt"] = ["Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius"],
        ["fa"] = ["Rezaei", "Moradi", "Sadeghi", "Jafari"],
    };
}
