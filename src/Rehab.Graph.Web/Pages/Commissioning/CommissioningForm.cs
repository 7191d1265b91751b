using System.Globalization;
using System.Text.RegularExpressions;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Commissioning;

/// <summary>
/// The commissioning page's filters, read from the query string (a GET form, so a view is a link to share): which postcode
/// districts and needs to count, the place and radius to look for provision gaps around, and optionally a community
/// (<see cref="ByAndFor"/>): then only the people who want its own services are counted, and only the services run by
/// and for it.
/// </summary>
public sealed partial record CommissioningForm(string? Areas, IReadOnlyList<string> Needs, string? Place, string? Radius, string? ByAndFor = null)
{
    /// <summary>A place every commissioner knows, so the gaps show before anyone asks.</summary>
    public const string DefaultPlace = "City Centre";

    public const int DefaultRadiusKm = 5;

    public const int PlaceMaxLength = 100;

    public const int AreasMaxLength = 200;

    /// <summary>More districts than the region has is a mistake, not a question.</summary>
    public const int MaxAreas = 30;

    public static IReadOnlyList<int> RadiiKm { get; } = [1, 3, 5, 10, 25];

    /// <summary>The form's field ids, which the error summary links to.</summary>
    public static class Fields
    {
        public const string Areas = "areas";
        public const string Needs = "needs";
        public const string Place = "place";
        public const string Radius = "radius";
        public const string ByAndFor = "byAndFor";
    }

    /// <summary>The community asked for, or null for all services and people.</summary>
    public string? Community => string.IsNullOrWhiteSpace(ByAndFor) ? null : ByAndFor.Trim();

    /// <summary>The districts typed, in capitals, each once, in the order typed.</summary>
    public IReadOnlyList<string> AreaCodes =>
        (Areas ?? string.Empty).Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> NeedCodes => Needs.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();

    public string PlaceText => string.IsNullOrWhiteSpace(Place) ? DefaultPlace : Place.Trim();

    /// <summary>The radius this view asks for, in km.</summary>
    public int RadiusKm => int.TryParse(Radius, NumberStyles.None, CultureInfo.InvariantCulture, out var km) && RadiiKm.Contains(km) ? km : DefaultRadiusKm;

    /// <summary>The hub's variables for this view, or the field errors that stop it being sent (field id to message).</summary>
    public (CommissioningPageVariables? Variables, IReadOnlyDictionary<string, string> Errors) Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var areas = AreaCodes;
        if ((Areas?.Length ?? 0) > AreasMaxLength || areas.Count > MaxAreas)
        {
            errors[Fields.Areas] = $"Enter {MaxAreas} postcode districts or fewer";
        }
        else if (areas.FirstOrDefault(a => !District().IsMatch(a)) is { } bad)
        {
            errors[Fields.Areas] = $"'{Shorten(bad)}' is not a postcode district. Enter districts like HU3 or HU17, separated by spaces or commas";
        }

        if (Needs.Count > 50 || NeedCodes.Any(n => n.Length > 50))
        {
            errors[Fields.Needs] = "Choose needs from the list";
        }

        if (Place is { Length: > PlaceMaxLength })
        {
            errors[Fields.Place] = $"Place must be {PlaceMaxLength} characters or fewer";
        }

        if (!string.IsNullOrWhiteSpace(Radius)
            && (!int.TryParse(Radius, NumberStyles.None, CultureInfo.InvariantCulture, out var radius) || !RadiiKm.Contains(radius)))
        {
            errors[Fields.Radius] = "Choose a distance from the list";
        }

        if (Community is { } community && !Communities.IsCode(community))
        {
            errors[Fields.ByAndFor] = "Choose a community from the list";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new CommissioningPageVariables
        {
            Areas = areas.Count == 0 ? null : areas,
            Needs = NeedCodes is { Count: > 0 } needs ? needs : null,
            Near = new NearInput { Place = PlaceText, RadiusKm = RadiusKm },
            ByAndFor = Community,
        }, errors);
    }

    /// <summary>The hub's BAD_USER_INPUT field as this form's field, so the error shows beside it.</summary>
    public static string? FieldOf(string? hubField) => hubField switch
    {
        "areas" => Fields.Areas,
        "needs" => Fields.Needs,
        "near" or "near.place" => Fields.Place,
        "near.radiusKm" => Fields.Radius,
        "byAndFor" => Fields.ByAndFor,
        _ => null,
    };

    /// <summary>The message beside a field the hub refused, in the page's words; a refusal of something else keeps the hub's message.</summary>
    public string RefusalMessage(string? field, string hubMessage) => field switch
    {
        Fields.Areas => "Enter postcode districts of the region, like HU3 or HU17, separated by spaces or commas",
        Fields.Needs => "Choose needs from the list",
        Fields.Place => $"No place in the region is called '{Shorten(PlaceText)}'. Enter a place or postcode district, like Orchard Park or HU5",
        Fields.Radius => "Choose a distance from the list",
        Fields.ByAndFor => "Choose a community from the list",
        _ => hubMessage,
    };

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex District();
}
