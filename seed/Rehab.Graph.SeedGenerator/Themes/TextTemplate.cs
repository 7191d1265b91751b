namespace Rehab.Graph.SeedGenerator;

/// <summary>Fills the {town}, {area}, {river}, {street}, {emblem}, {saint} and {language} tokens of the themed catalogue.</summary>
public sealed class TextTemplate(Random random)
{
    public string Fill(string text, Neighbourhood area, string? language = null)
    {
        if (!text.Contains('{'))
        {
            return text;
        }

        var centre = area.Centre;
        return text
            .Replace("{town}", centre.Name)
            .Replace("{area}", AreaName(area))
            .Replace("{river}", centre.River)
            .Replace("{street}", text.Contains("{street}") ? random.Pick(Vocabulary.Streets) : "")
            .Replace("{emblem}", text.Contains("{emblem}") ? random.Pick(Vocabulary.Emblems) : "")
            .Replace("{saint}", text.Contains("{saint}") ? random.Pick(Vocabulary.Saints) : "")
            .Replace("{language}", language is { } spoken ? LanguageNames.Of(spoken) : "");
    }

    /// <summary>"Leeds Women's Hub" reads better than "City Centre Women's Hub".</summary>
    private static string AreaName(Neighbourhood area) => area == area.Centre.TownCentre ? area.Centre.Name : area.Name;
}
