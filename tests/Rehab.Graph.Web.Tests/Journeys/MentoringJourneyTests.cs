using Microsoft.Playwright;
using Rehab.Graph.Neo4j.Client;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>
/// Peer mentors: the offender manager (prc-07) assigns a mentor from those who suit the person and have a place, and ends
/// a mentoring with its reason. Each test's person ("Z. …") and mentors live near Scarborough, far from the demo region,
/// so no other test's connect sees them and no demo mentor's places change.
/// </summary>
public sealed class MentoringJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    private const double Latitude = 54.2830;
    private const double Longitude = -0.4000;

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static Task<IResponse> PostAsync(IPage page, string button) =>
        page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(), response => response.Request.Method == "POST");

    private async Task<(string Id, string Name)> NewPersonAsync(string suffix)
    {
        var (id, name) = ($"per-web-mentee-{suffix}", $"Z. Mentee{suffix}");
        await App.Cypher.RunAsync(new CypherStatement("test: a person of prc-07's to mentor", """
            MATCH (pr:Practitioner {id: 'prc-07'})
            CREATE (pr)-[:SUPERVISES]->(:Person {id: $id, displayName: $name, gender: 'MALE', birthYear: 1988, homeLat: $lat, homeLon: $lon,
                    postcodeDistrict: 'YO11', languages: ['en'], riskOfHarm: 'LOW', riskFlags: []})
            """, new Dictionary<string, object?> { ["id"] = id, ["name"] = name, ["lat"] = Latitude, ["lon"] = Longitude }));
        return (id, name);
    }

    private async Task<string> NewMentorAsync(string name, int capacity) =>
        (await HubApi.RunAsync(App, HubApi.Partner("org-0001"), "mutation($input: MentorInput!) { upsertMentor(input: $input) { id } }",
            new { input = new { organisationId = "org-0001", displayName = name, gender = "MALE", capacity, location = new { latitude = Latitude, longitude = Longitude } } }))
        .GetProperty("upsertMentor").GetProperty("id").GetString()!;

    private Task AssignAsync(string person, string mentor) =>
        HubApi.RunAsync(App, HubApi.OffenderManager, "mutation($person: ID!, $mentor: ID!) { assignMentor(input: {personId: $person, mentorId: $mentor}) { id } }", new { person, mentor });

    [Fact]
    public async Task The_offender_manager_assigns_a_mentor_who_suits_them_and_has_a_place_and_ends_it_with_a_reason()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (person, name) = await NewPersonAsync(suffix);
        var (free, full) = ($"K. Free{suffix}", $"L. Full{suffix}");
        var freeId = await NewMentorAsync(free, capacity: 2);
        await AssignAsync((await NewPersonAsync(suffix + "b")).Id, await NewMentorAsync(full, capacity: 1));
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync($"/people/{person}/plan");
        await Expect(page.Locator("#mentor-names")).ToHaveTextAsync("No peer mentor at the moment.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Assign a mentor" }).ClickAsync();

        await Expect(Heading(page)).ToHaveTextAsync("Peer mentor");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"{name} has no peer mentor at the moment.");
        await Expect(page.GetByLabel(free)).ToBeVisibleAsync();
        await Expect(page.GetByLabel(full)).ToHaveCountAsync(0);
        await Expect(page.Locator("#full")).ToContainTextAsync(full);
        await AssertAccessibleAsync(page);

        var nothingChosen = await PostAsync(page, "Assign mentor");
        Assert.Equal(400, nothingChosen.Status);
        await Expect(page.Locator(".govuk-error-summary a[href='#mentor']")).ToHaveTextAsync("Select a mentor");
        await AssertAccessibleAsync(page);

        // Someone else assigns the same mentor while the page is open: the page says so and shows them as theirs.
        await page.GetByLabel(free).CheckAsync();
        await AssignAsync(person, freeId);
        var already = await PostAsync(page, "Assign mentor");
        Assert.Equal(409, already.Status);
        await Expect(page.Locator("#mentor-error")).ToContainTextAsync("already mentors them");
        await Expect(page.Locator($"#current-{freeId}")).ToContainTextAsync("Mentoring since");

        await page.GetByLabel($"Why is mentoring with {free} ending? (optional)").FillAsync(new string('x', 1001));
        var tooLong = await PostAsync(page, $"End mentoring with {free}");
        Assert.Equal(400, tooLong.Status);
        await Expect(page.Locator($"#reason-{freeId}-error")).ToContainTextAsync("Reason must be 1000 characters or fewer");
        await page.GetByLabel($"Why is mentoring with {free} ending? (optional)").FillAsync("Moved to Leeds");
        await page.GetByRole(AriaRole.Button, new() { Name = $"End mentoring with {free}" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Mentoring ended");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"{name} has no peer mentor at the moment.");

        await page.GetByLabel(free).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign mentor" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Mentor assigned");
        await Expect(page.Locator($"#current-{freeId}")).ToContainTextAsync("Volunteers with");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "mentoring");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the plan" }).ClickAsync();
        await Expect(page.Locator("#mentor-names")).ToHaveTextAsync(free);
        var ended = await HubApi.RunAsync(App, HubApi.OffenderManager, "query($id: ID!) { plan(personId: $id) { mentors { mentor { id } } } }", new { id = person });
        Assert.Equal(freeId, ended.GetProperty("plan").GetProperty("mentors")[0].GetProperty("mentor").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_mentor_page_fits_a_narrow_screen_and_is_closed_to_other_roles()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (person, _) = await NewPersonAsync(suffix);
        await NewMentorAsync($"N. Narrow{suffix}", capacity: 1);
        var narrow = await NewNarrowPageAsync();
        await SignInAsync(narrow, DemoUser.OffenderManager);
        await narrow.GotoAsync($"/people/{person}/mentor");
        await Expect(Heading(narrow)).ToHaveTextAsync("Peer mentor");
        await AssertNoHorizontalScrollAsync(narrow);

        var partner = await NewPageAsync();
        await SignInAsync(partner, DemoUser.Partner);
        Assert.Equal(403, (await partner.GotoAsync($"/people/{person}/mentor"))!.Status);
        var otherManager = await NewPageAsync();
        await SignInAsync(otherManager, "OFFENDER_MANAGER", practitioner: "prc-03");
        Assert.Equal(404, (await otherManager.GotoAsync($"/people/{person}/mentor"))!.Status);
    }
}
