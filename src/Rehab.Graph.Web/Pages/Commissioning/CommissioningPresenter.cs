using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Hosting;
using Rehab.Graph.Web.Maps;
using Rehab.Graph.Web.Pages.Shared;
using Counts = Rehab.Graph.Client.CommissioningPageResult.NeedCountsData;
using Gaps = Rehab.Graph.Client.CommissioningPageResult.ProvisionGapsData;

namespace Rehab.Graph.Web.Pages.Commissioning;

/// <summary>
/// A count as a cell shows it: the number, or words saying why there is none (<see cref="Withheld"/>), never a 0 that
/// was not counted.
/// </summary>
public sealed record CountCell(string Text, bool Withheld);

/// <summary>A district on the map: its centre, and the shown counts of people with needs and not connected, and how many counts were withheld.</summary>
public sealed record MapDistrict(string Area, double Latitude, double Longitude, int People, int NotConnected, int Withheld);

/// <summary>A district and need as a row of the need counts table.</summary>
public sealed record NeedCountRow(string Area, string Need, CountCell People, CountCell NotConnected);

/// <summary>A need as a row of the provision gaps table; <see cref="Tag"/> is the GOV.UK tag colour for the gap.</summary>
public sealed record ProvisionGapRow(string Need, string WithinRadius, string Online, string Nearest, string Status, string Tag);

