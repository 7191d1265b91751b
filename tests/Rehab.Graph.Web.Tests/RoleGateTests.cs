using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests;

/// <summary>Pages for one role: signed out, the user is sent to sign in and back; signed in with another role, a GOV.UK page says no.</summary>
public sealed class RoleGateTests(RehabWebApplication app) : BrowserTest(app)
{
    [Fact]
    public async Task A_partner_who_opens_the_caseload_is_told_on_a_403_page_that_it_is_for_offender_managers()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Partner);

        var response = await page.GotoAsync("/caseload");

        Assert.Equal(403, response!.Status);
        await Expect(page).ToHaveTitleAsync("You do not have access to this page – Rehab.Graph");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have access to this page");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("This page is for offender managers");
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "access-denied");
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_and_opens_the_caseload_signs_in_and_is_brought_back_to_it()
    {
        var page = await NewPageAsync(javaScript: false);

        await page.GotoAsync("/caseload");

        await Expect(page).ToHaveURLAsync(new Regex(@"/sign-in\?returnUrl=%2Fcaseload$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in as offender manager" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/caseload").AbsoluteUri);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your caseload");
    }
}
