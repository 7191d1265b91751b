using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Graph.Domain.Access;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>The police refer a person for Immediate Justice; the coordinator (org-0008) takes the case and walks its task list to a booking.</summary>
public sealed partial class ImmediateJusticeJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    [Fact]
    public async Task A_referrer_refers_a_person_and_the_coordinator_takes_the_case_from_the_queue_and_books_a_placement_through_the_task_list()
    {
        var referrer = await NewPageAsync();
        await SignInAsync(referrer, DemoUser.Referrer);
        await referrer.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Immediate Justice" }).ClickAsync();
        await Expect(referrer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Immediate Justice referrals");
        await referrer.GetByRole(AriaRole.Link, new() { Name = "Refer a person" }).ClickAsync();

        await referrer.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        await Expect(referrer.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the person's name");
        await Expect(referrer.Locator("#hours-error")).ToContainTextAsync("Enter the hours of reparation");
        await AssertAccessibleAsync(referrer);
        await ScreenshotAsync(referrer, "immediate-justice-refer-errors");

        var name = $"J. Journey{Guid.NewGuid().ToString("N")[..4]}";
        await referrer.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await referrer.GetByLabel("Male", new() { Exact = true }).CheckAsync();
        await referrer.GetByLabel("Home latitude").FillAsync("53.7846");
        await referrer.GetByLabel("Home longitude").FillAsync("-0.3903");
        await referrer.GetByLabel("Mobile").FillAsync("07700900123");
        await referrer.GetByLabel("Summary of the offence").FillAsync("Criminal damage to a bus shelter");
        await referrer.GetByLabel("Hours of reparation").FillAsync("6");
        await referrer.GetByLabel("Your email address").FillAsync("ooc@police.example");
        await referrer.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();

        await Expect(referrer.Locator(".govuk-panel__title")).ToHaveTextAsync("Referral sent");
        var caseId = (await referrer.Locator(".govuk-panel__body strong").TextContentAsync())!.Trim();
        Assert.Matches("^ijc-", caseId);
        await AssertAccessibleAsync(referrer);
        await ScreenshotAsync(referrer, "immediate-justice-referred");
        await referrer.GotoAsync("/immediate-justice");
        await Expect(referrer.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Referred");

        var coordinator = await NewPageAsync();
        await SignInAsync(coordinator, DemoUser.ImmediateJusticeCoordinator);
        await coordinator.GotoAsync("/immediate-justice");
        var queue = coordinator.GetByRole(AriaRole.Table).Filter(new() { HasText = "Queue: cases nobody has taken" });
        await Expect(queue.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync(new Regex("(4[0-7]|48) hours( [0-9]+ minutes?)? left"));
        await AssertAccessibleAsync(coordinator);
        await ScreenshotAsync(coordinator, "immediate-justice-queue");
        await queue.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Immediate Justice case for {name}");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner")).ToContainTextAsync("You have taken this case");
        await Expect(coordinator.GetByText("You have completed 1 of 5 tasks.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(coordinator);
        await ScreenshotAsync(coordinator, "immediate-justice-task-list");

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Contact the person" }).ClickAsync();
        await coordinator.GetByLabel("Note (optional)").FillAsync("Rang them, first session agreed");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner")).ToContainTextAsync("Contact recorded");

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Assess risk" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record risk assessment" }).ClickAsync();
        await Expect(coordinator.Locator("#riskOfHarm-error")).ToContainTextAsync("Select the person's risk of harm");
        await coordinator.GetByLabel("Low", new() { Exact = true }).CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record risk assessment" }).ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner")).ToContainTextAsync("Risk assessment recorded");

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Book a placement" }).ClickAsync();
        var soon = coordinator.Locator(".govuk-radios__item", new() { HasText = "within 48 hours" }).First;
        await Expect(soon).ToBeVisibleAsync();
        await AssertAccessibleAsync(coordinator);
        await ScreenshotAsync(coordinator, "immediate-justice-book");
        await soon.Locator("input").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Book placement" }).ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner")).ToContainTextAsync("Placement booked");
        await Expect(coordinator.Locator("#main-content .govuk-tag").First).ToHaveTextAsync("Booked");

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Give the safety briefing" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record safety briefing" }).ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner")).ToContainTextAsync("Safety briefing recorded");
        await Expect(coordinator.GetByText("You have completed 5 of 5 tasks.")).ToBeVisibleAsync();
    }

    /// <summary>Presses a form's button and returns the answer to its POST (a 302 to the next page, or the form again with errors).</summary>
    private static Task<IResponse> PostAsync(IPage page, ILocator button) =>
        page.RunAndWaitForResponseAsync(() => button.ClickAsync(), response => response.Request.Method == "POST");

    /// <summary>A case of this test's own, referred through the hub's API as the police (org-0071) would.</summary>
    private async Task<(string Id, string Name)> NewCaseAsync(string surname)
    {
        var name = $"{surname[0]}. {surname}{Guid.NewGuid().ToString("N")[..4]}";
        var data = await HubApi.RunAsync(App, new Caller(CallerRole.Referrer, null, "org-0071"), """
            mutation($input: ImmediateJusticeReferralInput!) { referForImmediateJustice(input: $input) { id } }
            """, new
        {
            input = new
            {
                displayName = name, gender = "FEMALE", home = new { latitude = 53.7846, longitude = -0.3903 }, phone = "07700900456",
                offenceSummary = "Graffiti in an underpass", hours = 4, referrerEmail = "ooc@police.example",
            },
        });
        return (data.GetProperty("referForImmediateJustice").GetProperty("id").GetString()!, name);
    }

    [Fact]
    public async Task An_offender_manager_coordinates_a_case_from_the_queue_to_the_safety_briefing()
    {
        var (id, name) = await NewCaseAsync("Manager");
        var om = await NewPageAsync();
        await SignInAsync(om, DemoUser.OffenderManager);

        await om.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Immediate Justice" }).ClickAsync();
        await Expect(om.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Immediate Justice");
        var queue = om.GetByRole(AriaRole.Table).Filter(new() { HasText = "Queue: cases nobody has taken" });
        await Expect(queue.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync(new Regex("(4[0-7]|48) hours( [0-9]+ minutes?)? left"));
        await AssertAccessibleAsync(om);
        await ScreenshotAsync(om, "immediate-justice-om-queue");
        await queue.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        await Expect(om).ToHaveURLAsync(new Uri(App.BaseAddress, $"/immediate-justice/cases/{id}").AbsoluteUri);
        await Expect(om.GetByRole(AriaRole.Main)).ToContainTextAsync("07700900456");
        await om.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
        await Expect(om.Locator(".govuk-notification-banner")).ToContainTextAsync("You have taken this case");
        await AssertAccessibleAsync(om);
        await ScreenshotAsync(om, "immediate-justice-om-task-list");

        await om.GotoAsync("/immediate-justice");
        var mine = om.GetByRole(AriaRole.Table).Filter(new() { HasText = "Your cases" });
        await Expect(mine.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Referred");
        await mine.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        await om.GetByRole(AriaRole.Link, new() { Name = "Contact the person" }).ClickAsync();
        await om.GetByLabel("Note (optional)").FillAsync(new string('x', 1001));
        await om.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();
        await Expect(om.Locator("#note-error")).ToContainTextAsync("Note must be 1000 characters or fewer");
        await AssertAccessibleAsync(om);
        await om.GetByLabel("Note (optional)").FillAsync("Texted; she will come on Saturday");
        await om.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();
        await Expect(om.Locator(".govuk-notification-banner")).ToContainTextAsync("Contact recorded");

        await om.GetByRole(AriaRole.Link, new() { Name = "Assess risk" }).ClickAsync();
        await om.GetByLabel("Medium", new() { Exact = true }).CheckAsync();
        await om.GetByLabel("Weapons", new() { Exact = true }).CheckAsync();
        await AssertAccessibleAsync(om);
        await om.GetByRole(AriaRole.Button, new() { Name = "Record risk assessment" }).ClickAsync();
        await Expect(om.Locator(".govuk-notification-banner")).ToContainTextAsync("Risk assessment recorded");

        await om.GetByRole(AriaRole.Link, new() { Name = "Book a placement" }).ClickAsync();
        await om.GetByRole(AriaRole.Button, new() { Name = "Book placement" }).ClickAsync();
        await Expect(om.Locator("#placementId-error")).ToContainTextAsync("Select a placement");
        await AssertAccessibleAsync(om);
        await om.Locator(".govuk-radios__item", new() { HasText = "within 48 hours" }).First.Locator("input").CheckAsync();
        await om.GetByRole(AriaRole.Button, new() { Name = "Book placement" }).ClickAsync();
        await Expect(om.Locator(".govuk-notification-banner")).ToContainTextAsync("Placement booked");

        await om.GetByRole(AriaRole.Link, new() { Name = "Give the safety briefing" }).ClickAsync();
        await om.GetByRole(AriaRole.Button, new() { Name = "Record safety briefing" }).ClickAsync();
        await Expect(om.GetByText("You have completed 5 of 5 tasks.")).ToBeVisibleAsync();
        await Expect(om.GetByRole(AriaRole.Main)).ToContainTextAsync("Placement");
        await AssertAccessibleAsync(om);
        await ScreenshotAsync(om, "immediate-justice-om-briefed");
        AssertNoRequestLeftTheHub();
    }

    [Fact]
    public async Task A_partner_without_the_coordinator_duty_is_not_offered_Immediate_Justice_and_gets_the_403_page_at_every_address_of_it()
    {
        var (id, name) = await NewCaseAsync("Refused");
        var partner = await NewPageAsync();
        await SignInAsync(partner, DemoUser.Partner);

        await Expect(partner.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Immediate Justice" })).ToHaveCountAsync(0);
        foreach (var path in new[]
        {
            "/immediate-justice", "/immediate-justice?attention=true", $"/immediate-justice/cases/{id}", $"/immediate-justice/cases/{id}/contact",
            $"/immediate-justice/cases/{id}/book", "/immediate-justice/cases/ijc-no-such-case", $"/immediate-justice/cases/{new string('x', 500)}",
            $"/immediate-justice/cases/{id}/no-such-task", "/immediate-justice/refer",
        })
        {
            var response = await partner.GotoAsync(path);
            Assert.True(response!.Status == 403, $"{path}: {response.Status}");
            await Expect(partner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have access to this page");
            await Expect(partner.Locator("main")).ToContainTextAsync(path.EndsWith("/refer", StringComparison.Ordinal) ? "This page is for referrers." : "Immediate Justice coordinators");
            await Expect(partner.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(name);
        }

        await AssertAccessibleAsync(partner);
        await ScreenshotAsync(partner, "immediate-justice-partner-403");

        // Posting a task (with the antiforgery token every page's sign-out form carries) is refused the same way, and takes nothing.
        var token = await partner.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        foreach (var path in new[] { $"/immediate-justice/cases/{id}", $"/immediate-justice/cases/{id}/contact" })
        {
            var posted = await partner.APIRequest.PostAsync(path, new() { Form = partner.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!), MaxRedirects = 0 });
            Assert.True(posted.Status == 403, $"POST {path}: {posted.Status}");
        }

        var coordinator = await NewPageAsync();
        await SignInAsync(coordinator, DemoUser.ImmediateJusticeCoordinator);
        await coordinator.GotoAsync($"/immediate-justice/cases/{id}");
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Take this case" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_referrer_refers_and_the_coordinator_books_with_plain_posts_each_redirected_to_a_page()
    {
        var referrer = await NewPageAsync(javaScript: false);
        await SignInAsync(referrer, DemoUser.Referrer);
        await referrer.GotoAsync("/immediate-justice/refer");
        var name = $"N. Noscript{Guid.NewGuid().ToString("N")[..4]}";
        await referrer.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await referrer.GetByLabel("Female", new() { Exact = true }).CheckAsync();
        await referrer.GetByLabel("Year of birth (optional)").FillAsync("2099");
        await referrer.GetByLabel("Home latitude").FillAsync("53.7846");
        await referrer.GetByLabel("Home longitude").FillAsync("-0.3903");
        await referrer.GetByLabel("Mobile").FillAsync("07700 900789");
        await referrer.GetByLabel("Summary of the offence").FillAsync("Shoplifting, first offence");
        await referrer.GetByLabel("Hours of reparation").FillAsync("3");
        await referrer.GetByLabel("Your email address").FillAsync("ooc@police.example");
        var refused = await PostAsync(referrer, referrer.GetByRole(AriaRole.Button, new() { Name = "Send referral" }));

        Assert.Equal(400, refused.Status);
        await Expect(referrer).ToHaveTitleAsync(new Regex("^Error: Refer a person"));
        await Expect(referrer.Locator(".govuk-error-summary a[href='#birthYear']")).ToHaveTextAsync("Year of birth must be in the past");
        await Expect(referrer.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(name);
        await ScreenshotAsync(referrer, "immediate-justice-refer-no-js-errors");
        await referrer.GetByLabel("Year of birth (optional)").FillAsync("1999");
        var sent = await PostAsync(referrer, referrer.GetByRole(AriaRole.Button, new() { Name = "Send referral" }));

        Assert.Equal(302, sent.Status);
        await Expect(referrer).ToHaveURLAsync(new Regex(@"/immediate-justice/cases/ijc-[^/?]+\?done=referred$"));
        await Expect(referrer.Locator(".govuk-panel__title")).ToHaveTextAsync("Referral sent");
        await ScreenshotAsync(referrer, "immediate-justice-referred-no-js");
        var caseUrl = new Uri(referrer.Url).AbsolutePath;

        var coordinator = await NewPageAsync(javaScript: false);
        await SignInAsync(coordinator, DemoUser.ImmediateJusticeCoordinator);
        await coordinator.GotoAsync(caseUrl);
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Immediate Justice case for {name}");

        async Task PostAndLandOnTheTaskList(ILocator button, string banner)
        {
            var posted = await PostAsync(coordinator, button);
            Assert.Equal(302, posted.Status);
            await Expect(coordinator).ToHaveURLAsync(new Regex($"{Regex.Escape(caseUrl)}\\?done=[a-z]+$"));
            await Expect(coordinator.Locator(".govuk-notification-banner")).ToContainTextAsync(banner);
        }

        await PostAndLandOnTheTaskList(coordinator.GetByRole(AriaRole.Button, new() { Name = "Take this case" }), "You have taken this case");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Contact the person" }).ClickAsync();
        await PostAndLandOnTheTaskList(coordinator.GetByRole(AriaRole.Button, new() { Name = "Record contact" }), "Contact recorded");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Assess risk" }).ClickAsync();
        await coordinator.GetByLabel("High", new() { Exact = true }).CheckAsync();
        await PostAndLandOnTheTaskList(coordinator.GetByRole(AriaRole.Button, new() { Name = "Record risk assessment" }), "Risk assessment recorded");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Book a placement" }).ClickAsync();
        var rejected = await PostAsync(coordinator, coordinator.GetByRole(AriaRole.Button, new() { Name = "Book placement" }));
        Assert.Equal(400, rejected.Status);
        await Expect(coordinator.Locator("#placementId-error")).ToContainTextAsync("Select a placement");
        await ScreenshotAsync(coordinator, "immediate-justice-book-no-js");
        await coordinator.Locator(".govuk-radios__item", new() { HasText = "within 48 hours" }).First.Locator("input").CheckAsync();
        await PostAndLandOnTheTaskList(coordinator.GetByRole(AriaRole.Button, new() { Name = "Book placement" }), "Placement booked");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Give the safety briefing" }).ClickAsync();
        await PostAndLandOnTheTaskList(coordinator.GetByRole(AriaRole.Button, new() { Name = "Record safety briefing" }), "Safety briefing recorded");
        await Expect(coordinator.GetByText("You have completed 5 of 5 tasks.")).ToBeVisibleAsync();

        // The page after the redirect is a GET: loading it again sends nothing twice.
        var reloaded = await coordinator.ReloadAsync();
        Assert.Equal("GET", reloaded!.Request.Method);
        await ScreenshotAsync(coordinator, "immediate-justice-briefed-no-js");
    }
}
