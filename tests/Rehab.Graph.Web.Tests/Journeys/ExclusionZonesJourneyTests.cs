using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Graph.Neo4j.Client;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>
/// Licence exclusion zones: the offender manager (prc-07) draws a zone around a service near a person of theirs ("Z. …",
/// made for the test) by pasting its GeoJSON, sees it on the person's page, the plan and a map, and finds support no
/// longer offers what lies inside it; then clears it.
/// </summary>
public sealed class ExclusionZonesJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    /// <summary>Prison Release Housing Desk (org-0001), in the City Centre.</summary>
    private const string HousingDesk = "svc-0001";

    private static Task<IResponse> PostAsync(IPage page, string button) =>
        page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(), response => response.Request.Method == "POST");

    private static string Square(double latitude, double longitude, double half) => string.Format(CultureInfo.InvariantCulture,
        """{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"name":"Around the desk"}},"geometry":{{"type":"Polygon","coordinates":[[[{0},{1}],[{2},{1}],[{2},{3}],[{0},{3}],[{0},{1}]]]}}}}]}}""",
        longitude - half, latitude - half, longitude + half, latitude + half);

    [Fact]
    public async Task The_offender_manager_sets_a_zone_around_a_service_sees_it_on_a_map_and_find_support_leaves_the_service_out()
    {
        var desk = (await HubApi.RunAsync(App, HubApi.OffenderManager, $"{{ node(id: \"{HousingDesk}\") {{ ... on Service {{ name location {{ latitude longitude }} }} }} }}")).GetProperty("node");
        var (deskName, lat, lon) = (desk.GetProperty("name").GetString()!, desk.GetProperty("location").GetProperty("latitude").GetDouble(), desk.GetProperty("location").GetProperty("longitude").GetDouble());
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (person, name) = ($"per-web-zoned-{suffix}", $"Z. Zoned{suffix}");
        await App.Cypher.RunAsync(new CypherStatement("test: a person of prc-07's near the housing desk", """
            MATCH (pr:Practitioner {id: 'prc-07'}), (housing:Need {code: 'ACCOMMODATION'})
            CREATE (pr)-[:SUPERVISES]->(p:Person {id: $id, displayName: $name, gender: 'MALE', birthYear: 1985, homeLat: $lat, homeLon: $lon,
                    postcodeDistrict: 'HU1', languages: ['en'], riskOfHarm: 'LOW', riskFlags: []})
            CREATE (p)-[:HAS_NEED {severity: 3}]->(housing)
            """, new Dictionary<string, object?> { ["id"] = person, ["name"] = name, ["lat"] = lat + 0.01, ["lon"] = lon }));
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync($"/people/{person}");
        await Expect(page.Locator("#exclusion-zones")).ToHaveTextAsync("None");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change licence exclusion zones" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Licence exclusion zones");
        await Expect(page.Locator("#rehab-map")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        var box = page.GetByLabel("Their zones, as GeoJSON");
        await box.FillAsync("{\"type\": \"Polygon\"");
        Assert.Equal(400, (await PostAsync(page, "Save zones")).Status);
        await Expect(page.Locator(".govuk-error-summary a[href='#zones']")).ToContainTextAsync("not valid GeoJSON");
        await box.FillAsync("""{"type":"Point","coordinates":[-0.33,53.74]}""");
        Assert.Equal(400, (await PostAsync(page, "Save zones")).Status);
        await Expect(page.Locator("#zones-error")).ToContainTextAsync("The hub cannot use these zones");
        await AssertAccessibleAsync(page);

        await box.FillAsync(Square(lat, lon, 0.002));
        Assert.Equal(302, (await PostAsync(page, "Save zones")).Status);
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Licence exclusion zones saved");
        await Expect(page.Locator("#exclusion-zones")).ToHaveTextAsync("1 zone");

        await page.GotoAsync($"/people/{person}/plan");
        await Expect(page.Locator("#zones-count")).ToHaveTextAsync("1 zone: support inside one is never offered.");
        await page.GetByRole(AriaRole.Link, new() { Name = "See them on a map or change them" }).ClickAsync();
        await Expect(page.Locator("#zones-now")).ToHaveTextAsync("1 zone");
        await Expect(page.Locator("#rehab-map path[stroke='#d4351c']")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Their zones, as GeoJSON")).ToHaveValueAsync(new Regex("Around the desk"));
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "exclusion-zones");

        await page.GotoAsync($"/people/{person}/support");
        await Expect(page.Locator("li.rehab-match").Filter(new() { HasText = deskName })).ToHaveCountAsync(0);
        await page.GetByText("Why not?").ClickAsync();
        await Expect(page.Locator("tr").Filter(new() { HasText = deskName })).ToContainTextAsync("Inside an exclusion zone");

        await page.GotoAsync($"/people/{person}/exclusion-zones");
        await page.GetByLabel("Their zones, as GeoJSON").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save zones" }).ClickAsync();
        await Expect(page.Locator("#exclusion-zones")).ToHaveTextAsync("None");
        var stored = await HubApi.RunAsync(App, HubApi.OffenderManager, "query($id: ID!) { person(id: $id) { exclusionZoneCount } }", new { id = person });
        Assert.Equal(0, stored.GetProperty("person").GetProperty("exclusionZoneCount").GetInt32());
    }

    [Fact]
    public async Task The_zones_page_fits_a_narrow_screen_and_is_only_their_offender_managers()
    {
        var narrow = await NewNarrowPageAsync();
        await SignInAsync(narrow, DemoUser.OffenderManager);
        await narrow.GotoAsync("/people/per-0033/exclusion-zones");
        await Expect(narrow.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Licence exclusion zones");
        await AssertNoHorizontalScrollAsync(narrow);

        var other = await NewPageAsync();
        await SignInAsync(other, "OFFENDER_MANAGER", practitioner: "prc-03");
        Assert.Equal(404, (await other.GotoAsync("/people/per-0033/exclusion-zones"))!.Status);
        var partner = await NewPageAsync();
        await SignInAsync(partner, DemoUser.Partner);
        Assert.Equal(403, (await partner.GotoAsync("/people/per-0033/exclusion-zones"))!.Status);
    }
}
