using System.Text.Json;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.People;

/// <summary>
/// An offender manager's change to a person's record, not yet validated: each part given replaces what is stored, each
/// part left out stays. <see cref="Version"/> is the version the change was made from.
/// </summary>
public sealed record PersonUpdate(
    string PersonId,
    int Version,
    IReadOnlyList<PersonNeedInput>? Needs,
    IReadOnlyList<string>? Strengths,
    IReadOnlyList<string>? RiskFlags,
    JsonElement? ExclusionZones,
    GeoPoint? Home,
    string? PostcodeDistrict,
    PersonContactInput? Contact = null,
    IReadOnlyList<string>? ByAndFor = null);

/// <summary>How the person can be told, as sent: <see cref="PreferredChannels"/> left out means every channel given.</summary>
public sealed record PersonContactInput(string? Email, string? MobilePhone, string? PostalAddress, IReadOnlyList<ImmediateJustice.MessageChannel>? PreferredChannels);

public sealed record PersonNeedInput(string Code, int Severity);

/// <summary>
/// A validated change. <see cref="ExclusionZones"/> is the GeoJSON as given, or "" to clear them (an empty
/// FeatureCollection); <see cref="Contact"/> replaces the stored details, and one with none clears them; <see cref="Parts"/>
/// names what changes, for the audit trail.
/// </summary>
public sealed record ValidPersonUpdate(
    string PersonId,
    int Version,
    IReadOnlyList<PersonNeedInput>? Needs,
    IReadOnlyList<string>? Strengths,
    IReadOnlyList<string>? RiskFlags,
    string? ExclusionZones,
    GeoPoint? Home,
    string? PostcodeDistrict,
    PersonContact? Contact = null,
    IReadOnlyList<string>? ByAndFor = null)
{
    public IReadOnlyList<string> Parts =>
    [
        .. Needs is null ? [] : new[] { "needs" },
        .. Strengths is null ? [] : new[] { "strengths" },
        .. RiskFlags is null ? [] : new[] { "riskFlags" },
        .. ExclusionZones is null ? [] : new[] { "exclusionZones" },
        .. Home is null ? [] : new[] { "home" },
        .. Contact is null ? [] : new[] { "contact" },
        .. ByAndFor is null ? [] : new[] { "byAndFor" },
    ];
}

public static class PersonRules
{
    public static ValidPersonUpdate Validate(PersonUpdate update)
    {
        var personId = Ids.Require(update.PersonId, Ids.Person, "input.personId");
        if (update.Version < 0)
        {
            throw new InvalidInputException("input.version", $"'input.version' is the version you changed, 0 or more (got {update.Version}).");
        }

        var needs = update.Needs is { } given ? Needs(given) : null;
        var zones = update.ExclusionZones is { } geoJson ? Zones(geoJson) : null;
        GeoPoint? home = update.Home is { } point ? GeoPoint.Create(point.Latitude, point.Longitude, "input.home") : null;
        if (update.PostcodeDistrict is not null && home is null)
        {
            throw new InvalidInputException("input.postcodeDistrict", "'input.postcodeDistrict' goes with a new 'input.home'.");
        }

        var district = District(update.PostcodeDistrict, "input.postcodeDistrict");

        var valid = new ValidPersonUpdate(
            personId, update.Version, needs, update.Strengths is null ? null : StrengthCodes.Validate(update.Strengths, "input.strengths"),
            update.RiskFlags is null ? null : Connector.RiskFlags.Validate(update.RiskFlags, "input.riskFlags"), zones, home, district,
            update.Contact is { } contact ? PersonContact.Validate(contact.Email, contact.MobilePhone, contact.PostalAddress, contact.PreferredChannels, "input.contact") : null,
            update.ByAndFor is null ? null : CommunityCodes.Validate(update.ByAndFor, "input.byAndFor"));
        return valid.Parts.Count > 0 ? valid : throw new InvalidInputException("input", "Give at least one of needs, strengths, riskFlags, exclusionZones, home, contact or byAndFor to change.");
    }

    /// <summary>A postcode district as stored, upper case; null when none is given.</summary>
    public static string? District(string? given, string field)
    {
        var district = given?.Trim().ToUpperInvariant();
        return district is { Length: 0 or > 4 }
            ? throw new InvalidInputException(field, $"'{field}' is the outward part of a postcode, e.g. HU3 (got '{CallerText.Shown(given!)}').")
            : district;
    }

    private static IReadOnlyList<PersonNeedInput> Needs(IReadOnlyList<PersonNeedInput> needs)
    {
        var codes = NeedCodes.Validate(needs.Select(n => n.Code), "input.needs");
        if (codes.Count != needs.Count)
        {
            throw new InvalidInputException("input.needs", "Each need is given once in 'input.needs'.");
        }

        return needs.All(n => n.Severity is >= 1 and <= 3)
            ? needs
            : throw new InvalidInputException("input.needs", "A need's severity is 1 (low) to 3 (high).");
    }

    /// <summary>The zones as given, once they parse; an empty FeatureCollection clears them.</summary>
    private static string Zones(JsonElement geoJson)
    {
        if (geoJson.ValueKind == JsonValueKind.Object
            && geoJson.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "FeatureCollection"
            && geoJson.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array && features.GetArrayLength() == 0)
        {
            return "";
        }

        Connector.ExclusionZones.Parse(geoJson, "input.exclusionZones");
        return geoJson.GetRawText();
    }
}
