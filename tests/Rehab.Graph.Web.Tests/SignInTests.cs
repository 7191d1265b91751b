using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests;

/// <summary>The Development sign-in: the demo users' page, the sign-in link each of them has, and signing out.</summary>
public sealed class SignInTests(RehabWebApplication app) : BrowserTest(app)
{
    /// <summary>What everyone may use, after each role's own links.</summary>
    private static readonly string[] PublicLinks = ["Find services", "Check a certificate"];

    [Fact]
    public async Task The_sign_in_page_lists_the_demo_users_by_role_each_with_a_link_that_signs_them_in()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/sign-in");

        var users = page.GetByRole(AriaRole.Main).Locator(".govuk-summary-list__key");
        await Expect(users).ToHaveTextAsync(["Offender manager", "Partner", "Immediate Justice coordinator", "Referrer", "Commissioner", "Administrator", "Person on probation"]);
        foreach (var role in new[] { "offender manager", "partner", "immediate justice coordinator", "referrer", "commissioner", "administrator", "person on probation" })
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Sign in as {role}", Exact = true })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/dev/sign-in\\?role="));
        }

        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "sign-in");
    }

    [Theory]
    [InlineData(nameof(DemoUser.OffenderManager), "Caseload", "Immediate Justice")]
    [InlineData(nameof(DemoUser.Partner), "Your organisation")]
    [InlineData(nameof(DemoUser.ImmediateJusticeCoordinator), "Your organisation", "Immediate Justice")]
    [InlineData(nameof(DemoUser.Referrer), "Immediate Justice")]
    [InlineData(nameof(DemoUser.Commissioner), "Needs and gaps", "Evaluation")]
    [InlineData(nameof(DemoUser.Admin), "Administration")]
    public async Task A_demo_user_signed_in_by_link_lands_on_the_home_page_with_their_roles_navigation(string demoUser, params string[] roleLinks)
    {
        var user = DemoUser.Named(demoUser);
        var page = await NewPageAsync();

        await SignInAsync(page, user);

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Expect(menu.GetByRole(AriaRole.Link)).ToHaveTextAsync([.. roleLinks, .. PublicLinks]);
        await Expect(menu.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Signed in as")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link)).ToHaveTextAsync([.. roleLinks, .. PublicLinks]);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, $"home-{user.Slug}");
    }

    [Fact]
    public async Task Signing_out_from_the_header_returns_to_the_home_page_signed_out_and_pages_no_longer_know_the_user()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Partner);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/").AbsoluteUri);
        await Expect(page.GetByText("Signed in as")).ToHaveCountAsync(0);
        await page.GotoAsync("/directory");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Your organisation" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_development_sign_out_link_signs_out_and_goes_home()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Commissioner);

        await page.GotoAsync("/dev/sign-out");

        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/").AbsoluteUri);
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Signed in as")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_sign_in_link_without_the_ids_its_role_needs_is_refused_with_a_page_that_says_what_to_add()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/dev/sign-in?role=OFFENDER_MANAGER");

        Assert.Equal(400, response!.Status);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("give practitioner, e.g. practitioner=prc-07");
        await Expect(page.GetByText("Signed in as")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
    }
}
