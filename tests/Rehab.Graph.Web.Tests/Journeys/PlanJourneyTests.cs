using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Graph.Domain.Access;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>
/// Person-centred plans: the offender manager (prc-07) plans with a person on their caseload, and the person (per-0001,
/// the demo person on probation) keeps their own plan, which this class's tests share: each names what it writes with a
/// suffix of its own and finds it by its words. The offender manager's tests plan with people of prc-07's caseload no
/// other test uses, one a test.
/// </summary>
public sealed class PlanJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    /// <summary>K. Young (per-0033), on prc-07's caseload, signed in as himself.</summary>
    private static readonly Caller Young = new(CallerRole.Person, null, null, "k.young", PersonId: "per-0033");

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static ILocator Goal(IPage page, string text) => page.Locator("li.govuk-summary-card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = text, Level = 3 }) });

    private static ILocator Step(IPage page, string text) => page.Locator("li.rehab-plan-step").Filter(new() { HasText = text });

    private static ILocator Banner(IPage page) => page.Locator(".govuk-notification-banner");

    /// <summary>I. Pawlak (per-0014): low risk, assessed for accommodation, strengths languages and angling.</summary>
    [Fact]
    public async Task An_offender_manager_adds_a_goal_in_the_persons_words_a_step_with_a_referral_and_a_review_and_sees_them_on_the_plan()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync("/people/per-0014");
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan", Exact = true }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("I. Pawlak's plan");
        await Expect(page.Locator("#social-capital-chart")).ToContainTextAsync("Nothing to show yet");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a goal" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Add a goal for I. Pawlak");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add goal" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the goal, in their words");
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await AssertAccessibleAsync(page);
        var goal = $"Have a place of my own by the spring {Suffix()}";
        await page.GetByLabel("The goal, in their words").FillAsync(goal);
        await page.GetByRole(AriaRole.Group, new() { Name = "Needs it serves (optional)" }).GetByLabel("Accommodation").CheckAsync();
        await page.GetByLabel("Angling").CheckAsync();
        await ScreenshotAsync(page, "plan-add-goal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add goal" }).ClickAsync();

        await Expect(Banner(page)).ToContainTextAsync("Goal added");
        var card = Goal(page, goal);
        await Expect(card.Locator(".govuk-summary-card__title-wrapper .govuk-tag")).ToHaveTextAsync("Active");
        await Expect(card).ToContainTextAsync("Accommodation");
        await Expect(card).ToContainTextAsync("Angling");

        await card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Add a step") }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Add a step");
        await Expect(page.Locator(".govuk-inset-text")).ToContainTextAsync(goal);
        var service = page.Locator("optgroup[label='Services'] option").Filter(new() { HasNotText = "already referred" }).First;
        var serviceId = (await service.GetAttributeAsync("value"))!;
        var serviceName = (await service.InnerTextAsync()).Split(',')[0];
        await page.GetByLabel("What is the step?").FillAsync("See the housing adviser");
        var due = DateTime.UtcNow.AddMonths(2);
        var dueBy = page.GetByRole(AriaRole.Group, new() { Name = "By when? (optional)" });
        await dueBy.GetByLabel("Day").FillAsync(due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await dueBy.GetByLabel("Month").FillAsync(due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await dueBy.GetByLabel("Year").FillAsync((due.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Who helps?").SelectOptionAsync(serviceId);
        await page.GetByLabel("Refer them now").CheckAsync();
        await page.GetByLabel("Note for the organisation (optional)").FillAsync("Needs a ground-floor flat.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add step" }).ClickAsync();
        await Expect(page.Locator("#dueBy-error")).ToContainTextAsync("The date must be today or in the future");
        await Expect(page.GetByLabel("Who helps?")).ToHaveValueAsync(serviceId);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "plan-add-step-refused");
        await dueBy.GetByLabel("Year").FillAsync(due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add step" }).ClickAsync();

        await Expect(Banner(page)).ToContainTextAsync("Step added and referral sent");
        var step = Step(page, "See the housing adviser");
        await Expect(step).ToContainTextAsync(serviceName);
        await Expect(step.Locator(".rehab-plan-facts .govuk-tag")).ToHaveTextAsync("Pending");
        await Expect(step).ToContainTextAsync(due.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));

        await page.GetByRole(AriaRole.Button, new() { Name = "Record a review" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Record a review");
        await page.GetByLabel("Your summary (optional)").FillAsync("Engaging well; housing first.");
        await page.GetByLabel("4: Well").CheckAsync();
        await page.GetByLabel("In their words (optional)").FillAsync("Better than last month.");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record review" }).ClickAsync();

        await Expect(Banner(page)).ToContainTextAsync("Review recorded");
        var review = page.Locator("#reviews tbody tr").First;
        await Expect(review).ToContainTextAsync("Engaging well; housing first.");
        await Expect(review).ToContainTextAsync("4 out of 5: well");
        await Expect(review).ToContainTextAsync("Better than last month.");
        await Expect(page.Locator("#social-capital-chart svg")).ToBeVisibleAsync();
        await Expect(page.Locator("#social-capital-figures tbody tr")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page);
        AssertNoRequestLeftTheHub();
        await ScreenshotAsync(page, "plan-offender-manager");

        await step.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^View referral") }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync($"Referral to {serviceName}");
        await Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Needs a ground-floor flat.");
    }

    /// <summary>K. Young (per-0033) proposes a goal of his own (through the hub, as he would on his own page).</summary>
    [Fact]
    public async Task An_offender_manager_agrees_a_goal_the_person_proposed_comments_on_a_step_and_marks_it_done()
    {
        var goal = $"Learn to cook for my kids {Suffix()}";
        await HubApi.RunAsync(App, Young, "mutation($text: String!) { addGoal(input: {personId: \"per-0033\", text: $text}) { id } }", new { text = goal });
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync("/people/per-0033/plan");

        var card = Goal(page, goal);
        await Expect(card).ToContainTextAsync("K. Young proposed this goal. Agree it with them, or drop it.");
        await Expect(card.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Add a step") })).ToHaveCountAsync(0);
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Agree goal") }).ClickAsync();

        await Expect(Banner(page)).ToContainTextAsync("Goal agreed");
        await Expect(card.Locator(".govuk-summary-card__title-wrapper .govuk-tag")).ToHaveTextAsync("Active");
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Add a step") }).ClickAsync();
        await page.GetByLabel("What is the step?").FillAsync("Try the Tuesday cooking class");
        await page.GetByLabel("Who helps?").SelectOptionAsync("SELF");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add step" }).ClickAsync();
        await Expect(Banner(page)).ToContainTextAsync("Step added");

        var step = Step(page, "Try the Tuesday cooking class");
        await Expect(step).ToContainTextAsync("Themselves");
        await step.Locator("summary").ClickAsync();
        await step.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your comment");
        var comment = step.GetByLabel("Comment", new() { Exact = true });
        await Expect(comment).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await comment.FillAsync("Booked for next week.");
        await step.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(Banner(page)).ToContainTextAsync("Comment added");
        await Expect(step.Locator(".rehab-plan-comments")).ToContainTextAsync("You,");
        await Expect(step.Locator(".rehab-plan-comments")).ToContainTextAsync("Booked for next week.");

        await step.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Mark as done") }).ClickAsync();
        await Expect(Banner(page)).ToContainTextAsync("Step marked as done");
        await Expect(step.Locator(".govuk-tag").First).ToHaveTextAsync("Done");
        await Expect(step.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Mark as done") })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_person_proposes_a_goal_of_their_own_which_waits_for_their_probation_practitioner_to_agree_it()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.PersonOnProbation);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Your plan" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Your plan");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a goal of your own" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Add a goal of your own");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to your probation practitioner" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your goal");
        await AssertAccessibleAsync(page);
        var goal = $"Get back into football {Suffix()}";
        await page.GetByLabel("What do you want to achieve?").FillAsync(goal);
        await page.GetByLabel("Sport and fitness").CheckAsync();
        await ScreenshotAsync(page, "my-plan-add-goal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to your probation practitioner" }).ClickAsync();

        await Expect(Banner(page)).ToContainTextAsync("Your goal has been sent to your probation practitioner to agree");
        var card = Goal(page, goal);
        await Expect(card.Locator(".govuk-summary-card__title-wrapper .govuk-tag")).ToHaveTextAsync("Proposed");
        await Expect(card).ToContainTextAsync("Waiting for your probation practitioner to agree.");
        await Expect(card).ToContainTextAsync("Sport and fitness");
        await Expect(card.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_person_comments_on_a_step_and_adds_their_view_to_their_reviews()
    {
        var suffix = Suffix();
        var goal = await HubApi.RunAsync(App, HubApi.OffenderManager,
            "mutation($text: String!) { addGoal(input: {personId: \"per-0001\", text: $text, strengths: [\"GARDENING\"]}) { id } }", new { text = $"Grow my own veg {suffix}" });
        var stepText = $"Ask about an allotment {suffix}";
        await HubApi.RunAsync(App, HubApi.OffenderManager,
            "mutation($goal: ID!, $text: String!) { addPlanStep(input: {goalId: $goal, text: $text, supporter: FAMILY}) { id } }",
            new { goal = Id(goal, "addGoal"), text = stepText });
        var summary = $"Settling in at the hostel {suffix}";
        await HubApi.RunAsync(App, HubApi.OffenderManager, "mutation($summary: String!) { recordPlanReview(input: {personId: \"per-0001\", summary: $summary}) { id } }", new { summary });
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.PersonOnProbation);
        await page.GotoAsync("/my-plan");

        var step = Step(page, stepText);
        await Expect(step).ToContainTextAsync("Your family");
        await step.Locator("summary").ClickAsync();
        await step.GetByLabel("Your comment").FillAsync("My uncle has one, I will ask him.");
        await step.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(Banner(page)).ToContainTextAsync("Your comment has been added");
        await Expect(step.Locator(".rehab-plan-comments")).ToContainTextAsync("You,");
        await Expect(step.Locator(".rehab-plan-comments")).ToContainTextAsync("My uncle has one, I will ask him.");
        await Expect(page.Locator("#reviews")).ToContainTextAsync(summary);

        await page.GetByRole(AriaRole.Button, new() { Name = "Say how things are going" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("How are things going?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose how things are going, or write a comment");
        await AssertAccessibleAsync(page);
        var words = $"Better than last month, the allotment helps {suffix}";
        await page.GetByLabel("3: OK").CheckAsync();
        await page.GetByLabel("Anything you want to say? (optional)").FillAsync(words);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(Banner(page)).ToContainTextAsync("What you said has been added to your plan");
        var mine = page.Locator("#reviews tbody tr").Filter(new() { HasText = words });
        await Expect(mine).ToContainTextAsync("3 out of 5: OK");
        await Expect(page.Locator("#social-capital-chart svg")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        AssertNoRequestLeftTheHub();
        await ScreenshotAsync(page, "my-plan");
    }

    [Fact]
    public async Task The_person_is_refused_every_other_page_and_their_navigation_is_their_plan_alone()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.PersonOnProbation);

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Your plan"]);
        await Expect(page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Find services" })).ToHaveCountAsync(0);
        foreach (var path in new[] { "/caseload", "/directory", "/certificates/check", "/people/per-0001", "/people/per-0001/plan", "/partner", "/admin", "/immediate-justice", "/commissioning" })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Status == 403, $"{path} answered {response.Status}");
            await Expect(Heading(page)).ToHaveTextAsync("You do not have access to this page");
        }

        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "my-plan-access-denied");
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to your plan" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Your plan");
    }

    [Fact]
    public async Task Someone_else_cannot_open_the_persons_pages_nor_another_offender_managers_person_s_plan()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        foreach (var path in new[] { "/my-plan", "/my-plan/goals/new", "/my-plan/reviews/new" })
        {
            Assert.Equal(403, (await page.GotoAsync(path))!.Status);
        }

        foreach (var path in new[] { "/people/per-0002/plan", "/people/per-0002/plan/goals/new", "/people/per-0002/plan/reviews/new", "/people/per-0014/plan/goals/gol-none/steps/new" })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Status == 404, $"{path} answered {response.Status}");
            Assert.Contains("no-store", response.Headers["cache-control"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_person_using_only_the_keyboard_opens_their_plan_and_comments_on_a_step()
    {
        var suffix = Suffix();
        var goal = await HubApi.RunAsync(App, HubApi.OffenderManager,
            "mutation($text: String!) { addGoal(input: {personId: \"per-0001\", text: $text}) { id } }", new { text = $"Read to my daughter {suffix}" });
        var stepText = $"Join the library {suffix}";
        await HubApi.RunAsync(App, HubApi.OffenderManager,
            "mutation($goal: ID!, $text: String!) { addPlanStep(input: {goalId: $goal, text: $text, supporter: SELF}) { id } }",
            new { goal = Id(goal, "addGoal"), text = stepText });
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.PersonOnProbation);

        await KeyboardOnly.TabToAndFollowAsync(page, "Your plan");
        await Expect(Heading(page)).ToHaveTextAsync("Your plan");
        await KeyboardOnly.TabToAsync(page, $"Comment on this step ({stepText})", maxPresses: 200);
        await page.Keyboard.PressAsync("Enter");
        await KeyboardOnly.TabToAsync(page, "Your comment");
        await page.Keyboard.TypeAsync("I have a card now.");
        await KeyboardOnly.TabToAndFollowAsync(page, "Add comment");

        await Expect(Banner(page)).ToContainTextAsync("Your comment has been added");
        await Expect(Step(page, stepText).Locator(".rehab-plan-comments")).ToContainTextAsync("I have a card now.");
    }

    [Theory]
    [InlineData(nameof(DemoUser.OffenderManager), "/people/per-0001/plan")]
    [InlineData(nameof(DemoUser.PersonOnProbation), "/my-plan")]
    public async Task On_a_320_pixel_wide_screen_the_plan_does_not_scroll_sideways(string user, string path)
    {
        await HubApi.RunAsync(App, HubApi.OffenderManager, "mutation { recordPlanReview(input: {personId: \"per-0001\", summary: \"Narrow screen check\", personRating: 3}) { id } }");
        var page = await NewNarrowPageAsync();
        await SignInAsync(page, DemoUser.Named(user));

        await page.GotoAsync(path);

        await Expect(page.Locator("#social-capital-chart svg")).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(page);
        await ScreenshotAsync(page, "plan-320px" + path.Replace('/', '-'));
    }

    /// <summary>The hub's answer to a journey's setup, for the ids it made.</summary>
    private static string Id(JsonElement data, string field) => data.GetProperty(field).GetProperty("id").GetString()!;
}
