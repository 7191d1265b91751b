using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>
/// Services run by and for a community: a partner says whom a service is for, an offender manager records a person's
/// wish and finds support that honours it, a commissioner reads the figures for one community, and the public directory
/// filters by one. Each test changes
/// data no other test reads: East Riding Family Help Hub's Withernsea Family Drop-In (org-0021, svc-0059), T. McBride
/// (per-0061) and A. Wróbel (per-0169), both on prc-07's caseload.
/// </summary>
public sealed class ByAndForJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    private const string Organisation = "org-0021";
    private const string Service = "Withernsea Family Drop-In";
    private const string Person = "per-0061";
    private const string ConflictPerson = "per-0169";

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static ILocator Communities(IPage page, string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend });

    [Fact]
    public async Task A_partner_ticks_women_on_a_service_a_made_up_community_is_an_error_beside_the_boxes_and_the_choice_is_kept()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "PARTNER", organisation: Organisation);
        await page.GotoAsync("/partner");
        var row = page.GetByRole(AriaRole.Row, new() { Name = Service });
        await Expect(row).ToContainTextAsync("Open to all");
        await row.GetByRole(AriaRole.Link, new() { Name = Service }).ClickAsync();

        await Expect(Heading(page)).ToHaveTextAsync("Change a service");
        var boxes = Communities(page, "Who is the service run by and for?");
        await Expect(boxes).ToContainTextAsync("Leave all unticked if it is open to all alike");
        Assert.Equal(
            ["Women", "Minority ethnic communities", "Older people", "Disabled people", "Young adults", "LGBT+"],
            (await boxes.Locator("label").AllTextContentsAsync()).Select(l => l.Trim()));
        foreach (var box in await boxes.GetByRole(AriaRole.Checkbox).AllAsync())
        {
            await Expect(box).Not.ToBeCheckedAsync();
        }

        await AssertAccessibleAsync(page);
        var women = boxes.GetByLabel("Women", new() { Exact = true });

        // A form posting a community the hub does not know (a stale or crafted page) is an error, not a crash.
        await women.EvaluateAsync("box => box.value = 'EVERYONE'");
        await women.CheckAsync();
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(400, refused.Status);
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose communities from the list");
        await Expect(page.Locator("#byAndFor-error")).ToContainTextAsync("Choose communities from the list");
        await AssertAccessibleAsync(page);

        await boxes.GetByLabel("Women", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{Service} is saved");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = Service })).ToContainTextAsync("Women");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = Service }).ClickAsync();
        await Expect(Communities(page, "Who is the service run by and for?").GetByLabel("Women", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(Communities(page, "Who is the service run by and for?").GetByLabel("Young adults")).Not.ToBeCheckedAsync();
        await Expect(page.GetByLabel("For women only")).Not.ToBeCheckedAsync();
        await ScreenshotAsync(page, "partner-service-by-and-for");
    }

    [Fact]
    public async Task An_offender_manager_sets_a_person_s_wish_to_women_and_find_support_puts_a_women_s_service_first_for_the_need()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        // Without a wish, the nearest service for her mental health is not one run by and for women.
        const string search = $"/people/{Person}/support?need=MENTAL_HEALTH&radius=10";
        await page.GotoAsync(search);
        await Expect(page.Locator("#match-1")).ToBeVisibleAsync();
        await Expect(page.Locator("#match-1")).Not.ToContainTextAsync("Run by and for women");

        await page.GotoAsync($"/people/{Person}");
        await Expect(Heading(page)).ToHaveTextAsync("T. McBride");
        await Expect(page.Locator("#by-and-for")).ToHaveTextAsync("No preference");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change services run by and for" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/people/{Person}/by-and-for$"));
        await Expect(Heading(page)).ToHaveTextAsync("Does T. McBride want services run by and for a community?");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "om-by-and-for");
        await page.GetByLabel("Women", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/people/{Person}\\?done=by-and-for$"));
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Services run by and for saved");
        await Expect(page.Locator("#by-and-for")).ToHaveTextAsync("Women");
        await AssertAccessibleAsync(page);

        await page.GotoAsync(search);
        var first = page.Locator("#match-1");
        await Expect(first.Locator(".govuk-summary-list__row", new() { HasText = "Why it fits" })).ToContainTextAsync("Run by and for women");
        await Expect(first.Locator(".govuk-summary-list__row", new() { HasText = "Why it fits" })).ToContainTextAsync(new Regex("mental health", RegexOptions.IgnoreCase));
        await Expect(first.Locator(".govuk-summary-list__row", new() { HasText = "Details" })).ToContainTextAsync("Run by and for women");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "om-find-support-by-and-for");
    }

    [Fact]
    public async Task A_wish_changed_by_someone_else_first_is_refused_with_an_error_asking_to_reload_which_shows_it_as_it_is_now()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        var path = $"/people/{ConflictPerson}/by-and-for";
        await page.GotoAsync(path);

        var other = await NewPageAsync();
        await SignInAsync(other, DemoUser.OffenderManager);
        await other.GotoAsync(path);
        await other.GetByLabel("Older people").CheckAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(other.Locator("#by-and-for")).ToHaveTextAsync("Older people");

        await page.GetByLabel("Young adults").CheckAsync();
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(409, refused.Status);
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("Someone changed A. Wróbel's record after you opened this page. Reload the page");
        await Expect(page.GetByLabel("Young adults")).ToBeCheckedAsync();
        await AssertAccessibleAsync(page);

        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"{path}$"));
        await Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Older people")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Young adults")).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task Someone_else_s_person_or_an_unknown_id_is_a_404_page_and_another_role_gets_the_403_page()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        foreach (var path in new[] { "/people/per-0002/by-and-for", "/people/per-9999/by-and-for", "/people/x%20y/by-and-for" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Expect(Heading(page)).ToHaveTextAsync("Page not found");
        }

        await AssertAccessibleAsync(page);

        var partner = await NewPageAsync();
        await SignInAsync(partner, DemoUser.Partner);
        var denied = await partner.GotoAsync($"/people/{Person}/by-and-for");
        Assert.Equal(403, denied!.Status);
        await Expect(Heading(partner)).ToHaveTextAsync("You do not have access to this page");
    }

    [Fact]
    public async Task At_320_pixels_the_page_for_a_person_s_wish_does_not_scroll_sideways()
    {
        var page = await NewNarrowPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync($"/people/{ConflictPerson}/by-and-for");

        await Expect(Heading(page)).ToContainTextAsync("want services run by and for a community?");
        await AssertNoHorizontalScrollAsync(page);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_commissioner_picks_women_and_the_gaps_count_only_services_run_by_and_for_women_as_the_captions_say()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Commissioner);
        await page.GotoAsync("/commissioning");
        var caption = page.Locator("#gaps-table caption");
        await Expect(caption).ToHaveTextAsync("Provision within 5 km of City Centre, least provided first");
        var all = await ServicesNearbyAsync(page);

        await Expect(page.GetByLabel("Run by and for", new() { Exact = true })).ToHaveValueAsync("");
        await page.GetByLabel("Run by and for", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Women" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show counts and gaps" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("byAndFor=WOMEN"));
        await Expect(caption).ToHaveTextAsync("Provision of services run by and for women within 5 km of City Centre, least provided first");
        await Expect(page.Locator("#counts-for")).ToHaveTextAsync("Only the people who want services run by and for women are counted.");
        await Expect(page.GetByLabel("Run by and for", new() { Exact = true })).ToHaveValueAsync("WOMEN");
        var women = await ServicesNearbyAsync(page);
        Assert.True(women < all, $"{women} services run by and for women of {all} in all");
        Assert.True(women > 0, "the demo's women's centres are in the city");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "commissioning-by-and-for");
    }

    [Fact]
    public async Task A_member_of_the_public_finds_services_run_by_and_for_young_adults_each_saying_so()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/directory");
        await page.GetByLabel("Run by and for", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Young adults" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("byAndFor=YOUNG_ADULTS"));
        await Expect(page.GetByLabel("Run by and for", new() { Exact = true })).ToHaveValueAsync("YOUNG_ADULTS");
        var cards = page.Locator(".govuk-summary-card");
        await Expect(cards.First).ToBeVisibleAsync();
        Assert.Equal(await cards.CountAsync(), await cards.Locator(".govuk-summary-list__row", new() { HasText = "Run by and for" }).CountAsync());
        foreach (var whom in await cards.Locator(".govuk-summary-list__row", new() { HasText = "Run by and for" }).AllInnerTextsAsync())
        {
            Assert.Contains("Young adults", whom, StringComparison.Ordinal);
        }

        await Expect(page.GetByText("Young Adults Housing Support")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        AssertNoRequestLeftTheHub();
    }

    /// <summary>The gaps table's "Services nearby" column added up.</summary>
    private static async Task<int> ServicesNearbyAsync(IPage page) =>
        (await page.Locator("#gaps-table tbody tr td:nth-of-type(1)").AllTextContentsAsync())
        .Sum(cell => int.Parse(cell.Trim(), NumberStyles.None, CultureInfo.InvariantCulture));
}
