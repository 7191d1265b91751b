using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Graph.Testing;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>
/// A partner organisation (org-0052) keeps its services up to date, answers its referrals and logs the work, and uploads
/// a file of services. Each test makes what it changes itself (its own service, placement and referral).
/// </summary>
public sealed partial class PartnerJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    private const string Organisation = "org-0052";

    /// <summary>C. Ellis (per-0084), on prc-07's caseload: low risk, no flags; no other test refers him.</summary>
    private const string Person = "per-0084";

    [Fact]
    public async Task A_partner_adds_a_service_changes_it_sees_a_stale_change_refused_with_the_service_as_it_is_now_and_pauses_it()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Partner);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Your organisation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fishermen's Quay Arts");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Thinking Through Drama" })).ToHaveAttributeAsync("href", "/partner/services/svc-0121");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "partner");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a service" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add service" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the service's name");
        await Expect(page.Locator("#name-error")).ToContainTextAsync("Enter the service's name");
        await AssertAccessibleAsync(page);

        var name = $"Journey Drama Club {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Attitudes, thinking and behaviour").CheckAsync();
        await page.GetByLabel("Latitude").FillAsync("53.7446");
        await page.GetByLabel("Longitude").FillAsync("-0.3352");
        await page.GetByLabel("Contact email").FillAsync("not an email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add service" }).ClickAsync();
        // The hub's refusal (BAD_USER_INPUT on input.contact.email) beside its field.
        await Expect(page.Locator("#contactEmail-error")).ToContainTextAsync("e-mail address");
        await page.GetByLabel("Contact email").FillAsync("club@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add service" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is saved");

        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Change a service");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "partner-service");
        var serviceUrl = page.Url;
        await page.GetByLabel("Description").FillAsync("Drama on Tuesday evenings.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is saved");

        // Two people open the service; the other saves first.
        await page.GotoAsync(serviceUrl);
        var other = await NewPageAsync();
        await SignInAsync(other, DemoUser.Partner);
        await other.GotoAsync(serviceUrl);
        await other.GetByLabel("Opening times").FillAsync("Tue 18:00–20:00");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(other.Locator(".govuk-notification-banner")).ToContainTextAsync("is saved");

        await page.GetByLabel("Capacity").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Someone else changed this service after you opened it");
        var now = page.Locator("#conflict");
        await Expect(now.Locator(".govuk-summary-list__row", new() { HasText = "Opening times" })).ToContainTextAsync("Tue 18:00–20:00");
        await Expect(now.Locator(".govuk-summary-list__row", new() { HasText = "Version" })).ToContainTextAsync("3");
        await Expect(page.GetByLabel("Capacity")).ToHaveValueAsync("12");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "partner-service-conflict");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is saved");

        await page.GotoAsync(serviceUrl);
        await Expect(page.GetByLabel("Capacity")).ToHaveValueAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause service" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is paused");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = name })).ToContainTextAsync("Paused");
    }

    [Fact]
    public async Task A_partner_accepts_a_referral_to_their_placement_and_logs_attendance_and_hours_with_the_hubs_date_rules_beside_the_date()
    {
        var referralId = await ReferralToOwnPlacementAsync();
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Partner);
        await page.GotoAsync("/partner");
        await Expect(page.Locator($"a[href='/partner/referrals/{referralId}']")).ToHaveTextAsync("C. Ellis");
        await page.Locator($"a[href='/partner/referrals/{referralId}']").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Referral for C. Ellis");
        await Expect(page.Locator("#main-content .govuk-tag").First).ToHaveTextAsync("Pending");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "partner-referral-pending");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept referral" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Referral accepted");

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        var tomorrow = today.AddDays(1);
        var attendance = page.Locator("form[action$='handler=attendance']");
        await FillDateAsync(attendance, tomorrow);
        await attendance.GetByLabel("Attended").CheckAsync();
        await attendance.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await Expect(page.Locator("#attendanceDate-error")).ToBeVisibleAsync();
        await Expect(page.Locator(".govuk-error-summary a[href='#attendanceDate']")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        attendance = page.Locator("form[action$='handler=attendance']");
        await FillDateAsync(attendance, today);
        await attendance.GetByLabel("Attended").CheckAsync();
        await attendance.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Attendance recorded");

        var hours = page.Locator("form[action$='handler=hours']");
        await FillDateAsync(hours, today);
        await hours.GetByLabel("Hours worked").FillAsync("2.5");
        await hours.GetByRole(AriaRole.Button, new() { Name = "Log hours" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Hours logged");
        await Expect(page.Locator(".govuk-summary-list__row", new() { HasText = "Hours" }).First).ToContainTextAsync("2.5 of 10 done");
        await Expect(page.Locator("#main-content .govuk-tag").First).ToHaveTextAsync("In progress");
        await Expect(page.GetByRole(AriaRole.Table).Last).ToContainTextAsync("2.5 hours");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "partner-referral-in-progress");
    }

    /// <summary>Each run imports into an organisation of its own: a second import of the file would change, not add, its services.</summary>
    [Theory]
    [InlineData(true, Organisation)]
    [InlineData(false, "org-0053")]
    public async Task A_partner_uploads_a_file_of_services_checks_the_preview_and_imports_them(bool javaScript, string organisation)
    {
        var page = await NewPageAsync(javaScript);
        await SignInAsync(page, "PARTNER", organisation: organisation);
        await page.GotoAsync("/partner");
        await page.GetByRole(AriaRole.Link, new() { Name = "Upload services from a file" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Upload services");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Expect(page.Locator("#file-error")).ToContainTextAsync("Select a CSV or Open Referral UK (JSON) file");

        await page.Locator("#file").SetInputFilesAsync(RepositoryPaths.Combine("seed", "import-examples", "services.csv"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check the services before you import them");
        var changes = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "What would change" });
        await Expect(changes.GetByRole(AriaRole.Row, new() { Name = "Humber Street Tenancy Clinic" })).ToContainTextAsync("New");
        await Expect(page.GetByText("services.csv: 4 rows: 4 new, 0 changed, 0 rejected, 0 skipped.")).ToBeVisibleAsync();
        if (javaScript)
        {
            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, "partner-import-preview");
        }

        // The import writes every service in one transaction: on a busy machine that outlasts the default wait.
        await page.GetByRole(AriaRole.Button, new() { Name = "Import these services" }).ClickAsync(new() { Timeout = 90_000 });
        await Expect(page).ToHaveURLAsync(new Regex("/partner\\?imported=4$"));
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("4 services imported");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bransholme Second Chance Kitchen" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_file_with_a_rejected_row_shows_the_row_the_field_and_why_and_offers_no_import()
    {
        var file = Path.Combine(Path.GetTempPath(), $"services-rejected-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "name,needs,latitude,longitude\nGood Service,ACCOMMODATION,53.74,-0.33\nBad Service,NOT_A_NEED,53.74,-0.33\n", TestContext.Current.CancellationToken);
        try
        {
            var page = await NewPageAsync();
            await SignInAsync(page, DemoUser.Partner);
            await page.GotoAsync("/partner/import");
            await page.Locator("#file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

            var rejected = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Rejected rows" });
            await Expect(rejected).ToContainTextAsync("NOT_A_NEED");
            await Expect(page.GetByText("Fix these rows in your file, then upload it again")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import these services" })).ToHaveCountAsync(0);
            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, "partner-import-rejected");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_Open_Referral_UK_file_with_categories_that_match_no_need_names_them_in_the_preview()
    {
        var services = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.Combine("seed", "import-examples", "services.oruk.json"), TestContext.Current.CancellationToken))!.AsArray();
        foreach (var service in services.Take(2))
        {
            service!["attributes"]!.AsArray().Add(new JsonObject { ["taxonomy_term"] = new JsonObject { ["name"] = "Allotments" } });
        }

        var file = Path.Combine(Path.GetTempPath(), $"services-unmapped-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, services.ToJsonString(), TestContext.Current.CancellationToken);
        try
        {
            var page = await NewPageAsync();
            await SignInAsync(page, DemoUser.Partner);
            await page.GotoAsync("/partner/import");
            await page.Locator("#file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Categories that match no need" })).ToBeVisibleAsync();
            await Expect(page.Locator("#unmapped-terms li")).ToHaveTextAsync(["Allotments (2 services)"]);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import these services" })).ToBeVisibleAsync();
            await AssertAccessibleAsync(page);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_partner_adds_a_placement_without_javascript_changes_it_and_sees_a_stale_change_refused_with_the_placement_as_it_is_now()
    {
        var title = $"Journey garden {Guid.NewGuid().ToString("N")[..6]}";
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, DemoUser.Partner);
        await page.GotoAsync("/partner");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a placement" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Add a placement");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add placement" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("Enter the placement's title");
        await Expect(summary).ToContainTextAsync("Choose what kind of placement it is");
        await Expect(page.Locator("#capacity-error")).ToContainTextAsync("Enter how many places it has");
        await Expect(page.Locator(".govuk-error-summary a[href='#latitude']")).ToBeVisibleAsync();

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Kind of placement").SelectOptionAsync("VOLUNTEERING");
        await page.GetByLabel("Places").FillAsync("3");
        await page.GetByLabel("Weekly sessions").FillAsync("Wed 10:00-13:00\nSat 09:30 - 12:30");
        // Far from the demo region, so no one else's search near Hull meets it.
        await page.GetByLabel("Latitude").FillAsync("52.0");
        await page.GetByLabel("Longitude").FillAsync("-1.0");
        await page.GetByLabel("Gardening").CheckAsync();
        await page.GetByLabel("Supervisor's email").FillAsync("not an email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add placement" }).ClickAsync();
        // The hub's refusal (BAD_USER_INPUT on input.contact.email) beside its field; the form keeps what was typed.
        await Expect(page.Locator("#contactEmail-error")).ToContainTextAsync("e-mail address");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(title);
        await Expect(page.GetByLabel("Gardening")).ToBeCheckedAsync();
        await page.GetByLabel("Supervisor's email").FillAsync("garden@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add placement" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{title} is saved");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = title })).ToContainTextAsync("0 of 3 filled");

        // Two people open the placement, with JavaScript; the other saves first.
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var placementUrl = page.Url;
        var mine = await NewPageAsync();
        await SignInAsync(mine, DemoUser.Partner);
        await mine.GotoAsync(placementUrl);
        await Expect(mine.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Change a placement");
        await Expect(mine.GetByLabel("Weekly sessions")).ToHaveValueAsync("Wed 10:00-13:00\nSat 09:30-12:30");
        await AssertAccessibleAsync(mine);
        await ScreenshotAsync(mine, "partner-placement");
        var other = await NewPageAsync();
        await SignInAsync(other, DemoUser.Partner);
        await other.GotoAsync(placementUrl);
        await other.GetByLabel("Supervisor", new() { Exact = true }).FillAsync("R. Okafor");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(other.Locator(".govuk-notification-banner")).ToContainTextAsync($"{title} is saved");

        await mine.GetByLabel("Places").FillAsync("5");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(mine.Locator(".govuk-error-summary")).ToContainTextAsync("Someone else changed this placement after you opened it");
        await Expect(mine.Locator("#conflict .govuk-summary-list__row", new() { HasText = "Supervisor" })).ToContainTextAsync("R. Okafor");
        await Expect(mine.GetByLabel("Places")).ToHaveValueAsync("5");
        await AssertAccessibleAsync(mine);
        await ScreenshotAsync(mine, "partner-placement-conflict");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(mine.Locator(".govuk-notification-banner")).ToContainTextAsync($"{title} is saved");
        await Expect(mine.GetByRole(AriaRole.Row, new() { Name = title })).ToContainTextAsync("0 of 5 filled");
    }

    [Fact]
    public async Task A_partner_adds_a_mentor_with_errors_first_then_changes_them()
    {
        var name = $"J. Mentor{Guid.NewGuid().ToString("N")[..4]}";
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Partner);
        await page.GotoAsync("/partner");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a mentor" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add mentor" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the name the mentor is shown by");
        await Expect(page.Locator("#gender-error")).ToContainTextAsync("Choose the mentor's gender");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Gender").SelectOptionAsync("FEMALE");
        await page.GetByLabel("Mentees").FillAsync("2");
        await page.GetByLabel("Attitudes, thinking and behaviour").CheckAsync();
        await page.GetByLabel("Languages").FillAsync("en, pl");
        await page.GetByLabel("Latitude").FillAsync("52.0");
        await page.GetByLabel("Longitude").FillAsync("-1.0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add mentor" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is saved");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = name })).ToContainTextAsync("0 of 2 mentees");

        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Change a mentor");
        await Expect(page.GetByLabel("Attitudes, thinking and behaviour")).ToBeCheckedAsync();
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "partner-mentor");
        await page.GetByLabel("Mentees").FillAsync("21");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("#capacity-error")).ToContainTextAsync("Mentees must be a whole number from 0 to 20");
        await page.GetByLabel("Mentees").FillAsync("4");
        await page.GetByLabel("About the mentor").FillAsync("Knows the courts from the other side.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is saved");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = name })).ToContainTextAsync("0 of 4 mentees");
    }

    [Fact]
    public async Task A_partner_closes_a_service_which_stays_on_their_page_tagged_closed_and_reopens_it()
    {
        var name = $"Journey Choir {Guid.NewGuid().ToString("N")[..6]}";
        await HubApi.RunAsync(App, HubApi.Partner(Organisation), """
            mutation($input: ServiceInput!) { upsertService(input: $input) { id } }
            """, new { input = new { organisationId = Organisation, name, needs = new[] { "LIFESTYLE" }, location = new { latitude = 52.0, longitude = -1.0 } } });
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Partner);
        await page.GotoAsync("/partner");
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Close service" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Are you sure you want to close {name}?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close service" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is closed");
        var row = page.GetByRole(AriaRole.Row, new() { Name = name });
        await Expect(row.Locator(".govuk-tag")).ToHaveTextAsync("Closed");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "partner-closed-service");
        await row.GetByRole(AriaRole.Link, new() { Name = $"Reopen {name}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reopen service" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is open for referrals");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = name }).Locator(".govuk-tag")).ToHaveTextAsync("Active");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = name }).GetByRole(AriaRole.Link, new() { Name = "Reopen" })).ToHaveCountAsync(0);
    }

    private static async Task FillDateAsync(ILocator form, DateOnly date)
    {
        await form.GetByLabel("Day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A placement of the partner's own at the person's home, with a session every day (so today's is one), and the offender
    /// manager's referral of the person to it for 10 hours.
    /// </summary>
    private async Task<string> ReferralToOwnPlacementAsync()
    {
        var placement = await HubApi.RunAsync(App, HubApi.Partner(Organisation), """
            mutation($input: PlacementInput!) { upsertPlacement(input: $input) { id } }
            """, new
        {
            input = new
            {
                organisationId = Organisation,
                title = $"Journey workshop {Guid.NewGuid().ToString("N")[..6]}",
                kind = "UNPAID_WORK",
                location = new { latitude = 53.76499, longitude = -0.35363 },
                capacity = 5,
                maxRiskOfHarm = "HIGH",
                sessions = new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }.Select(d => $"{d} 00:00-23:45").ToArray(),
            },
        });
        var placementId = placement.GetProperty("upsertPlacement").GetProperty("id").GetString();
        var referral = await HubApi.RunAsync(App, HubApi.OffenderManager, """
            mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }
            """, new { input = new { personId = Person, placementId, hoursOrdered = 10, note = "Journey test referral" } });
        return referral.GetProperty("createReferral").GetProperty("id").GetString()!;
    }
}
