namespace Rehab.Graph.Domain.Geography;

/// <summary>An offline gazetteer over a fixed list of places; names match ignoring case, spaces and hyphens.</summary>
public sealed class InMemoryGazetteer(IEnumerable<Place> places) : IPlaceGazetteer
{
    private readonly Dictionary<string, Place> _byKey = places
        .GroupBy(p => Normalise(p.Name))
        .ToDictionary(g => g.Key, g => g.First());

    public Place? Find(string name) => _byKey.GetValueOrDefault(Normalise(name));

    private static string Normalise(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
