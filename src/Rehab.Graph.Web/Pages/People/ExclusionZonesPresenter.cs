using System.Text.Json;
using Rehab.Graph.Web.Maps;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;
using Person = Rehab.Graph.Client.ExclusionZonesPageResult.PersonData;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// The exclusion zones page: the zones as stored on a map around their home (what connect and referrals keep them
/// away from), and the box that replaces them all, as posted after an error.
/// </summary>
public sealed class ExclusionZonesPresenter(Person person, ExclusionZonesForm form, FieldErrors errors, bool conflict = false, MapOptions? map = null)
{
    public const string Done = "zones";

    public const string Saved = "Licence exclusion zones saved";

    public static string PathFor(string personId) => $"/people/{Uri.EscapeDataString(personId)}/exclusion-zones";

    public string Title => "Licence exclusion zones";

    public string Caption => person.DisplayName;

    public string PersonHref => $"/people/{Uri.EscapeDataString(person.Id)}";

    public string Version => form.Version ?? "";

    public bool HasErrors => errors.Any || conflict;

    public IReadOnlyList<ErrorLink> ErrorSummary => conflict
        ? [new ErrorLink($"{person.DisplayName}'s record was changed by someone else since you opened this page. Reload it to see their zones now, then make your change again", PathFor(person.Id))]
        : errors.Summary();

    public string Stored => Words.Zones(person.ExclusionZoneCount);

    public bool HasZones => person.ExclusionZoneCount > 0;

    public FieldView Zones => new(ExclusionZonesForm.Field, "Their zones, as GeoJSON", form.Zones, errors.For(ExclusionZonesForm.Field),
        "Paste every zone from the licence's map, as a Polygon, MultiPolygon, Feature or FeatureCollection (a feature's \"name\" names its zone). "
        + "This replaces the zones they have. Leave it empty to remove every zone.", Multiline: true);

    public MapData Map => new()
    {
        Label = $"Map of {person.DisplayName}'s licence exclusion zones around their home",
        Caption = $"{person.DisplayName}'s home and their exclusion zones, shaded.",
        Home = new MapPoint(person.Home.Latitude, person.Home.Longitude),
        HomeLabel = $"{person.DisplayName}'s home",
        Zones = person.ExclusionZones is { ValueKind: JsonValueKind.Object } zones ? zones : null,
        Basemap = Hosting.WebAssets.Url("rehab/basemap.geojson"),
        TileUrl = map?.TileUrl,
        TileAttribution = map?.TileAttribution,
    };
}
