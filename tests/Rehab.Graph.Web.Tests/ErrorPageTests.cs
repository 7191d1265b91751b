using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Rehab.Graph.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests;

/// <summary>The GOV.UK error pages in a browser: each in the layout, and axe-clean.</summary>
public sealed class ErrorPageTests(RehabWebApplication app) : BrowserTest(app)
{
    [Fact]
    public async Task An_address_nothing_answers_is_an_accessible_page_not_found_page()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        var response = await page.GotoAsync("/caseload/no-such-page");

        Assert.Equal(404, response!.Status);
        await Expect(page).ToHaveTitleAsync("Page not found – Rehab.Graph");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Caseload" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "error-not-found");
        AssertNoRequestLeftTheHub();
    }

    [Fact]
    public async Task A_form_sent_with_a_stale_token_is_an_accessible_page_that_leads_back_to_the_form()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Referrer);
        await page.GotoAsync("/immediate-justice/refer");
        await page.Locator("form[action='/immediate-justice/refer'] input[name=__RequestVerificationToken]").EvaluateAsync("input => input.value = 'stale'");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your session has timed out or the form was out of date");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "error-form-out-of-date");
        await page.GetByRole(AriaRole.Link, new() { Name = "Go back to the form" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Refer a person for Immediate Justice");
    }

    [Fact]
    public async Task An_unhandled_exception_in_the_standalone_web_app_is_an_accessible_problem_page_with_a_reference()
    {
        await using var brokenHub = await StartAsync(web => web.MapPost("/graphql", () => Results.Json(new { errors = new[] { new { message = "Something broke inside", extensions = new { code = "INTERNAL_SERVER_ERROR" } } } })));
        await using var webApp = await StartAsync(web => web.MapRehabWebApp(), brokenHub.Urls.First(), withWebApp: true);
        var page = await NewPageAsync();

        var response = await page.GotoAsync(new Uri(new Uri(webApp.Urls.First()), "/directory?place=Hull").AbsoluteUri);

        Assert.Equal(500, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sorry, there is a problem with the service");
        await Expect(page.Locator(".rehab-reference")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Za-z:]{8,}$"));
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Something broke inside");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "error-problem-with-the-service");
    }

    /// <summary>
    /// A host on a free loopback port: with <paramref name="withWebApp"/>, the web app alone as Rehab.Graph.Web.Host runs
    /// it (Development, <c>WebApp:HubUrl</c> = <paramref name="hubUrl"/>); else a bare one for a stand-in hub.
    /// </summary>
    private static async Task<WebApplication> StartAsync(Action<WebApplication> map, string? hubUrl = null, bool withWebApp = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (withWebApp)
        {
            builder.Configuration["WebApp:HubUrl"] = hubUrl;
            builder.Services.AddRehabWebApp(builder.Environment);
        }

        var web = builder.Build();
        map(web);
        await web.StartAsync(TestContext.Current.CancellationToken);
        return web;
    }
}
