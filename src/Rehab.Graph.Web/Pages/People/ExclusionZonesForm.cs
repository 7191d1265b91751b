using System.Globalization;
using System.Text.Json;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// A person's licence exclusion zones as the offender manager pastes them: GeoJSON (a Polygon, a MultiPolygon, a
/// Feature or a FeatureCollection of them, as mapping tools export a licence condition's map), all of them at once, or
/// nothing to clear them; with the hidden version they read, which the hub checks. The page checks it is JSON; the hub
/// checks it is zones it can use, and its refusal is shown beside the box.
/// </summary>
public sealed record ExclusionZonesForm(string? Version, string? Zones)
{
    public const string Field = "zones";

    /// <summary>Far more than any licence's zones need, and small enough to refuse before sending.</summary>
    public const int MaxLength = 200_000;

    /// <summary>What clears every zone: the hub's own way of saying "none".</summary>
    public static readonly JsonElement None = JsonDocument.Parse("""{"type":"FeatureCollection","features":[]}""").RootElement.Clone();

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The form filled in with the zones as stored (null for none), indented to be read and edited.</summary>
    public static ExclusionZonesForm From(JsonElement? zones, int version) => new(
        version.ToString(CultureInfo.InvariantCulture),
        zones is { ValueKind: JsonValueKind.Object } z ? JsonSerializer.Serialize(z, Indented) : null);

    public (JsonElement? Zones, int? Version, FieldErrors Errors) Validate()
    {
        var errors = new FieldErrors();
        int? version = int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var read) ? read : null;
        if (version is null)
        {
            errors.Add(Field, "The form was missing the version you read: reload the page and paste the zones again");
        }

        var text = Zones?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (None, version, errors);
        }

        if (text.Length > MaxLength)
        {
            errors.Add(Field, $"The zones must be {MaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer");
            return (null, version, errors);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(Field, "Paste GeoJSON: a Polygon, MultiPolygon, Feature or FeatureCollection, starting with {");
                return (null, version, errors);
            }

            return (document.RootElement.Clone(), version, errors);
        }
        catch (JsonException)
        {
            errors.Add(Field, "The zones are not valid GeoJSON: check the text is copied whole, from { to }");
            return (null, version, errors);
        }
    }
}
