using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Graph.Neo4j.Client;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>
/// Transitions: the offender manager (prc-07) checks a transition for someone on their caseload, sees what goes with
/// them, who they know there and what it may break, records it and finds it on the person's page. Each test moves a
/// person of its own, made in the graph at Hull's City Centre (HU1) and named "Z. …" so the demo region's people keep
/// their places on the caseload's first page.
/// </summary>
public sealed class TransitionJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    private const double CityCentreLatitude = 53.7446;
    private const double CityCentreLongitude = -0.3352;

    /// <summary>Prison Release Housing Desk (org-0001), in the City Centre, 24 km from Withernsea.</summary>
    private const string HousingDesk = "svc-0001";

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>Today in the UK, as the pages write a day.</summary>
    private static string Today => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))
        .ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private async Task<(string Id, string Name)> NewPersonAsync(int birthYear = 1990)
    {
        var suffix = Suffix();
        var (id, name) = ($"per-web-move-{suffix}", $"Z. Mover{suffix}");
        await App.Cypher.RunAsync(new CypherStatement("test: a person of prc-07's to move", """
            MATCH (pr:Practitioner {id: 'prc-07'}), (housing:Need {code: 'ACCOMMODATION'})
            CREATE (pr)-[:SUPERVISES]->(p:Person {id: $id, displayName: $name, gender: 'FEMALE', birthYear: $birthYear, homeLat: $lat, homeLon: $lon,
                    postcodeDistrict: 'HU1', languages: ['en'], riskOfHarm: 'LOW', riskFlags: []})
            CREATE (p)-[:HAS_NEED {severity: 3}]->(housing)
            """, new Dictionary<string, object?> { ["id"] = id, ["name"] = name, ["birthYear"] = birthYear, ["lat"] = CityCentreLatitude, ["lon"] = CityCentreLongitude }));
        return (id, name);
    }

    /// <summary>
    /// Ties in the City Centre for <paramref name="person"/>: they go to the housing desk with a friend, have a mentor who
    /// volunteers with its organisation, and are a member of a project. Returns the mentor's name and the project's title.
    /// </summary>
    private async Task<(string Mentor, string Project)> TiesAsync(string person)
    {
        var suffix = Suffix();
        await App.Cypher.RunAsync(new CypherStatement("test: goes to the housing desk with a friend", """
            MATCH (p:Person {id: $person}), (s:Service {id: $service})
            CREATE (f:Person {id: $friend, displayName: 'A friend', gender: 'FEMALE', homeLat: $lat, homeLon: $lon, languages: ['en'], riskFlags: []})
            CREATE (p)-[:ATTENDED]->(s), (f)-[:ATTENDED]->(s), (p)-[:KNOWS {kind: 'FRIEND', prosocial: true}]->(f)
            """, new Dictionary<string, object?> { ["person"] = person, ["service"] = HousingDesk, ["friend"] = $"per-web-friend-{suffix}", ["lat"] = CityCentreLatitude, ["lon"] = CityCentreLongitude }));
        var here = new { latitude = CityCentreLatitude, longitude = CityCentreLongitude };
        var mentorName = $"T. Okafor{suffix}";
        var mentor = (await HubApi.RunAsync(App, HubApi.Partner("org-0001"),
                "mutation($input: MentorInput!) { upsertMentor(input: $input) { id } }",
                new { input = new { organisationId = "org-0001", displayName = mentorName, gender = "FEMALE", capacity = 2, location = here } }))
            .GetProperty("upsertMentor").GetProperty("id").GetString();
        await HubApi.RunAsync(App, HubApi.OffenderManager, "mutation($person: ID!, $mentor: ID!) { assignMentor(input: {personId: $person, mentorId: $mentor}) { id } }", new { person, mentor });
        var title = $"City allotment {suffix}";
        await HubApi.RunAsync(App, HubApi.OffenderManager, "mutation($input: ProjectInput!) { createProject(input: $input) { id } }",
            new { input = new { title, kind = "GROUP", needs = new[] { "ACCOMMODATION" }, memberIds = new[] { person }, location = here } });
        return (mentorName, title);
    }

    /// <summary>Presses a form's button and returns the answer to its POST (a 302 to the next page, or the page again with errors).</summary>
    private static Task<IResponse> PostAsync(IPage page, string button) =>
        page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(), response => response.Request.Method == "POST");

    [Fact]
    public async Task The_offender_manager_checks_a_move_far_away_sees_what_it_may_break_and_who_they_know_records_it_and_sees_it_on_their_page()
    {
        var (person, name) = await NewPersonAsync();
        var (mentor, project) = await TiesAsync(person);
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);

        await page.GotoAsync($"/people/{person}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Transitions", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByText("No transitions recorded.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan a transition" }).ClickAsync();

        await Expect(Heading(page)).ToHaveTextAsync("Plan a transition");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the transition" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: Plan a transition"));
        await Expect(page.Locator(".govuk-error-summary a[href='#kind']")).ToHaveTextAsync("Select what kind of transition it is");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("A new home", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Town or area of their new home").SelectOptionAsync("Withernsea");
        await page.GetByLabel("Postcode district of their new home").FillAsync("hu19");
        await page.GetByLabel("Note for whoever reads their record next (optional)").FillAsync("Moving in with her sister");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "transition-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the transition" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, $"/people/{person}/transition/check").AbsoluteUri);
        await Expect(Heading(page)).ToHaveTextAsync("Check the transition");
        await Expect(page.Locator("#answers")).ToContainTextAsync("Withernsea, HU19");
        var warnings = page.Locator("#warnings .govuk-warning-text");
        await Expect(warnings).ToHaveCountAsync(3);
        await Expect(warnings.Filter(new() { HasText = "Prison Release Housing Desk would be 2" })).ToHaveCountAsync(1);
        await Expect(warnings.Filter(new() { HasText = $"Their mentor {mentor} would be 2" })).ToHaveCountAsync(1);
        await Expect(warnings.Filter(new() { HasText = $"{project} would be 2" })).ToHaveCountAsync(1);
        var desk = page.Locator(".govuk-summary-card").Filter(new() { HasText = "Prison Release Housing Desk" });
        await Expect(desk).ToContainTextAsync("May be lost");
        await Expect(desk).ToContainTextAsync("Service: they go there");
        await Expect(desk).ToContainTextAsync(new Regex(@"0\.[0-9] km from home now, 2[0-9]\.[0-9] km after"));
        await Expect(desk).ToContainTextAsync("A friend of theirs goes there too");
        await Expect(desk).ToContainTextAsync($"{mentor} (their mentor, who volunteers with");
        await Expect(page.Locator(".govuk-summary-card").Filter(new() { HasText = project }).GetByRole(AriaRole.Link, new() { Name = project }))
            .ToHaveAttributeAsync("href", new Regex("^/projects/prj-"));
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "transition-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record this transition" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, $"/people/{person}?done=transition#transitions").AbsoluteUri);
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("New home recorded: their home is now in HU19");
        await Expect(Heading(page)).ToHaveTextAsync(name);
        var history = page.Locator("#transition-history > li");
        await Expect(history).ToHaveCountAsync(1);
        await Expect(history).ToContainTextAsync($"New home, {Today}");
        await Expect(history).ToContainTextAsync("From HU1 to HU19");
        await Expect(history).ToContainTextAsync("Moving in with her sister");
        await Expect(history).ToContainTextAsync("Prison Release Housing Desk would be 2");
        await Expect(history).ToContainTextAsync("by you");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "transition-recorded");
        AssertNoRequestLeftTheHub();
    }

    [Fact]
    public async Task With_JavaScript_off_mistakes_and_the_hubs_refusals_are_errors_beside_their_fields_and_a_record_changed_since_the_check_is_checked_again()
    {
        var (person, _) = await NewPersonAsync(birthYear: 1990);
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync($"/people/{person}/transition");

        await page.GetByLabel("Move from youth to adult services", new() { Exact = true }).CheckAsync();
        var tooOld = await PostAsync(page, "Check the transition");
        Assert.Equal(400, tooOld.Status);
        await Expect(page.Locator(".govuk-error-summary a[href='#on']")).ToContainTextAsync("18 to 25");
        await Expect(page.Locator("#on-error")).ToContainTextAsync("they would be");

        await page.GetByLabel("A new offender manager", new() { Exact = true }).CheckAsync();
        var nobody = await PostAsync(page, "Check the transition");
        Assert.Equal(400, nobody.Status);
        await Expect(page.Locator("#practitioner-error")).ToContainTextAsync("Select the offender manager who is taking them over");

        // The handover's finder is a GET form of its own: it lists colleagues from every unit by name without JavaScript,
        // and the transition's form keeps that list through a refusal.
        await page.GetByLabel("Delivery unit").SelectOptionAsync(new SelectOptionValue { Label = "All delivery units" });
        await page.GetByLabel("Name contains (optional)").FillAsync(" hodgkinson ");
        var found = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Find offender managers" }).ClickAsync(), response => response.Url.Contains("search=", StringComparison.Ordinal));
        Assert.Equal(200, found.Status);
        var chooser = page.GetByLabel("Who is taking them over?");
        await Expect(page.GetByLabel("A new offender manager", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(chooser.Locator("option")).ToHaveTextAsync(["Choose an offender manager", "Leanne Hodgkinson (Hull East)"]);
        var stillNobody = await PostAsync(page, "Check the transition");
        Assert.Equal(400, stillNobody.Status);
        await Expect(page.GetByLabel("Delivery unit")).ToHaveValueAsync("");
        await Expect(chooser.Locator("option")).ToHaveTextAsync(["Choose an offender manager", "Leanne Hodgkinson (Hull East)"]);

        await page.GetByLabel("A new home", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Town or area of their new home").SelectOptionAsync("Withernsea");
        await page.GetByLabel("Postcode district of their new home").FillAsync("HU19 2AB");
        var wholePostcode = await PostAsync(page, "Check the transition");
        Assert.Equal(400, wholePostcode.Status);
        await Expect(page.Locator("#newHomeDistrict-error")).ToContainTextAsync("Enter the first part of the postcode only, like HU19");
        await Expect(page.GetByLabel("Town or area of their new home")).ToHaveValueAsync("Withernsea");
        await Expect(page.GetByLabel("A new home", new() { Exact = true })).ToBeCheckedAsync();

        await page.GetByLabel("Postcode district of their new home").FillAsync("HU19");
        var checkedMove = await PostAsync(page, "Check the transition");
        Assert.Equal(302, checkedMove.Status);
        await Expect(Heading(page)).ToHaveTextAsync("Check the transition");

        // Someone else changes their record after the check: recording it is refused until it is checked again.
        await App.Cypher.RunAsync(new CypherStatement("test: the record changes", "MATCH (p:Person {id: $id}) SET p.version = coalesce(p.version, 0) + 1",
            new Dictionary<string, object?> { ["id"] = person }));
        var stale = await PostAsync(page, "Record this transition");
        Assert.Equal(409, stale.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: Check the transition"));
        await Expect(page.Locator(".govuk-error-summary a[href='#ties']")).ToContainTextAsync("record has changed since you checked this transition");
        await ScreenshotAsync(page, "transition-conflict-no-js");

        var recorded = await PostAsync(page, "Record this transition");
        Assert.Equal(302, recorded.Status);
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("New home recorded: their home is now in HU19");
        await Expect(page.Locator("#transition-history > li")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task After_a_handover_the_offender_manager_is_back_at_their_caseload_told_who_took_the_person_over()
    {
        var (person, name) = await NewPersonAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync($"/people/{person}/transition");

        await page.GetByLabel("A new offender manager", new() { Exact = true }).CheckAsync();
        await Expect(page.GetByLabel("Who is taking them over?").Locator("option", new() { HasText = "Aisha Rahman" })).ToHaveCountAsync(0);
        await page.GetByLabel("Delivery unit").SelectOptionAsync(new SelectOptionValue { Label = "Hull East" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Find offender managers" }).ClickAsync();
        await Expect(page.GetByLabel("Delivery unit")).ToHaveValueAsync("Hull East");
        await page.GetByLabel("Who is taking them over?").SelectOptionAsync(new SelectOptionValue { Label = "Leanne Hodgkinson (Hull East)" });
        await page.GetByLabel("Note for whoever reads their record next (optional)").FillAsync("Works best with morning appointments");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the transition" }).ClickAsync();

        await Expect(page.Locator("#answers")).ToContainTextAsync("Leanne Hodgkinson (Hull East)");
        await Expect(page.Locator("#no-warnings")).ToHaveTextAsync("Nothing they are tied to would be lost.");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Once you record it, {name} moves to Leanne Hodgkinson's caseload");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record this transition" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/caseload").AbsoluteUri);
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} has been handed over to Leanne Hodgkinson, with their plan, referrals and fund. They are no longer on your caseload");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "transition-handover");
        Assert.Equal(404, (await page.GotoAsync($"/people/{person}"))!.Status);

        var next = await NewPageAsync();
        await SignInAsync(next, "OFFENDER_MANAGER", practitioner: "prc-03");
        await next.GotoAsync($"/people/{person}#transitions");
        var handover = next.Locator("#transition-history > li").First;
        await Expect(handover).ToContainTextAsync("From Aisha Rahman to you");
        await Expect(handover).ToContainTextAsync("Works best with morning appointments");
        await Expect(handover).ToContainTextAsync("by Aisha Rahman");
    }

    /// <summary>
    /// A delivery unit of its own with 52 offender managers, more than the select lists (50): the one to take the person
    /// over sorts last. Returns the unit, their id and name.
    /// </summary>
    private async Task<(string Unit, string Id, string Name)> BigUnitAsync()
    {
        var suffix = Suffix();
        var (unit, id, name) = ($"Far Unit {suffix}", $"prc-web-target-{suffix}", $"Zz Target{suffix}");
        await App.Cypher.RunAsync(new CypherStatement("test: a delivery unit with more offender managers than a select lists", """
            UNWIND range(10, 60) AS n
            CREATE (:Practitioner {id: $idPrefix + toString(n), name: $namePrefix + toString(n), deliveryUnit: $unit, version: 1})
            WITH count(*) AS made
            CREATE (:Practitioner {id: $id, name: $name, deliveryUnit: $unit, version: 1})
            """, new Dictionary<string, object?> { ["idPrefix"] = $"prc-web-many-{suffix}-", ["namePrefix"] = $"Zz Colleague{suffix} ", ["unit"] = unit, ["id"] = id, ["name"] = name }));
        return (unit, id, name);
    }

    [Fact]
    public async Task At_national_scale_the_offender_manager_finds_a_colleague_beyond_the_first_fifty_of_a_unit_by_name_and_hands_the_person_over()
    {
        var (person, name) = await NewPersonAsync();
        var (unit, colleagueId, colleague) = await BigUnitAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync($"/people/{person}/transition");

        await page.GetByLabel("A new offender manager", new() { Exact = true }).CheckAsync();
        var chooser = page.GetByLabel("Who is taking them over?");
        await Expect(page.GetByLabel("Delivery unit")).ToHaveValueAsync("Hull North");
        await Expect(chooser.Locator("option", new() { HasText = "Tom Kettlewell (Hull North)" })).ToHaveCountAsync(1);
        await Expect(chooser.Locator("option", new() { HasText = colleague })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Delivery unit").SelectOptionAsync(new SelectOptionValue { Label = unit });
        await page.GetByRole(AriaRole.Button, new() { Name = "Find offender managers" }).ClickAsync();
        await Expect(page.Locator("#practitioner-hint")).ToHaveTextAsync($"52 offender managers in {unit}: the first 50 are listed. Search for their name to find the others.");
        await Expect(chooser.Locator("option")).ToHaveCountAsync(51);
        await Expect(chooser.Locator("option", new() { HasText = colleague })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        var search = colleague.ToLowerInvariant()[3..];
        await page.GetByLabel("Name contains (optional)").FillAsync(search);
        await page.GetByLabel("Name contains (optional)").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]search=" + Regex.Escape(search) + "(&|#|$)"));
        await Expect(page.Locator("#practitioner-hint")).ToHaveTextAsync($"1 offender manager in {unit} whose name contains \u201c{search}\u201d.");
        await chooser.SelectOptionAsync(new SelectOptionValue { Label = $"{colleague} ({unit})" });
        await page.GetByLabel("Note for whoever reads their record next (optional)").FillAsync("Moving to the coast; prefers phone calls");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "transition-handover-search");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the transition" }).ClickAsync();

        await Expect(page.Locator("#answers")).ToContainTextAsync($"{colleague} ({unit})");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record this transition" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/caseload").AbsoluteUri);
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} has been handed over to {colleague}, with their plan, referrals and fund.");
        await AssertAccessibleAsync(page);

        var next = await NewPageAsync();
        await SignInAsync(next, "OFFENDER_MANAGER", practitioner: colleagueId);
        await next.GotoAsync($"/people/{person}#transitions");
        await Expect(next.Locator("#transition-history > li").First).ToContainTextAsync("From Aisha Rahman to you");
        await AssertAccessibleAsync(next);
        AssertNoRequestLeftTheHub();
    }

    [Fact]
    public async Task On_a_320_pixel_screen_with_the_keyboard_alone_the_offender_manager_records_the_move_to_adult_services()
    {
        var (person, _) = await NewPersonAsync(birthYear: DateTime.UtcNow.Year - 20);
        var (_, project) = await TiesAsync(person);
        var page = await NewNarrowPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await page.GotoAsync($"/people/{person}");
        await AssertNoHorizontalScrollAsync(page);

        await KeyboardOnly.TabToAndFollowAsync(page, "Plan a transition");
        await Expect(Heading(page)).ToHaveTextAsync("Plan a transition");
        await AssertNoHorizontalScrollAsync(page);
        await KeyboardOnly.TabToAsync(page, "Release from prison");
        // Arrow keys move the choice within a radio group; Tab leaves it.
        for (var press = 0; press < 3; press++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Expect(page.GetByLabel("Move from youth to adult services", new() { Exact = true })).ToBeCheckedAsync();
        await KeyboardOnly.TabToAndFollowAsync(page, "Check the transition");

        await Expect(Heading(page)).ToHaveTextAsync("Check the transition");
        await Expect(page.Locator("#answers")).ToContainTextAsync("Move to adult services");
        await Expect(page.Locator(".govuk-summary-card").Filter(new() { HasText = project })).ToContainTextAsync("0.0 km from home now, 0.0 km after");
        await AssertNoHorizontalScrollAsync(page);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "transition-check-320px");
        await KeyboardOnly.TabToAndFollowAsync(page, "Record this transition");

        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Move to adult services recorded");
        await Expect(page.Locator("#transition-history > li")).ToContainTextAsync($"Move to adult services, {Today}");
        await AssertNoHorizontalScrollAsync(page);
    }
}
