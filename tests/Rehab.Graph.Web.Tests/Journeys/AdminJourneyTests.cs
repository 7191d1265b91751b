using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>The admin: the audit trail with filters and pages; organisations; practitioners and moving a person to another one.</summary>
public sealed class AdminJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_admin_filters_the_audit_trail_by_who_did_it_pages_through_it_and_sees_a_change_before_and_after(bool javaScript)
    {
        // Entries of a user nobody else is: 22 reads of a person's record and one new organisation, the newest.
        var user = $"audit-journey-{Guid.NewGuid():N}"[..24];
        var officer = App.Hub.CreateClient(new Caller(CallerRole.OffenderManager, "prc-07", null, user));
        for (var i = 0; i < 22; i++)
        {
            await GraphQLAsync(officer, "{ person(id: \"per-0001\") { id } }");
        }

        var organisationName = $"Audit Journey Trust {user[^6..]}";
        await GraphQLAsync(
            App.Hub.CreateClient(new Caller(CallerRole.Admin, null, null, user)),
            $"mutation {{ upsertOrganisation(input: {{name: \"{organisationName}\", kind: \"VCSE\"}}) {{ id }} }}");

        var page = await NewPageAsync(javaScript);
        await SignInAsync(page, DemoUser.Admin);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Audit trail");

        await page.GetByLabel("Who did it").FillAsync(user);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        var table = page.Locator("#audit-table");
        await Expect(table.Locator("caption")).ToHaveTextAsync("23 entries match, newest first");
        var rows = table.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(20);
        await Expect(rows.First.Locator("td").Nth(2)).ToHaveTextAsync("ORGANISATION_UPSERTED");
        await Expect(rows.Nth(1).Locator("td").Nth(2)).ToHaveTextAsync("PERSON_READ");
        await Expect(rows.Nth(1).Locator("td").Nth(3)).ToHaveTextAsync("per-0001");
        await Expect(rows.Nth(1).Locator("td").Nth(1)).ToContainTextAsync(user);
        await Expect(rows.Nth(1).Locator("td").Nth(1)).ToContainTextAsync("Offender manager, as prc-07");
        // Today, in UK time, as people read it.
        var ukToday = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        await Expect(rows.First.Locator("time")).ToContainTextAsync(ukToday);

        var change = rows.First.Locator("details");
        await change.Locator("summary").ClickAsync();
        await Expect(change.Locator("pre")).ToContainTextAsync(organisationName);
        await Expect(page.GetByText("Showing 1 to 20 of 23 entries")).ToBeVisibleAsync();
        if (javaScript)
        {
            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, "admin-audit");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(page.GetByText("Showing 21 to 23 of 23 entries")).ToBeVisibleAsync();
        Assert.All(await rows.Locator("td:nth-child(3)").AllTextContentsAsync(), action => Assert.Equal("PERSON_READ", action.Trim()));
        await Expect(page.GetByLabel("Who did it")).ToHaveValueAsync(user);

        await page.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).ClickAsync();
        await Expect(page.GetByText("Showing 1 to 20 of 23 entries")).ToBeVisibleAsync();

        await page.GetByLabel("Action").FillAsync("organisation upserted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(table.Locator("caption")).ToHaveTextAsync("1 entry matches, newest first");
        await Expect(page).ToHaveURLAsync(new Regex("action=organisation(\\+|%20)upserted"));
    }

    [Fact]
    public async Task An_admin_downloads_the_whole_directory_as_Open_Referral_UK_JSON_and_no_one_else_can()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Admin);
        await page.GotoAsync("/admin");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the directory (Open Referral UK JSON)" }).ClickAsync());
        var services = JsonNode.Parse(await File.ReadAllTextAsync((await download.PathAsync())!))!.AsArray();
        using var anyone = App.Hub.CreateClient(null);
        var listed = (await anyone.GetFromJsonAsync<JsonObject>("/openreferral/services?per_page=1"))!["total_items"]!.GetValue<int>();

        Assert.Equal("directory-openreferral.json", download.SuggestedFilename);
        // What the public listing counts, give or take a service another test opens or closes meanwhile.
        Assert.InRange(services.Count, listed - 3, listed + 3);
        Assert.Equal(services.Count, services.Select(s => s!["id"]!.GetValue<string>()).Distinct().Count());
        Assert.All(services, service => Assert.Empty(OpenReferralSchemas.Problems(service, "compiled/service")));
        await AssertAccessibleAsync(page);

        var partner = await NewPageAsync();
        await SignInAsync(partner, DemoUser.Partner);
        var refused = await partner.Context.APIRequest.GetAsync("/admin/directory.json");
        Assert.Equal(403, refused.Status);
        Assert.StartsWith("text/html", refused.Headers["content-type"]);
        Assert.DoesNotContain("service_at_locations", await refused.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_too_long_for_the_hub_is_an_error_beside_its_field_and_only_admins_see_the_trail()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Admin);

        var response = await page.GotoAsync("/admin/audit?targetId=" + new string('x', 500) + "&action=DROP%20TABLE;");

        Assert.Equal(400, response!.Status);
        await Expect(page.Locator("#targetId-error")).ToContainTextAsync("100 characters or fewer");
        await Expect(page.Locator("#action-error")).ToContainTextAsync("letters and underscores");
        await AssertAccessibleAsync(page);

        var commissioner = await NewPageAsync();
        await SignInAsync(commissioner, DemoUser.Commissioner);
        Assert.Equal(403, (await commissioner.GotoAsync("/admin/audit"))!.Status);
    }

    [Fact]
    public async Task An_admin_adds_an_organisation_edits_it_and_a_stale_edit_shows_the_conflict_without_saving()
    {
        var name = $"Journey Trust {Guid.NewGuid():N}"[..21];
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Admin);
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisations" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Organisations");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "admin-organisations");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an organisation" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the organisation's name");
        await Expect(page.Locator("#kind-error")).ToContainTextAsync("Choose what kind");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Kind").SelectOptionAsync("VCSE");
        await page.GetByLabel("Email address").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        await Expect(page.Locator("#contactEmail-error")).ToContainTextAsync("Enter an email address in the correct format");
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(name);

        await page.GetByLabel("Email address").FillAsync("hello@journey.example.org");
        await page.GetByLabel("Postcode").FillAsync("hu1 3aa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} added");

        // Open it twice, as two admins would; the first saves, the second's edit is stale.
        var id = await OrganisationIdAsync(name);
        var other = await NewPageAsync();
        await SignInAsync(other, DemoUser.Admin);
        await other.GotoAsync($"/admin/organisations/{id}");
        await page.GotoAsync($"/admin/organisations/{id}");
        await Expect(page.GetByLabel("Postcode")).ToHaveValueAsync("HU1 3AA");
        await ScreenshotAsync(page, "admin-organisation-edit");
        await page.GetByLabel("Description (optional)").FillAsync("Advice on housing and debt.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} saved");

        await other.GetByLabel("Name", new() { Exact = true }).FillAsync(name + " (stale)");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(other.Locator(".govuk-error-summary")).ToContainTextAsync("Someone else changed this organisation after you opened it");
        await AssertAccessibleAsync(other);
        await other.GetByRole(AriaRole.Link, new() { Name = "Reload the organisation" }).ClickAsync();
        await Expect(other.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(name);
        await Expect(other.GetByLabel("Description (optional)")).ToHaveValueAsync("Advice on housing and debt.");
        await Expect(other.GetByLabel("Email address")).ToHaveValueAsync("hello@journey.example.org");

        Assert.Equal(404, (await page.GotoAsync("/admin/organisations/org-9999"))!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
    }

    [Fact]
    public async Task An_admin_adds_a_practitioner_and_moves_a_person_to_them_after_a_confirm_step()
    {
        // per-0200 is at the end of the demo region's people, and no other journey uses them.
        const string person = "per-0200";
        var name = $"Journey Officer {Guid.NewGuid():N}"[..23];
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Admin);
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Practitioners" }).ClickAsync();
        await Expect(page.Locator("#practitioners-table tbody tr").Filter(new() { HasText = "Aisha Rahman" }).Locator("td").Last).ToHaveTextAsync(new Regex("^[1-9][0-9]*$"));
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "admin-practitioners");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a practitioner" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync(name);
        await page.GetByLabel("Probation delivery unit").FillAsync("Hull");
        await page.GetByLabel("Work phone (optional)").FillAsync("not a phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add practitioner" }).ClickAsync();
        await Expect(page.Locator("#phone-error")).ToContainTextAsync("Enter a UK phone number");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Work phone (optional)").FillAsync("01632 960123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add practitioner" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} added");
        var row = page.Locator("#practitioners-table tbody tr").Filter(new() { HasText = name });
        await Expect(row.Locator("td").Last).ToHaveTextAsync("0");

        await row.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.GetByLabel("Full name")).ToHaveValueAsync(name);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to practitioners" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Move a person to another offender manager" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the person's id");
        await page.GetByLabel("Person id").FillAsync(person);
        await page.GetByLabel("New offender manager").SelectOptionAsync(new SelectOptionValue { Label = $"{name}, Hull (0 people)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check and move");
        await Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync(person);
        await Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync($"{name}, Hull");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "admin-move-person");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move person" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{person} moved to {name}, who now supervises 1 person");
        await Expect(row.Locator("td").Last).ToHaveTextAsync("1");

        await page.GotoAsync("/admin/practitioners/move?step=check&person=per-9999&practitioner=prc-07");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move person" }).ClickAsync();
        await Expect(page.Locator("#person-error")).ToContainTextAsync("There is no person with the id per-9999");
    }

    private async Task<string> OrganisationIdAsync(string name)
    {
        var data = await GraphQLAsync(App.Hub.CreateClient(new Caller(CallerRole.Admin, null, null, "admin")), $"{{ organisations(where: {{text: \"{name}\"}}) {{ nodes {{ id name }} }} }}");
        return data["organisations"]!["nodes"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();
    }

    private static async Task<JsonNode> GraphQLAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode && body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
