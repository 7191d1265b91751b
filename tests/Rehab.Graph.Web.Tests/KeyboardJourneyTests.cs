using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests;

/// <summary>Journeys walked with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7): every step is reachable by Tab, and shows where the focus is.</summary>
public sealed class KeyboardJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    [Fact]
    public async Task An_offender_manager_using_only_the_keyboard_signs_in_opens_their_caseload_finds_services_and_signs_out()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await KeyboardOnly.TabToAsync(page, "Skip to main content", maxPresses: 1);
        await KeyboardOnly.TabToAndFollowAsync(page, "Sign in");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in as a demo user");
        await KeyboardOnly.TabToAndFollowAsync(page, "Sign in as offender manager");
        await Expect(page.GetByText("Signed in as")).ToBeVisibleAsync();

        await KeyboardOnly.TabToAndFollowAsync(page, "Caseload");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your caseload");
        await KeyboardOnly.TabToAsync(page, "H. Jafari");

        await KeyboardOnly.TabToAndFollowAsync(page, "Find services");
        await KeyboardOnly.TabToAsync(page, "Near a place or postcode district");
        await page.Keyboard.TypeAsync("Orchard Park");
        await KeyboardOnly.TabToAndFollowAsync(page, "Search");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Orchard Park" })).ToBeVisibleAsync();

        await KeyboardOnly.TabToAndFollowAsync(page, "Sign out");
        await Expect(page.GetByText("Signed in as")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
