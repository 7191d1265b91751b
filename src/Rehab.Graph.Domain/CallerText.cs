namespace Rehab.Graph.Domain;

/// <summary>Text a caller sent, as an error message may quote it.</summary>
public static class CallerText
{
    /// <summary>Cut short, so that a message stays short whatever was sent.</summary>
    public static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
