using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>
/// The offender manager's journey: caseload, a person, find support, refer in two steps, and their referrals. Tests that
/// refer use people of prc-07's caseload nobody else's tests use, one person a test (per-0001 is only read).
/// </summary>
public sealed class OffenderManagerJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    private ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [Fact]
    public async Task An_offender_manager_goes_from_caseload_to_a_person_finds_support_refers_in_two_steps_and_sees_the_referral()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync("/caseload");

        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "R. Flynn" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("R. Flynn");
        await Expect(page.Locator("#social-capital")).ToContainTextAsync("Bonding ties");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Assessed needs, most severe first" })).ToContainTextAsync("Accommodation");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "om-person");

        await page.GetByRole(AriaRole.Button, new() { Name = "Find support" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Find support for R. Flynn");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Services", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.Locator("details#why-not summary")).ToContainTextAsync("Why not?");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "om-find-support");

        var firstService = page.Locator("#match-1");
        var serviceName = (await firstService.Locator(".rehab-match-name").InnerTextAsync()).Trim();
        await firstService.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Refer") }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync($"Refer R. Flynn to {serviceName}");
        await page.GetByLabel("Note for the organisation (optional)").FillAsync("Prefers mornings.");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(Heading(page)).ToHaveTextAsync("Check your answers before sending the referral");
        await Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Prefers mornings.");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "om-refer-check");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change note" }).ClickAsync();
        await Expect(page.GetByLabel("Note for the organisation (optional)")).ToHaveValueAsync("Prefers mornings.");
        await page.GetByLabel("Note for the organisation (optional)").FillAsync("Prefers afternoons.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Prefers afternoons.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and send" }).ClickAsync();

        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Referral sent");
        var reference = (await page.Locator(".govuk-panel__body strong").InnerTextAsync()).Trim();
        Assert.StartsWith("ref-", reference);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "om-refer-confirmation");

        await page.GetByRole(AriaRole.Link, new() { Name = "All of R. Flynn's referrals" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = serviceName });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Pending");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "om-person-referrals");

        await row.GetByRole(AriaRole.Link, new() { Name = serviceName }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync($"Referral to {serviceName}");
        await Expect(page.Locator(".govuk-caption-l")).ToHaveTextAsync(reference);
        await Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Prefers afternoons.");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "om-referral");
    }

    [Fact]
    public async Task With_JavaScript_off_an_offender_manager_refers_and_sees_the_referral()
    {
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync("/caseload");

        await page.GetByRole(AriaRole.Link, new() { Name = "R. Mahmoud" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find support" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Find support for R. Mahmoud");
        await page.GetByLabel("Within", new() { Exact = true }).SelectOptionAsync("25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update results" }).ClickAsync();
        await Expect(page.Locator("#results-summary")).ToContainTextAsync("Within 25 km of home");
        Assert.Contains("radius=25", page.Url, StringComparison.Ordinal);

        var serviceName = (await page.Locator("#match-1 .rehab-match-name").InnerTextAsync()).Trim();
        await page.Locator("#match-1").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Refer") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Check your answers before sending the referral");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and send" }).ClickAsync();
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Referral sent");

        await page.GetByRole(AriaRole.Link, new() { Name = "All of R. Mahmoud's referrals" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = serviceName })).ToContainTextAsync("Pending");
    }

    [Fact]
    public async Task Confirming_twice_makes_one_referral()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync("/people/per-0194/support");
        await page.Locator("#match-1").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Refer") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Check your answers before sending the referral");

        // The same form posted twice, as a double click without JavaScript or a browser sending it again would.
        var statuses = await page.EvaluateAsync<int[]>("""
            async () => {
              const form = document.querySelector('form[action*="/refer/check"]');
              const send = () => fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), redirect: 'manual' });
              const first = await send();
              const second = await send();
              return [first.status, second.status];
            }
            """);

        Assert.All(statuses, s => Assert.Equal(0, s)); // an opaque redirect each: both went to the confirmation
        await page.GotoAsync("/people/per-0194/referrals");
        await Expect(page.Locator("main p").First).ToContainTextAsync("1 referral");
    }

    [Fact]
    public async Task Referring_a_man_to_a_women_only_service_is_refused_with_a_GOV_UK_error()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync("/people/per-0102/refer?service=svc-0024");
        await Expect(Heading(page)).ToHaveTextAsync("Refer T. Oxley to Women's Justice Key-work");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the needs this referral is for");
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await page.GetByLabel("Accommodation").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and send" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("Women's Justice Key-work is not suitable for T. Oxley: it is for women only");
        await Expect(summary).ToBeFocusedAsync();
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "om-refer-refused");
        await page.GotoAsync("/people/per-0102/referrals");
        await Expect(page.Locator("main p").First).ToContainTextAsync("0 referrals");
    }

    [Fact]
    public async Task Booking_a_full_placement_is_refused_with_a_GOV_UK_error()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync("/people/per-0102/refer?placement=plc-0003");
        await Expect(Heading(page)).ToHaveTextAsync("Book a place at Fly-tip clearance crew");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByText("Error: Enter the hours the order asks for")).ToBeVisibleAsync();
        await page.GetByLabel("Hours ordered").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and book" }).ClickAsync();

        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("There are no places left at Fly-tip clearance crew");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Someone_else_s_person_an_unknown_id_or_referral_is_a_404_page()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        foreach (var path in new[] { "/people/per-0002", "/people/per-9999/support", "/people/x%20y", "/referrals/ref-nothing", "/people/per-0002/refer?service=svc-0024", "/people/per-0001/refer?service=plc-0001" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Expect(Heading(page)).ToHaveTextAsync("Page not found");
            Assert.Contains("no-store", response.Headers["cache-control"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_offender_manager_withdraws_an_open_referral_giving_a_reason()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync("/people/per-0185/support");
        await page.Locator("#match-1").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Refer") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and send" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "View the referral" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw referral" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Withdraw the referral");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw referral" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why you are withdrawing the referral");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Why are you withdrawing it?").FillAsync("She found a place through her GP.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw referral" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The referral has been withdrawn");
        await Expect(page.Locator("main .govuk-tag").First).ToHaveTextAsync("Withdrawn");
        await Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("She found a place through her GP.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Withdraw referral" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_offender_manager_using_only_the_keyboard_goes_from_caseload_to_a_sent_referral()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync("/caseload");

        await KeyboardOnly.TabToAsync(page, "V. Moorhouse", maxPresses: 80);
        await KeyboardOnly.FollowAsync(page);
        await Expect(Heading(page)).ToHaveTextAsync("V. Moorhouse");
        await KeyboardOnly.TabToAndFollowAsync(page, "Find support");
        await Expect(Heading(page)).ToHaveTextAsync("Find support for V. Moorhouse");
        var serviceName = (await page.Locator("#match-1 .rehab-match-name").InnerTextAsync()).Trim();
        await KeyboardOnly.TabToAsync(page, $"Refer to {serviceName}", maxPresses: 150);
        await KeyboardOnly.FollowAsync(page);
        await KeyboardOnly.TabToAndFollowAsync(page, "Continue");
        await Expect(Heading(page)).ToHaveTextAsync("Check your answers before sending the referral");
        await KeyboardOnly.TabToAndFollowAsync(page, "Confirm and send");
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Referral sent");
        await KeyboardOnly.TabToAndFollowAsync(page, "View the referral");
        await Expect(Heading(page)).ToHaveTextAsync($"Referral to {serviceName}");
    }

    [Fact]
    public async Task The_map_shows_home_the_radius_and_a_marker_numbered_as_each_listed_result_on_the_region_s_own_basemap()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync("/people/per-0001/support?radius=5");

        var listed = await page.Locator("li[data-match]").EvaluateAllAsync<string[]>("items => items.map(i => i.getAttribute('data-match'))");
        Assert.NotEmpty(listed);
        await Expect(page.Locator(".rehab-map-marker")).ToHaveCountAsync(listed.Length);
        var marked = await page.Locator(".rehab-map-marker").EvaluateAllAsync<string[]>("markers => markers.map(m => m.getAttribute('data-marker'))");
        Assert.Equal(listed.Order(), marked.Order());
        await Expect(page.Locator(".rehab-map-home")).ToHaveCountAsync(1);
        await Expect(page.Locator(".rehab-map path.leaflet-interactive, .rehab-map path")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator(".rehab-map-place").First).ToBeVisibleAsync();

        await page.Locator(".rehab-map-marker[data-marker='1']").ClickAsync();
        var popup = page.Locator(".leaflet-popup-content");
        await Expect(popup).ToContainTextAsync("1. " + (await page.Locator("#match-1 .rehab-match-name").InnerTextAsync()).Trim());
        await Expect(popup.GetByRole(AriaRole.Link, new() { Name = "See it in the list" })).ToHaveAttributeAsync("href", "#match-1");
        await AssertAccessibleAsync(page);
        AssertNoRequestLeftTheHub();
        await ScreenshotAsync(page, "om-find-support-map");
    }

    [Fact]
    public async Task Without_JavaScript_the_map_stays_hidden_and_the_list_is_the_page()
    {
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync("/people/per-0001/support");

        await Expect(page.Locator("[data-rehab-map]")).ToBeHiddenAsync();
        await Expect(page.Locator("li[data-match]").First).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/people/per-0001")]
    [InlineData("/people/per-0001/support")]
    [InlineData("/people/per-0001/referrals")]
    public async Task On_a_320_pixel_wide_screen_the_offender_manager_s_pages_do_not_scroll_sideways(string path)
    {
        var page = await NewNarrowPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync(path);

        await Expect(Heading(page)).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(page);
        await ScreenshotAsync(page, "om-320px" + path.Replace('/', '-'));
    }
}
