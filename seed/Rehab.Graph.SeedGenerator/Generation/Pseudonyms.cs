namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Invented "J. Morley"-style pseudonyms; speakers of a community language get a surname from that community. In a
/// region whose surnames are unique none repeats; at scale names repeat, as they do on a real caseload.
/// </summary>
public sealed class Pseudonyms(Random random, Surnames surnames)
{
    private const string Initials = "AABBCCDDEGHIJJKKLLMMNPRRSSTTVW";

    private readonly HashSet<string> _used = [];

    public string Next(IReadOnlyList<string> languages)
    {
        var community = languages.FirstOrDefault(surnames.ByLanguage.ContainsKey);
        var from = community is null ? surnames.English : surnames.ByLanguage[community];
        while (true)
        {
            var name = $"{Initials[random.Next(Initials.Length)]}. {random.Pick(from)}";
            if (!surnames.Unique || _used.Add(name))
            {
                return name;
            }
        }
    }
}
