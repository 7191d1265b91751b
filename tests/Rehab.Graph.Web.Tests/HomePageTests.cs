using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests;

public sealed class HomePageTests(RehabWebApplication app) : BrowserTest(app)
{
    [Fact]
    public async Task A_visitor_who_is_not_signed_in_learns_what_the_service_is_and_where_to_go_with_everything_served_by_the_hub()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response!.Status);
        await Expect(page).ToHaveTitleAsync("Find local support for people on probation – Rehab.Graph");
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Find local support for people on probation");
        await Expect(main.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToHaveAttributeAsync("href", "/sign-in");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Find services near a place" })).ToHaveAttributeAsync("href", "/directory");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Check a completion certificate" })).ToHaveAttributeAsync("href", "/certificates/check");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "home-signed-out");
        AssertNoRequestLeftTheHub();
    }

    [Fact]
    public async Task On_a_320_pixel_wide_screen_the_home_page_and_its_menu_fit_without_scrolling_sideways()
    {
        var page = await NewNarrowPageAsync();
        await page.GotoAsync("/");
        await AssertNoHorizontalScrollAsync(page);
        await ScreenshotAsync(page, "home-signed-out-320px");

        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Caseload" })).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(page);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "home-offender-manager-320px-menu");
    }

    [Fact]
    public async Task With_JavaScript_off_a_visitor_signs_in_from_the_home_page_as_a_demo_user_and_signs_out_again()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in as a demo user");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in as offender manager" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/").AbsoluteUri);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Caseload" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Signed in as")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "home-offender-manager-no-javascript");

        await menu.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/").AbsoluteUri);
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Caseload" })).ToHaveCountAsync(0);
    }
}
