using System.Collections.Frozen;
using System.Text.Json;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// The strengths a goal can build on, with their words, from the seed's list embedded in this assembly: the hub checks a
/// goal's strength codes against the same list but has no query for their labels.
/// </summary>
public static class Strengths
{
    private static readonly Lazy<IReadOnlyList<(string Code, string Label)>> Taxonomy = new(Load);

    private static readonly Lazy<FrozenDictionary<string, string>> Labels = new(() => Taxonomy.Value.ToFrozenDictionary(s => s.Code, s => s.Label, StringComparer.Ordinal));

    /// <summary>Every strength, in the list's order.</summary>
    public static IReadOnlyList<(string Code, string Label)> All => Taxonomy.Value;

    /// <summary>A strength's words; a code the list does not have, as words made from the code.</summary>
    public static string Label(string code) => Labels.Value.GetValueOrDefault(code) ?? Words.Strength(code);

    private static IReadOnlyList<(string Code, string Label)> Load()
    {
        using var stream = typeof(Strengths).Assembly.GetManifestResourceStream("Rehab.Graph.Web.strengths.json")
            ?? throw new InvalidOperationException("The strengths are not embedded in Rehab.Graph.Web.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateArray().Select(s => (s.GetProperty("code").GetString()!, s.GetProperty("label").GetString()!)).ToList();
    }
}