/// <summary>
/// What the commissioning page shows: the filters as they were filled in, with any errors; need counts per postcode
/// district and need (withheld counts said as such); and provision around a place, least provided first.
/// </summary>
public sealed class CommissioningPresenter(
    CommissioningForm form,
    IReadOnlyList<CommissioningPageResult.NeedsData> needs,
    IReadOnlyList<Counts>? counts,
    IReadOnlyList<Gaps>? gaps,
    IReadOnlyDictionary<string, string> errors,
    MapOptions? map = null)
{
    public const string Path = "/commissioning";

    /// <summary>What a people count of null means: the hub withholds 1 to 4.</summary>
    public const string FewerThanFive = "Fewer than 5";

    /// <summary>What an unmet count of null means: small, or one that would let a small count be worked out.</summary>
    public const string WithheldText = "Withheld";

    public string Title => "Needs and gaps";

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<ErrorLink> ErrorSummary =>
        new[] { CommissioningForm.Fields.Areas, CommissioningForm.Fields.Needs, CommissioningForm.Fields.ByAndFor, CommissioningForm.Fields.Place, CommissioningForm.Fields.Radius }
            .Where(errors.ContainsKey)
            .Select(id => new ErrorLink(errors[id], "#" + id))
            .Concat(errors.Where(e => e.Key.Length == 0).Select(e => new ErrorLink(e.Value, "#" + CommissioningForm.Fields.Areas)))
            .ToList();

    public string? ErrorFor(string field) => errors.TryGetValue(field, out var message) ? message : null;

    public string AreasValue => form.Areas ?? string.Empty;

    public string PlaceValue => form.Place ?? CommissioningForm.DefaultPlace;

    /// <summary>The needs to tick, each ticked when this view counts it.</summary>
    public IReadOnlyList<Option> NeedOptions => needs.Select(n => new Option(n.Code, n.Label, form.NeedCodes.Contains(n.Code))).ToList();

    /// <summary>"All services", then each community; the one this view is for selected.</summary>
    public IReadOnlyList<Option> ByAndForOptions =>
    [
        new(string.Empty, "All services", Community is null),
        .. Communities.All.Select(c => new Option(c.Code, c.Label, c.Code == Community)),
    ];

    /// <summary>The community the figures are for, in words ("services run by and for women"), or null for all.</summary>
    public string? ByAndForWords => Community is null ? null : "services run by and for " + Communities.Whom(Community);

    /// <summary>Who the need counts are of, when a community is chosen; null for everyone.</summary>
    public string? CountsFor => ByAndForWords is { } words ? $"Only the people who want {words} are counted." : null;

    /// <summary>What the counts section says when there is nothing to count.</summary>
    public string CountsEmpty => ByAndForWords is { } words
        ? $"Nobody on probation in these districts who wants {words} has these needs."
        : "Nobody on probation in these districts has these needs.";

    public IReadOnlyList<Option> RadiusOptions =>
        CommissioningForm.RadiiKm.Select(km => new Option(km.ToString(CultureInfo.InvariantCulture), $"{km} km", km == form.RadiusKm)).ToList();

    /// <summary>The filters the table is for, in words ("HU3, HU5; Accommodation"), or null when it counts everything.</summary>
    public string CountsCaption
    {
        get
        {
            var parts = new List<string>();
            if (form.AreaCodes.Count > 0)
            {
                parts.Add(string.Join(", ", form.AreaCodes));
            }

            var labels = needs.Where(n => form.NeedCodes.Contains(n.Code)).Select(n => n.Label).ToList();
            if (labels.Count > 0)
            {
                parts.Add(string.Join(", ", labels));
            }

            var caption = parts.Count == 0 ? "Need counts, every district and need" : "Need counts: " + string.Join("; ", parts);
            return ByAndForWords is { } words ? $"{caption}; people who want {words}" : caption;
        }
    }

    public bool HasCounts => counts is not null;

    /// <summary>A row per district and need, districts in postcode order (HU2 before HU10), then need.</summary>
    public IReadOnlyList<NeedCountRow> CountRows => (counts ?? [])
        .OrderBy(c => DistrictOrder(c.Area).Letters, StringComparer.Ordinal)
        .ThenBy(c => DistrictOrder(c.Area).Number)
        .ThenBy(c => c.Area, StringComparer.Ordinal)
        .ThenBy(c => c.Need.Label, StringComparer.Ordinal)
        .Select(c => new NeedCountRow(
            c.Area,
            c.Need.Label,
            c.People is { } people ? Number(people) : new CountCell(FewerThanFive, true),
            c.Unmet is { } unmet ? Number(unmet) : new CountCell(WithheldText, true)))
        .ToList();

    public bool AnyWithheld => CountRows.Any(r => r.People.Withheld || r.NotConnected.Withheld);

    /// <summary>
    /// Each district the counts name, for the map: where it is, and the counts that were shown added up (a withheld count
    /// adds nothing, and says so in <see cref="MapDistrict.Withheld"/>).
    /// </summary>
    public IReadOnlyList<MapDistrict> MapDistricts => (counts ?? [])
        .GroupBy(c => c.Area, StringComparer.Ordinal)
        .Select(g => (Centre: DistrictCentroids.Of(g.Key), Counts: g.ToList()))
        .Where(d => d.Centre is not null)
        .Select(d => new MapDistrict(
            d.Centre!.Area,
            d.Centre.Latitude,
            d.Centre.Longitude,
            d.Counts.Sum(c => c.People ?? 0),
            d.Counts.Sum(c => c.Unmet ?? 0),
            d.Counts.Count(c => c.People is null || c.Unmet is null)))
        .OrderBy(d => d.Area, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The districts on the region's basemap (or the configured tiles), each shaded by the people not yet connected
    /// there relative to the district with most, and sized by the people counted.
    /// </summary>
    public MapData Map
    {
        get
        {
            var districts = MapDistricts;
            var most = Math.Max(1, districts.Count == 0 ? 0 : districts.Max(d => d.NotConnected));
            return new MapData
            {
                Label = "Map of the districts in the table, shaded by people not yet connected to support",
                Caption = "The map shades each district by how many people there are not yet connected to support, darker for more; the table below has the same figures.",
                Areas = districts.Select(d => new MapArea(
                    d.Area,
                    d.Latitude,
                    d.Longitude,
                    d.NotConnected == 0 ? 0 : Math.Min(MapArea.Darkest, 1 + (d.NotConnected * (MapArea.Darkest - 1) / most)),
                    10 + Math.Min(20, d.People / 2),
                    $"{d.NotConnected} not yet connected of {d.People} counted" + (d.Withheld > 0 ? $"; {d.Withheld} counts withheld" : string.Empty))).ToList(),
                Basemap = WebAssets.Url("rehab/basemap.geojson"),
                TileUrl = map?.TileUrl,
                TileAttribution = map?.TileAttribution,
            };
        }
    }

    public bool HasGaps => gaps is not null;

    public string GapsCaption => ByAndForWords is { } words
        ? $"Provision of {words} within {form.RadiusKm} km of {form.PlaceText}, least provided first"
        : $"Provision within {form.RadiusKm} km of {form.PlaceText}, least provided first";

    /// <summary>The community asked for, when it is one of the list (a refused one shows as "All services").</summary>
    private string? Community => form.Community is { } c && Communities.IsCode(c) ? c : null;

    /// <summary>The needs around the place, in the hub's order: least provided first.</summary>
    public IReadOnlyList<ProvisionGapRow> GapRows => (gaps ?? [])
        .Select(g => new ProvisionGapRow(
            g.Need.Label,
            g.ServicesWithinRadius.ToString(CultureInfo.InvariantCulture),
            g.OnlineServices.ToString(CultureInfo.InvariantCulture),
            g.NearestKm is { } km ? km.ToString("0.0", CultureInfo.InvariantCulture) + " km" : "None in the region",
            g.Gap ? "Gap" : "Provided",
            g.Gap ? "govuk-tag--red" : "govuk-tag--green"))
        .ToList();

    private static CountCell Number(int value) => new(value.ToString("N0", CultureInfo.GetCultureInfo("en-GB")), false);

    /// <summary>A district's letters and number, so HU2 sorts before HU10.</summary>
    internal static (string Letters, int Number) DistrictOrder(string area)
    {
        var letters = new string(area.TakeWhile(char.IsLetter).ToArray());
        var digits = new string(area.Skip(letters.Length).TakeWhile(char.IsDigit).ToArray());
        return (letters, int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0);
    }
}
