using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Graph.Domain.Access;
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

    private static async Task<JsonNode> GraphQLAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode && body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
