using System.Text.RegularExpressions;
using Microsoft.Playwright;
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
}
