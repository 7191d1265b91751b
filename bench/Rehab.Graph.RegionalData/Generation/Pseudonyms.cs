namespace Rehab.Graph.RegionalData.Generation;

/// <summary>
/// Invented "J. Morley"-style pseudonyms. At regional scale names repeat, as they do on a real caseload;
/// speakers of a community language get a surname from that community so the data reads plausibly.
/// </summary>
public sealed class Pseudonyms(Random random)
{
    private const string Initials = "AABBCCDDEGHIJJKKLLMMNPRRSSTTVW";

    public static IReadOnlyList<string> EnglishSurnames { get; } =
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
        "Hirst", "Senior", "Beaumont", "Brook", "Dyson", "Hinchliffe", "Mellor", "Sedgwick", "Stansfield", "Wadsworth",
        "Brear", "Crossley", "Fretwell", "Hepworth", "Kaye", "Lodge", "Mitchell", "Nuttall", "Pickles", "Schofield",
    ];

    private static readonly Dictionary<Language, string[]> SurnamesByLanguage = new()
    {
        [Language.Pl] = ["Nowak", "Wójcik", "Mazur", "Krawczyk", "Kaczmarek", "Pawlak", "Dudek", "Sikora", "Baran", "Wróbel"],
        [Language.Ro] = ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Munteanu", "Lazăr", "Stoica"],
        [Language.Ku] = ["Rahimi", "Karimi", "Mahmoud", "Hassanpour", "Ahmadi", "Rostami", "Aziz"],
        [Language.Ar] = ["Hassan", "Saleh", "Haddad", "Nasser", "Mansour", "Khalil", "Yousef", "Al-Yafai"],
        [Language.Ur] = ["Khan", "Hussain", "Iqbal", "Akhtar", "Mahmood", "Qureshi", "Butt", "Bashir", "Shah", "Ahmed"],
        [Language.Pa] = ["Singh", "Kaur", "Sandhu", "Gill", "Dhillon", "Sidhu", "Bains"],
        [Language.Bn] = ["Miah", "Uddin", "Rahman", "Islam", "Chowdhury", "Begum"],
        [Language.Gu] = ["Patel", "Desai", "Mistry", "Lad", "Vania", "Bhana"],
        [Language.So] = ["Mohamed", "Abdi", "Warsame", "Farah", "Hersi", "Osman"],
        [Language.Sk] = ["Horváth", "Kaleja", "Pompa", "Gaži", "Bandy", "Dunka"],
        [Language.Cs] = ["Novák", "Dvořák", "Procházka", "Kučera", "Horák"],
        [Language.Lt] = ["Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius", "Vasiliauskas"],
        [Language.Lv] = ["Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš"],
        [Language.Pt] = ["Silva", "Santos", "Ferreira", "Pereira", "Costa"],
        [Language.Fa] = ["Rezaei", "Moradi", "Sadeghi", "Jafari"],
        [Language.Ti] = ["Tesfay", "Gebremedhin", "Haile", "Berhe", "Kidane"],
    };

    public string Next(CodeSet<Language> languages)
    {
        var community = languages.FirstOrDefault(language => language != Language.En);
        IReadOnlyList<string> surnames = community == Language.En ? EnglishSurnames : SurnamesByLanguage[community];
        return $"{Initials[random.Next(Initials.Length)]}. {random.Pick(surnames)}";
    }
}
