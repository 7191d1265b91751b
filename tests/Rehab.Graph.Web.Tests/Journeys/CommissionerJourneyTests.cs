using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>The commissioner: need counts per postcode district, withheld counts said as such, and provision gaps around a place.</summary>
public sealed class CommissionerJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_commissioner_filters_need_counts_by_district_and_need_and_sees_withheld_counts_labelled_never_as_zero(bool javaScript)
    {
        var page = await NewPageAsync(javaScript);
        await SignInAsync(page, DemoUser.Commissioner);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Needs and gaps" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Needs and gaps");
        var everything = page.Locator("#counts-table tbody tr");
        var allRows = await everything.CountAsync();
        Assert.True(allRows > 20, $"{allRows} rows of need counts for the whole region");

        await page.GetByLabel("Postcode districts").FillAsync("hu3, HU5");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Accommodation" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show counts and gaps" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("areas=hu3%2C(\\+|%20)HU5&needs=ACCOMMODATION"));
        var table = page.Locator("#counts-table");
        await Expect(table.Locator("caption")).ToHaveTextAsync("Need counts: HU3, HU5; Accommodation");
        var rows = table.Locator("tbody tr");
        Assert.InRange(await rows.CountAsync(), 1, 2);
        foreach (var district in await rows.Locator("th").AllTextContentsAsync())
        {
            Assert.Contains(district.Trim(), new[] { "HU3", "HU5" });
        }

        Assert.All(await rows.Locator("td:nth-child(2)").AllTextContentsAsync(), need => Assert.Equal("Accommodation", need.Trim()));
        var counts = (await rows.Locator("td.govuk-table__cell--numeric").AllTextContentsAsync()).Select(c => c.Trim()).ToList();
        Assert.DoesNotContain("0", counts.Where((_, i) => i % 2 == 0));
        Assert.All(counts, c => Assert.Matches("^([0-9]+|Fewer than 5|Withheld)$", c));
        await Expect(page.Locator("#withheld-explained")).ToContainTextAsync("Neither means none");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Accommodation" })).ToBeCheckedAsync();

        // The demo region's 200 people are spread thin: across the region most counts are too small to show.
        await page.GotoAsync("/commissioning");
        await Expect(page.Locator("#counts-table tbody").GetByText("Fewer than 5").First).ToBeVisibleAsync();
        await Expect(page.Locator("#counts-table tbody").GetByText("Withheld").First).ToBeVisibleAsync();
        if (javaScript)
        {
            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, "commissioning");
        }
    }

    [Fact]
    public async Task A_commissioner_sees_provision_around_a_place_least_provided_first_and_an_unknown_place_is_an_error_beside_its_field()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Commissioner);
        await page.GotoAsync("/commissioning");

        await page.GetByLabel("Place or postcode district").FillAsync("Withernsea");
        await page.GetByLabel("Within", new() { Exact = true }).SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show counts and gaps" }).ClickAsync();

        var table = page.Locator("#gaps-table");
        await Expect(table.Locator("caption")).ToHaveTextAsync("Provision within 3 km of Withernsea, least provided first");
        var nearby = (await table.Locator("tbody tr td:nth-child(2)").AllTextContentsAsync()).Select(int.Parse).ToList();
        Assert.True(nearby.Count >= 10, $"{nearby.Count} needs");
        Assert.Equal(nearby.Order(), nearby);
        var gaps = await table.Locator("tbody tr").Filter(new() { Has = page.Locator(".govuk-tag", new() { HasText = "Gap" }) }).CountAsync();
        Assert.True(gaps > 0, "a small seaside town has gaps within 3 km");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "commissioning-gaps");

        await page.GetByLabel("Place or postcode district").FillAsync("Atlantis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show counts and gaps" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(new Regex("^Error: Needs and gaps"));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("No place in the region is called 'Atlantis'");
        await Expect(page.Locator("#place-error")).ToContainTextAsync("Atlantis");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task With_JavaScript_the_need_counts_are_also_a_map_of_districts_shaded_by_people_not_yet_connected_and_without_it_the_map_stays_hidden()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Commissioner);
        await page.GotoAsync("/commissioning");

        var map = page.Locator("#rehab-map");
        await Expect(map).ToBeVisibleAsync();
        var districts = await page.Locator("#counts-table tbody th").AllTextContentsAsync();
        await Expect(map.Locator("path.leaflet-interactive")).ToHaveCountAsync(districts.Distinct().Count());
        // Drawn on the region's basemap: its land, water and place names, not on a blank background.
        await Expect(map.Locator(".rehab-map-place").First).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "commissioning-map");
        AssertNoRequestLeftTheHub();

        var withoutScript = await NewPageAsync(javaScript: false);
        await SignInAsync(withoutScript, DemoUser.Commissioner);
        await withoutScript.GotoAsync("/commissioning");
        await Expect(withoutScript.Locator("#rehab-map")).ToBeHiddenAsync();
        await Expect(withoutScript.Locator("#counts-table")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_crafted_address_with_a_bad_district_gets_a_GOV_UK_error_not_a_server_error()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Commissioner);

        var response = await page.GotoAsync("/commissioning?areas=HU99&needs=NOPE&radius=9999");

        Assert.Equal(400, response!.Status);
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose a distance from the list");
        var unknown = await page.GotoAsync("/commissioning?areas=HU99");
        Assert.Equal(400, unknown!.Status);
        await Expect(page.Locator("#areas-error")).ToContainTextAsync("postcode districts of the region");
    }
}
