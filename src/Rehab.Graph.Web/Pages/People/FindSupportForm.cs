using System.Globalization;
using System.Text.RegularExpressions;
using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// Find support's filter, read from the query string (a GET form, so a search is a link): the needs to focus on (none:
/// the person's assessed needs, as the hub defaults) and how far from home.
/// </summary>
public sealed partial record FindSupportForm(IReadOnlyList<string> Need, string? Radius)
{
    public const int DefaultRadiusKm = 10;

    /// <summary>Matches per section: a screenful each.</summary>
    public const int PerSection = 10;

    /// <summary>The taxonomy has 13 needs; more than this is not a form anyone filled in.</summary>
    public const int MaxNeeds = 20;

    public static IReadOnlyList<int> RadiiKm { get; } = [1, 3, 5, 10, 25];

    public static class Fields
    {
        public const string Need = "need";
        public const string Radius = "radius";
    }

    /// <summary>The needs asked for, distinct, in the order given; empty means the person's own.</summary>
    public IReadOnlyList<string> NeedCodes => Need.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();

    public int RadiusKm => int.TryParse(Radius, NumberStyles.None, CultureInfo.InvariantCulture, out var km) && RadiiKm.Contains(km) ? km : DefaultRadiusKm;

    /// <summary>The hub's variables for this search, or the field errors that stop it being sent (field id to message).</summary>
    public (FindSupportPageVariables? Variables, IReadOnlyDictionary<string, string> Errors) Validate(string personId)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(Radius)
            && (!int.TryParse(Radius, NumberStyles.None, CultureInfo.InvariantCulture, out var km) || !RadiiKm.Contains(km)))
        {
            errors[Fields.Radius] = "Choose a distance from the list";
        }

        var codes = NeedCodes;
        if (codes.Count > MaxNeeds || codes.Any(c => !NeedCode().IsMatch(c)))
        {
            errors[Fields.Need] = "Choose needs from the list";
        }

        return errors.Count > 0
            ? (null, errors)
            : (Variables(personId, codes), errors);
    }

    /// <summary>The search as the hub's defaults have it: the person's own needs, 10 km from home (for a page whose filter was refused).</summary>
    public static FindSupportPageVariables Defaults(string personId) => Variables(personId, [], DefaultRadiusKm);

    /// <summary>The message beside a field the hub refused, in the page's words.</summary>
    public static string? FieldOf(string? hubField) => hubField switch
    {
        "input.needs" => Fields.Need,
        "input.near.radiusKm" or "input.near" => Fields.Radius,
        _ => null,
    };

    private FindSupportPageVariables Variables(string personId, IReadOnlyList<string> codes) => Variables(personId, codes, RadiusKm);

    private static FindSupportPageVariables Variables(string personId, IReadOnlyList<string> codes, int radiusKm) => new()
    {
        Id = personId,
        Needs = codes.Count == 0 ? null : codes.ToList<string?>(),
        RadiusKm = radiusKm,
        First = PerSection,
    };

    [GeneratedRegex("^[A-Z][A-Z_]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex NeedCode();
}
