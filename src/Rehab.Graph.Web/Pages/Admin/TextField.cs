namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>A text input of the admin forms: its id (also its name), label, value, hint and error.</summary>
public sealed record TextField(string Id, string Label, string? Value, string? Error, string? Hint = null, string Type = "text", string WidthClass = "govuk-!-width-two-thirds", string Autocomplete = "off", bool Bold = true)
{
    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
