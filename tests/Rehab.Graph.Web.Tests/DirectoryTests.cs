using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests;

/// <summary>The public directory: anyone finds services near a place, by need, with or without JavaScript.</summary>
public sealed partial class DirectoryTests(RehabWebApplication app) : BrowserTest(app)
{
    [Fact]
    public async Task A_member_of_the_public_finds_accommodation_services_near_a_place_nearest_first()
    {
        var page = await NewPageAsync();

        await SearchNearOrchardParkForAccommodationAsync(page);

        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "directory-results");
        AssertNoRequestLeftTheHub();
    }

    [Fact]
    public async Task With_JavaScript_off_a_member_of_the_public_finds_accommodation_services_near_a_place_nearest_first()
    {
        var page = await NewPageAsync(javaScript: false);

        await SearchNearOrchardParkForAccommodationAsync(page);

        await ScreenshotAsync(page, "directory-results-no-javascript");
    }

    [Fact]
    public async Task A_place_the_hub_does_not_know_is_shown_as_an_error_beside_the_field_and_the_summary_takes_the_user_there()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/directory");

        await page.GetByLabel("Near a place or postcode district").FillAsync("Atlantis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("There is a problem");
        await Expect(page.Locator("#place-error")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Near a place or postcode district")).ToHaveValueAsync("Atlantis");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByLabel("Near a place or postcode district")).ToBeFocusedAsync();
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "directory-unknown-place");
    }

    [Fact]
    public async Task On_a_320_pixel_wide_screen_the_directory_and_its_results_fit_without_scrolling_sideways()
    {
        var page = await NewNarrowPageAsync();

        await SearchNearOrchardParkForAccommodationAsync(page);

        await AssertNoHorizontalScrollAsync(page);
        await ScreenshotAsync(page, "directory-results-320px");
    }

    private static async Task SearchNearOrchardParkForAccommodationAsync(IPage page)
    {
        await page.GotoAsync("/directory");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Find services");

        await page.GetByLabel("Near a place or postcode district").FillAsync("Orchard Park");
        await page.GetByLabel("Need").SelectOptionAsync("ACCOMMODATION");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/directory\?.*place=Orchard(\+|%20)Park"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Orchard Park" })).ToBeVisibleAsync();
        var cards = page.Locator(".govuk-summary-card");
        await Expect(cards.First).ToBeVisibleAsync();
        var distances = (await cards.Locator(".govuk-summary-card__title-wrapper").AllInnerTextsAsync())
            .Select(text => DistanceKm().Match(text))
            .Where(match => match.Success)
            .Select(match => double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(distances);
        Assert.Equal(distances.Order(), distances);
        foreach (var needs in await cards.Locator(".govuk-summary-list__row", new() { HasText = "Needs" }).AllInnerTextsAsync())
        {
            Assert.Contains("ccommodation", needs, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"([0-9]+\.[0-9]) km away")]
    private static partial Regex DistanceKm();
}
