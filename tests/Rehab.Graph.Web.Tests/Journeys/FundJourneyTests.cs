using System.Text.Json;
using Microsoft.Playwright;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>
/// Personal funds: the offender manager (prc-07) spends from a person's fund on one of their goals and refunds part of a
/// spend; an admin allocates; the person reads their own statement. Each test has a person of its own, a woman of prc-07's
/// in Hull's City Centre (HU1) named "Z. …" so the demo region's people keep their places on the caseload's first page,
/// and no other test reads their fund.
/// </summary>
public sealed class FundJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    private static readonly Caller Admin = new(CallerRole.Admin, null, null, "admin");

    /// <summary>Bransholme Women Together, the demo region's women's service that holds funds.</summary>
    private const string WomensService = "org-0014";

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static ILocator Banner(IPage page) => page.Locator(".govuk-notification-banner");

    private static ILocator Balance(IPage page) => page.Locator("#fund-balance");

    private static ILocator Statement(IPage page) => page.Locator("#fund-statement tbody tr");

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    private async Task<(string Id, string Name)> NewPersonAsync()
    {
        var suffix = Suffix();
        var (id, name) = ($"per-web-fund-{suffix}", $"Z. Saver{suffix}");
        await App.Cypher.RunAsync(new CypherStatement("test: a woman of prc-07's with a fund to come", """
            MATCH (pr:Practitioner {id: 'prc-07'})
            CREATE (pr)-[:SUPERVISES]->(:Person {id: $id, displayName: $name, gender: 'FEMALE', birthYear: 1991, homeLat: 53.7446, homeLon: -0.3352,
                    postcodeDistrict: 'HU1', languages: ['en'], riskOfHarm: 'LOW', riskFlags: []})
            """, new Dictionary<string, object?> { ["id"] = id, ["name"] = name }));
        return (id, name);
    }

    /// <summary>An active goal of <paramref name="person"/>'s, agreed by prc-07 in their words.</summary>
    private async Task<string> GoalAsync(string person, string text)
    {
        var data = await HubApi.RunAsync(App, HubApi.OffenderManager,
            "mutation($person: ID!, $text: String!) { addGoal(input: {personId: $person, text: $text, needs: [\"EDUCATION_TRAINING_EMPLOYMENT\"]}) { id } }",
            new { person, text });
        return Id(data, "addGoal");
    }

    private async Task<string> AllocateAsync(string person, int pence, string? holder = null) =>
        Id(await HubApi.RunAsync(App, Admin,
            "mutation($person: ID!, $pence: Int!, $holder: ID) { allocateFund(input: {personId: $person, amountPence: $pence, holderOrganisationId: $holder, description: \"Personal budget\"}) { id } }",
            new { person, pence, holder }), "allocateFund");

    [Fact]
    public async Task The_offender_manager_spends_on_a_goal_and_refunds_part_of_it_and_more_than_the_balance_is_an_error_beside_the_amount()
    {
        var (person, name) = await NewPersonAsync();
        var goal = $"Get my forklift licence {Suffix()}";
        await GoalAsync(person, goal);
        await AllocateAsync(person, 10_000);
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync($"/people/{person}/plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Personal fund: balance, spends and refunds" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync($"{name}'s fund");
        await Expect(Balance(page)).ToHaveTextAsync("£100");
        await Expect(page.Locator("#fund-summary dd").First).ToHaveTextAsync("You");
        await Expect(Statement(page)).ToHaveCountAsync(1);
        await Expect(Statement(page).First).ToContainTextAsync("Money put in: Personal budget");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Which goal is it for?").SelectOptionAsync(new SelectOptionValue { Label = goal });
        await page.GetByLabel("Amount, in pounds").FillAsync("1.234");
        await page.GetByLabel("What does it buy?").FillAsync("Forklift course deposit");
        var refused = await PostAsync(page, "Record spend");
        Assert.Equal(400, refused.Status);
        await Expect(page.Locator("#amount-error")).ToContainTextAsync("no more than two numbers after the point");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("no more than two numbers after the point");
        await Expect(page.GetByLabel("What does it buy?")).ToHaveValueAsync("Forklift course deposit");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Amount, in pounds").FillAsync("£150");
        var conflict = await PostAsync(page, "Record spend");
        Assert.Equal(409, conflict.Status);
        await Expect(page.Locator("#amount-error")).ToContainTextAsync("The fund has only £100 left. Enter £100 or less");
        await Expect(Balance(page)).ToHaveTextAsync("£100");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Amount, in pounds").FillAsync("40.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record spend" }).ClickAsync();
        await Expect(Banner(page)).ToContainTextAsync("Spend recorded");
        await Expect(Balance(page)).ToHaveTextAsync("£59.50");
        await Expect(Statement(page).Nth(1)).ToContainTextAsync("Spent: Forklift course deposit");
        await Expect(Statement(page).Nth(1)).ToContainTextAsync(goal);
        await Expect(Statement(page).Nth(1)).ToContainTextAsync("£40.50");
        await Expect(Statement(page).Nth(1)).ToContainTextAsync("You");
        await AssertAccessibleAsync(page);

        await Statement(page).Nth(1).GetByRole(AriaRole.Link, new() { Name = "Refund" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Refund to the fund");
        await Expect(page.Locator("#refund-spend")).ToContainTextAsync("£40.50");
        await Expect(page.GetByLabel("Amount coming back, in pounds")).ToHaveValueAsync("");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Amount coming back, in pounds").FillAsync("50");
        var tooMuch = await PostAsync(page, "Record refund");
        Assert.Equal(409, tooMuch.Status);
        await Expect(page.Locator("#amount-error")).ToContainTextAsync("You can refund at most £40.50 from this spend");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Amount coming back, in pounds").FillAsync("10");
        await page.GetByLabel("Why is it coming back? (optional)").FillAsync("The course cost less");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record refund" }).ClickAsync();
        await Expect(Banner(page)).ToContainTextAsync("Refund recorded");
        await Expect(Balance(page)).ToHaveTextAsync("£69.50");
        await Expect(Statement(page)).ToHaveCountAsync(3);
        await Expect(Statement(page).Nth(2)).ToContainTextAsync("Refund: The course cost less");
        await Expect(Statement(page).Nth(2)).ToContainTextAsync(goal);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "fund-offender-manager");
        AssertNoRequestLeftTheHub();
    }

    [Fact]
    public async Task With_no_fund_yet_the_offender_manager_is_told_so_plainly()
    {
        var (person, name) = await NewPersonAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync($"/people/{person}/fund");

        await Expect(page.Locator("#no-fund")).ToHaveTextAsync($"No money has been allocated to {name}'s fund yet. An admin allocates it.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record spend" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task An_admin_allocates_money_to_a_fund_a_womens_service_holds_and_sees_the_fund_after()
    {
        var (person, _) = await NewPersonAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Admin);

        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Personal funds" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Allocate money to a person's fund");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Amount, in pounds").FillAsync("0");
        var refused = await PostAsync(page, "Allocate money");
        Assert.Equal(400, refused.Status);
        await Expect(page.Locator("#person-error")).ToContainTextAsync("Enter the person's id");
        await Expect(page.Locator("#amount-error")).ToContainTextAsync("between £0.01 and £5,000");
        await Expect(page.Locator(".govuk-error-summary li")).ToHaveCountAsync(2);
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Person id").FillAsync(person);
        await page.GetByLabel("Amount, in pounds").FillAsync("250");
        await page.GetByLabel("What is it for? (optional)").FillAsync("Personal budget");
        await page.GetByLabel("Held by a women's service (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Bransholme Women Together" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate money" }).ClickAsync();

        await Expect(Banner(page)).ToContainTextAsync($"Money allocated to {person}'s fund");
        await Expect(Balance(page)).ToHaveTextAsync("£250");
        await Expect(page.Locator("#fund-summary")).ToContainTextAsync("Bransholme Women Together");
        await Expect(Statement(page)).ToHaveCountAsync(1);
        await Expect(Statement(page).First).ToContainTextAsync("Money put in: Personal budget");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "fund-admin");
    }

    [Fact]
    public async Task The_person_reads_their_own_statement_in_plain_words()
    {
        var (person, _) = await NewPersonAsync();
        var goal = $"Get back into cycling {Suffix()}";
        var goalId = await GoalAsync(person, goal);
        await AllocateAsync(person, 5_000);
        await HubApi.RunAsync(App, HubApi.OffenderManager,
            "mutation($person: ID!, $goal: ID!) { spendFromFund(input: {personId: $person, goalId: $goal, amountPence: 1250, description: \"Bike lights\"}) { id } }",
            new { person, goal = goalId });
        var page = await NewPageAsync();
        await SignInAsync(page, "PERSON", person: person);

        await page.GotoAsync("/my-plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your fund: money for your goals" }).ClickAsync();

        await Expect(Heading(page)).ToHaveTextAsync("Your fund");
        await Expect(Balance(page)).ToHaveTextAsync("You have £37.50 left in your fund.");
        await Expect(page.GetByText("Your probation practitioner looks after your fund")).ToBeVisibleAsync();
        await Expect(Statement(page)).ToHaveCountAsync(2);
        await Expect(Statement(page).Nth(1)).ToContainTextAsync("Spent: Bike lights");
        await Expect(Statement(page).Nth(1)).ToContainTextAsync(goal);
        await Expect(Statement(page).Nth(1)).ToContainTextAsync("£12.50");
        await Expect(page.Locator("#fund-statement th")).ToHaveTextAsync(["Date", "What", "For your goal", "Money in", "Money out"]);
        await Expect(page.GetByRole(AriaRole.Button)).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "fund-person");
    }

    [Fact]
    public async Task A_womens_service_finds_a_fund_it_holds_spends_it_on_her_goal_and_refunds_part_of_it()
    {
        var (person, name) = await NewPersonAsync();
        var goal = $"Driving lessons {Suffix()}";
        await GoalAsync(person, goal);
        await AllocateAsync(person, 5_000, WomensService);
        var page = await NewPageAsync();
        await SignInAsync(page, "PARTNER", organisation: WomensService);

        await page.GotoAsync("/partner");
        await page.GetByRole(AriaRole.Link, new() { Name = "Personal funds you hold" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Personal funds you hold");
        var row = page.Locator("#funds-held tbody tr").Filter(new() { HasText = name });
        await Expect(row).ToContainTextAsync("£50");
        await AssertAccessibleAsync(page);

        await row.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync($"{name}'s fund");
        await Expect(page.Locator("#fund-summary dd").First).ToHaveTextAsync("You");
        await Expect(Balance(page)).ToHaveTextAsync("£50");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Which goal is it for?").SelectOptionAsync(new SelectOptionValue { Label = goal });
        await page.GetByLabel("Amount, in pounds").FillAsync("60");
        await page.GetByLabel("What does it buy?").FillAsync("Five driving lessons");
        var conflict = await PostAsync(page, "Record spend");
        Assert.Equal(409, conflict.Status);
        await Expect(page.Locator("#amount-error")).ToContainTextAsync("The fund has only £50 left. Enter £50 or less");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Amount, in pounds").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record spend" }).ClickAsync();
        await Expect(Banner(page)).ToContainTextAsync("Spend recorded");
        Assert.Equal($"/partner/funds/{person}", new Uri(page.Url).AbsolutePath);
        await Expect(Balance(page)).ToHaveTextAsync("£20");
        await Expect(Statement(page).Nth(1)).ToContainTextAsync("Spent: Five driving lessons");
        await Expect(Statement(page).Nth(1)).ToContainTextAsync(goal);
        await Expect(Statement(page).Nth(1)).ToContainTextAsync("You");
        await AssertAccessibleAsync(page);

        await Statement(page).Nth(1).GetByRole(AriaRole.Link, new() { Name = "Refund" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Refund to the fund");
        await page.GetByLabel("Amount coming back, in pounds").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record refund" }).ClickAsync();
        await Expect(Banner(page)).ToContainTextAsync("Refund recorded");
        await Expect(Balance(page)).ToHaveTextAsync("£32");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the funds you hold" }).ClickAsync();
        await Expect(page.Locator("#funds-held tbody tr").Filter(new() { HasText = name })).ToContainTextAsync("£32");

        var offenderManager = await NewPageAsync();
        await SignInAsync(offenderManager, DemoUser.OffenderManager);
        await offenderManager.GotoAsync($"/people/{person}/fund");
        await Expect(offenderManager.Locator("#fund-summary dd").First).ToHaveTextAsync("Bransholme Women Together");
        await Expect(offenderManager.Locator("#fund-statement tbody tr").Nth(1)).ToContainTextAsync("Bransholme Women Together");
    }

    [Fact]
    public async Task A_partner_sees_only_the_funds_its_own_womens_service_holds()
    {
        var (held, _) = await NewPersonAsync();
        var (probations, _) = await NewPersonAsync();
        await AllocateAsync(held, 1_000, WomensService);
        await AllocateAsync(probations, 1_000);
        var womensService = await NewPageAsync();
        await SignInAsync(womensService, "PARTNER", organisation: WomensService);
        var other = await NewPageAsync();
        await SignInAsync(other, DemoUser.Partner);

        Assert.Equal(404, (await womensService.GotoAsync($"/partner/funds/{probations}"))!.Status);
        Assert.Equal(404, (await womensService.GotoAsync($"/partner/funds/{probations}/refunds/fen-none"))!.Status);
        Assert.Equal(404, (await womensService.GotoAsync("/partner/funds/not%20an%20id"))!.Status);
        await AssertAccessibleAsync(womensService);
        Assert.Equal(404, (await other.GotoAsync($"/partner/funds/{held}"))!.Status);
        await other.GotoAsync("/partner");
        await Expect(other.GetByRole(AriaRole.Link, new() { Name = "Personal funds you hold" })).ToHaveCountAsync(0);
        await other.GotoAsync("/partner/funds");
        await Expect(other.Locator("#no-funds")).ToContainTextAsync("Your organisation holds no one's personal fund");
        await AssertAccessibleAsync(other);

        var offenderManager = await NewPageAsync();
        await SignInAsync(offenderManager, DemoUser.OffenderManager);
        Assert.Equal(403, (await offenderManager.GotoAsync("/partner/funds"))!.Status);
        Assert.Equal(403, (await offenderManager.GotoAsync($"/partner/funds/{held}"))!.Status);
    }

    [Fact]
    public async Task Other_roles_get_the_403_page_at_the_fund_pages()
    {
        var (person, _) = await NewPersonAsync();
        var partner = await NewPageAsync();
        await SignInAsync(partner, DemoUser.Partner);
        foreach (var path in new[] { $"/people/{person}/fund", "/my-fund", "/admin/funds" })
        {
            Assert.Equal(403, (await partner.GotoAsync(path))!.Status);
        }

        await AssertAccessibleAsync(partner);

        var offenderManager = await NewPageAsync();
        await SignInAsync(offenderManager, DemoUser.OffenderManager);
        Assert.Equal(403, (await offenderManager.GotoAsync("/my-fund"))!.Status);
        Assert.Equal(403, (await offenderManager.GotoAsync("/admin/funds"))!.Status);
        Assert.Equal(404, (await offenderManager.GotoAsync("/people/per-0002/fund"))!.Status);

        var theirs = await NewPageAsync();
        await SignInAsync(theirs, "PERSON", person: person);
        Assert.Equal(403, (await theirs.GotoAsync($"/people/{person}/fund"))!.Status);
    }

    [Fact]
    public async Task On_a_320_pixel_wide_screen_the_fund_page_does_not_scroll_sideways()
    {
        var (person, _) = await NewPersonAsync();
        var goalId = await GoalAsync(person, $"Find a flat near my daughter's school {Suffix()}");
        await AllocateAsync(person, 250_000);
        await HubApi.RunAsync(App, HubApi.OffenderManager,
            "mutation($person: ID!, $goal: ID!) { spendFromFund(input: {personId: $person, goalId: $goal, amountPence: 123456, description: \"Deposit and first month's rent for the flat on Hessle Road\"}) { id } }",
            new { person, goal = goalId });
        var page = await NewNarrowPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync($"/people/{person}/fund");

        await Expect(Balance(page)).ToHaveTextAsync("£1,265.44");
        await AssertNoHorizontalScrollAsync(page);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "fund-320px");
    }

    /// <summary>Presses the form's button and returns the answer to its POST.</summary>
    private static Task<IResponse> PostAsync(IPage page, string button) => page.RunAndWaitForResponseAsync(
        () => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(),
        r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);

    private static string Id(JsonElement data, string field) => data.GetProperty(field).GetProperty("id").GetString()!;
}
