using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>
/// Co-produced projects: the offender manager (prc-07) finds a running project for someone on their caseload and manages
/// it, and the person on probation (per-0001) starts one of their own. Each test makes its own project through the hub
/// with a title of its own, so none depends on the demo region's projects.
/// </summary>
public sealed class ProjectJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    private static readonly Caller Admin = new(CallerRole.Admin, null, null, "admin");

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>
    /// A running project founded by K. Young (per-0033, on prc-07's caseload) at I. Pawlak's (per-0014) home, serving his
    /// first need, with a grant of £100.
    /// </summary>
    private async Task<(string Id, string Title)> RunningProjectNearPawlakAsync()
    {
        var person = (await HubApi.RunAsync(App, HubApi.OffenderManager, "{ person(id: \"per-0014\") { home { latitude longitude } needs { code } } }")).GetProperty("person");
        var home = person.GetProperty("home");
        var title = $"Riverside bike repair {Suffix()}";
        var created = await HubApi.RunAsync(App, HubApi.OffenderManager,
            "mutation($input: ProjectInput!) { createProject(input: $input) { id } }",
            new
            {
                input = new
                {
                    title,
                    aims = "Fix bikes for people who need one to get to work",
                    kind = "SERVICE",
                    needs = new[] { person.GetProperty("needs")[0].GetProperty("code").GetString() },
                    memberIds = new[] { "per-0033" },
                    location = new { latitude = home.GetProperty("latitude").GetDouble(), longitude = home.GetProperty("longitude").GetDouble() },
                    contact = new { phone = "01632 960777" },
                },
            });
        var id = created.GetProperty("createProject").GetProperty("id").GetString()!;
        await HubApi.RunAsync(App, HubApi.OffenderManager, "mutation($id: ID!) { setProjectStatus(input: {projectId: $id, status: RUNNING}) { id } }", new { id });
        await HubApi.RunAsync(App, Admin, "mutation($id: ID!) { awardGrant(input: {projectId: $id, amountPence: 10000, description: \"Start-up grant\"}) { id } }", new { id });
        return (id, title);
    }

    [Fact]
    public async Task The_offender_manager_finds_a_running_project_run_by_people_with_lived_experience()
    {
        var (_, title) = await RunningProjectNearPawlakAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync("/people/per-0014/support");

        var section = page.Locator("li.rehab-project").Filter(new() { HasText = title });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Projects run by people with lived experience", Level = 2 })).ToBeVisibleAsync();
        await Expect(section).ToContainTextAsync("A service for others");
        await Expect(section).ToContainTextAsync("Fix bikes for people who need one to get to work");
        await Expect(section).ToContainTextAsync("Run by people with lived experience of probation");
        await Expect(section).ToContainTextAsync("01632 960777");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "find-support-projects");

        await section.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync(title);
        await Expect(page.Locator("#project-status")).ToHaveTextAsync("Running");
        await Expect(page.Locator("#project-members")).ToContainTextAsync("K. Young");
        await Expect(page.Locator("#project-grant")).ToContainTextAsync("£100");
        await Expect(page.Locator("#grant-statement")).ToContainTextAsync("Start-up grant");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Amount, in pounds").FillAsync("200");
        await page.GetByLabel("What the money is for").FillAsync("Tools for the repair bench");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record spend" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Expect(page.Locator("#amount-error")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("What the money is for")).ToHaveValueAsync("Tools for the repair bench");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Amount, in pounds").FillAsync("£12.29");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record spend" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Spend recorded");
        await Expect(page.Locator("#project-grant")).ToContainTextAsync("£87.71");
        await Expect(page.Locator("#grant-statement")).ToContainTextAsync("Tools for the repair bench");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pause it" }).ClickAsync();
        await Expect(page.Locator("#project-status")).ToHaveTextAsync("Paused");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "project-page");
    }

    [Fact]
    public async Task The_offender_manager_adds_a_member_and_refunds_a_spend_and_an_admin_awards_more()
    {
        var (id, _) = await RunningProjectNearPawlakAsync();
        await HubApi.RunAsync(App, HubApi.OffenderManager, "mutation($id: ID!) { spendFromGrant(input: {projectId: $id, amountPence: 2000, description: \"Paint for the bench\"}) { id } }", new { id });
        var suffix = Suffix();
        var (joiner, joinerName) = ($"per-web-joiner-{suffix}", $"Z. Joiner{suffix}");
        await App.Cypher.RunAsync(new CypherStatement("test: a person of prc-07's to join a project", """
            MATCH (pr:Practitioner {id: 'prc-07'})
            CREATE (pr)-[:SUPERVISES]->(:Person {id: $id, displayName: $name, gender: 'MALE', birthYear: 1990, homeLat: 54.28, homeLon: -0.40,
                    postcodeDistrict: 'YO11', languages: ['en'], riskOfHarm: 'LOW', riskFlags: []})
            """, new Dictionary<string, object?> { ["id"] = joiner, ["name"] = joinerName }));
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync($"/projects/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Expect(page.Locator("#member-error")).ToHaveTextAsync("Error: Select who joins the project");
        await page.GetByLabel("Who joins?").SelectOptionAsync(new SelectOptionValue { Label = joinerName });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Member added");
        await Expect(page.Locator("#project-members")).ToContainTextAsync(joinerName);
        await Expect(page.GetByLabel("Who joins?").Locator("option", new() { HasText = joinerName })).ToHaveCountAsync(0);

        await page.GetByLabel("Which spend does the money come back from?").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Amount coming back, in pounds").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record refund" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Expect(page.Locator("#refundAmount-error")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Amount coming back, in pounds").FillAsync("5");
        await page.GetByLabel("Why it comes back (optional)").FillAsync("Returned the unused paint");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record refund" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Refund recorded");
        await Expect(page.Locator("#project-grant")).ToContainTextAsync("£85");
        await Expect(page.Locator("#grant-statement")).ToContainTextAsync("Returned the unused paint");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Award a grant" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        var admin = await NewPageAsync();
        await SignInAsync(admin, DemoUser.Admin);
        await admin.GotoAsync($"/projects/{id}");
        await admin.GetByLabel("Amount to award, in pounds").FillAsync("0");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Award grant" }).ClickAsync();
        await Expect(admin.Locator("#awardAmount-error")).ToContainTextAsync("The amount must be between £0.01 and £5,000");
        await admin.GetByLabel("Amount to award, in pounds").FillAsync("50");
        await admin.GetByLabel("What the grant is for (optional)").FillAsync("Second year");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Award grant" }).ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync("Grant awarded");
        await Expect(admin.Locator("#project-grant")).ToContainTextAsync("£135");
        await Expect(admin.GetByLabel("Who joins?")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(admin);
    }

    [Fact]
    public async Task The_person_starts_a_project_and_sees_it_under_their_projects()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.PersonOnProbation);
        await page.GotoAsync("/my-plan");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your projects", Level = 2 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a project" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Start a project");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to your probation practitioner" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("Enter a name for your project");
        await Expect(summary).ToContainTextAsync("Choose what kind of project it is");
        await Expect(summary).ToContainTextAsync("Choose at least one thing it helps with");
        await Expect(summary).ToContainTextAsync("Choose where it will meet");
        await AssertAccessibleAsync(page);

        var title = $"Cooking on a budget {Suffix()}";
        await page.GetByLabel("What is your project called?").FillAsync(title);
        await page.GetByLabel("A group that meets").CheckAsync();
        await page.GetByLabel("What is it for? (optional)").FillAsync("Cook a meal together once a week.");
        await page.GetByRole(AriaRole.Group, new() { Name = "What does it help people with?" }).GetByLabel("Finance, benefits and debt").CheckAsync();
        await page.GetByLabel("Where will it meet?").SelectOptionAsync("Orchard Park");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "start-a-project");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to your probation practitioner" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your project has been sent to your probation practitioner to agree");
        var card = page.Locator(".rehab-my-project").Filter(new() { HasText = title });
        await Expect(card).ToContainTextAsync("A group that meets");
        await Expect(card).ToContainTextAsync("Waiting for your probation practitioner to agree it");
        await Expect(card).ToContainTextAsync("H. Jafari");
        await AssertAccessibleAsync(page);
    }
}
