using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests;

/// <summary>The offender manager's caseload: the people they supervise, with needs and risk at a glance.</summary>
public sealed class CaseloadTests(RehabWebApplication app) : BrowserTest(app)
{
    [Fact]
    public async Task An_offender_manager_opens_their_caseload_and_sees_the_people_they_supervise_each_linked_to_their_page()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Caseload" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your caseload");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Caseload" })).ToHaveAttributeAsync("aria-current", "page");
        var table = page.GetByRole(AriaRole.Table);
        await Expect(table.Locator("caption")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9]+ people you supervise$"));
        await Expect(table.GetByRole(AriaRole.Link, new() { Name = "H. Jafari" })).ToHaveAttributeAsync("href", "/people/per-0001");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "caseload");
    }

    [Fact]
    public async Task With_JavaScript_off_an_offender_manager_sees_the_same_caseload()
    {
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync("/caseload");

        await Expect(page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "H. Jafari" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_320_pixel_wide_screen_the_caseload_table_scrolls_on_its_own_and_the_page_does_not()
    {
        var page = await NewNarrowPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync("/caseload");

        await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(page);
        await ScreenshotAsync(page, "caseload-320px");
    }
}
