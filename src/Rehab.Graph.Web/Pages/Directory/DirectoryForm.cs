using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Directory;

/// <summary>
/// The directory's search, read from the query string (a GET form, so a search is a link to share): a place and how far
/// from it, a need, a community the services are run by and for, women-only services, and which page of the results.
/// </summary>
public sealed record DirectoryForm(string? Place, string? Radius, string? Need, string? ByAndFor, bool WomenOnly, CursorTrail Position)
{
    public const int PageSize = 10;

    public const int DefaultRadiusKm = 5;

    public const int PlaceMaxLength = 100;

    public static IReadOnlyList<int> RadiiKm { get; } = [1, 3, 5, 10, 25];

    /// <summary>The form's field ids, which the error summary links to.</summary>
    public static class Fields
    {
        public const string Place = "place";
        public const string Radius = "radius";
        public const string Need = "need";
        public const string ByAndFor = "byAndFor";
    }

    /// <summary>The community asked for, or null for any service.</summary>
    public string? Community => string.IsNullOrWhiteSpace(ByAndFor) ? null : ByAndFor.Trim();

    public string? PlaceText => string.IsNullOrWhiteSpace(Place) ? null : Place.Trim();

    public string? NeedCode => string.IsNullOrWhiteSpace(Need) ? null : Need.Trim();

    /// <summary>The hub's variables for this search, or the field errors that stop it being sent (field id to message).</summary>
    public (DirectoryPageVariables? Variables, IReadOnlyDictionary<string, string> Errors) Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (PlaceText is { Length: > PlaceMaxLength })
        {
            errors[Fields.Place] = $"Place must be {PlaceMaxLength} characters or fewer";
        }

        var radius = DefaultRadiusKm;
        if (!string.IsNullOrWhiteSpace(Radius)
            && (!int.TryParse(Radius, NumberStyles.None, CultureInfo.InvariantCulture, out radius) || !RadiiKm.Contains(radius)))
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

        return (new DirectoryPageVariables
        {
            Near = PlaceText is { } place ? new NearInput { Place = place, RadiusKm = radius } : null,
            Where = NeedCode is null && Community is null && !WomenOnly
                ? null
                : new ServiceFilter { Needs = NeedCode is { } need ? [need] : null, ByAndFor = Community is { } c ? [c] : null, WomenOnly = WomenOnly ? true : null },
            First = PageSize,
            After = Position.After,
        }, errors);
    }

    /// <summary>The radius this search asks for, in km.</summary>
    public int RadiusKm => int.TryParse(Radius, NumberStyles.None, CultureInfo.InvariantCulture, out var km) && RadiiKm.Contains(km) ? km : DefaultRadiusKm;

    /// <summary>
    /// The message beside a field the hub refused, in the page's words (the hub's own names its input, e.g. <c>near.place</c>);
    /// a refusal of something else keeps the hub's message.
    /// </summary>
    public string RefusalMessage(string? field, string hubMessage) => field switch
    {
        Fields.Place => $"No place in the region is called '{PlaceText}'. Enter a place or postcode district, like Orchard Park or HU5",
        Fields.Radius => "Choose a distance from the list",
        Fields.Need => "Choose a need from the list",
        Fields.ByAndFor => "Choose a community from the list",
        _ => hubMessage,
    };

    /// <summary>The hub's BAD_USER_INPUT field (e.g. <c>near.place</c>) as this form's field, so the error shows beside it.</summary>
    public static string? FieldOf(string? hubField) => hubField switch
    {
        "near" or "near.place" => Fields.Place,
        "near.radiusKm" => Fields.Radius,
        "where.needs" => Fields.Need,
        "where.byAndFor" => Fields.ByAndFor,
        _ => null,
    };
}
