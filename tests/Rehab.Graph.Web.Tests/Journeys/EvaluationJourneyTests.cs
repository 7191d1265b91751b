using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>
/// The commissioner's evaluation: the last 12 months by default, a chosen period and districts, withheld figures marked
/// (never 0), the same figures as a CSV download; the hub's refusals as GOV.UK errors; other roles refused.
/// </summary>
public sealed class EvaluationJourneyTests(RehabWebApplication app) : BrowserTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_commissioner_sees_the_last_12_months_picks_a_period_and_districts_and_downloads_the_same_figures_as_CSV()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Commissioner);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Evaluation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Evaluation");
        var from = Today.AddYears(-1).AddDays(1);
        await Expect(page.Locator("#from")).ToHaveValueAsync(from.Day.ToString());
        await Expect(page.Locator("#to-year")).ToHaveValueAsync(Today.Year.ToString());
        var districts = page.Locator("#evaluation-table tbody tr");
        Assert.True(await districts.CountAsync() > 5, "the demo region's districts over the last 12 months");
        // The demo region's 200 people are spread thin: some district's figures rest on 1 to 4 people.
        await Expect(page.Locator("#evaluation-table tbody .govuk-tag", new() { HasText = "Withheld" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#withheld-explained")).ToContainTextAsync("Withheld means fewer than 5 people: withheld so no one can be identified");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "evaluation");

        await page.GetByLabel("Postcode districts").FillAsync("hu3 HU5 HU7");
        var start = page.GetByRole(AriaRole.Group, new() { Name = "From" });
        await start.GetByLabel("Day").FillAsync("1");
        await start.GetByLabel("Month").FillAsync("1");
        await start.GetByLabel("Year").FillAsync((Today.Year - 1).ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the evaluation" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"areas=hu3(\\+|%20)HU5(\\+|%20)HU7&from-day=1&from-month=1&from-year={Today.Year - 1}&to-day={Today.Day}&to-month={Today.Month}&to-year={Today.Year}"));
        await Expect(page.Locator("#results")).ToHaveTextAsync($"1 January {Today.Year - 1} to {Today:d MMMM yyyy}, HU3, HU5, HU7");
        var rows = await TableAsync(page, "#evaluation-table");
        Assert.Equal(["HU3", "HU5", "HU7"], rows.Select(r => r[0]));
        Assert.All(rows.SelectMany(r => r.Skip(1)), cell => Assert.Matches("^([0-9,]+(\\.[0-9])?|Withheld)$", cell));
        Assert.All((await TableAsync(page, "#social-capital-table")).SelectMany(r => r.Skip(2)), cell => Assert.Matches("^([+-][0-9.]+|0|Withheld)$", cell));
        var funds = await page.Locator("#fund-table").CountAsync() == 1 ? await TableAsync(page, "#fund-table") : [];
        Assert.All(funds, r => Assert.Matches("^(£[0-9,]+\\.[0-9]{2}|Withheld)$", r[2]));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
        Assert.Equal($"evaluation-{Today.Year - 1}-01-01-to-{Today:yyyy-MM-dd}.csv", download.SuggestedFilename);
        var csv = (await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8)).Split("\r\n");
        Assert.StartsWith("district,from,to,need_code,need,people_with_plans,", csv[0]);
        var districtLines = csv.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Where(c => c[3].Length == 0).ToList();
        Assert.Equal(["HU3", "HU5", "HU7"], districtLines.Select(c => c[0]));
        for (var i = 0; i < rows.Count; i++)
        {
            // The page's columns are the CSV's people_with_plans to hours_done; a withheld figure is an empty cell named in the note.
            for (var column = 1; column <= 7; column++)
            {
                var shown = rows[i][column];
                var written = districtLines[i][4 + column];
                if (shown == "Withheld")
                {
                    Assert.Equal(string.Empty, written);
                    Assert.Contains(csv[0].Split(',')[4 + column], districtLines[i][^1]);
                }
                else
                {
                    Assert.Equal(shown.Replace(",", string.Empty), written);
                }
            }
        }

        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).GetAttributeAsync("href");
        var response = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        Assert.Equal("text/csv; charset=utf-8", response.Headers["content-type"]);
        Assert.Contains($"filename=evaluation-{Today.Year - 1}-01-01-to-{Today:yyyy-MM-dd}.csv", response.Headers["content-disposition"]);
        Assert.StartsWith("attachment", response.Headers["content-disposition"]);
        AssertNoRequestLeftTheHub();
    }

    [Fact]
    public async Task The_hubs_refusals_are_GOV_UK_errors_beside_their_fields_and_a_refused_download_goes_back_to_the_page()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.Commissioner);
        await page.GotoAsync("/evaluation");

        var end = page.GetByRole(AriaRole.Group, new() { Name = "To" });
        await end.GetByLabel("Day").FillAsync("1");
        await end.GetByLabel("Month").FillAsync("1");
        await end.GetByLabel("Year").FillAsync((Today.Year - 2).ToString());
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Show the evaluation" }).ClickAsync(),
            r => new Uri(r.Url).AbsolutePath == "/evaluation");

        Assert.Equal(400, refused.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: Evaluation"));
        await Expect(page.Locator(".govuk-error-summary a[href='#to']")).ToHaveTextAsync("The end date must be the same as or after the start date");
        await Expect(page.Locator("#to-error")).ToContainTextAsync("The end date must be the same as or after the start date");
        await Expect(page.Locator("#to-year")).ToHaveValueAsync((Today.Year - 2).ToString());
        await Expect(page.Locator("#evaluation-table")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        var unknown = await page.GotoAsync("/evaluation?areas=HU99");
        Assert.Equal(400, unknown!.Status);
        await Expect(page.Locator("#areas-error")).ToContainTextAsync("postcode districts of the region");

        var download = await page.GotoAsync("/evaluation.csv?areas=HU99");
        Assert.Equal(400, download!.Status);
        Assert.Equal("/evaluation", new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("#areas-error")).ToContainTextAsync("postcode districts of the region");
    }

    [Fact]
    public async Task An_offender_manager_has_no_evaluation_link_and_gets_the_403_page_for_the_page_and_its_CSV()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUser.OffenderManager);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Evaluation" })).ToHaveCountAsync(0);

        var refused = await page.GotoAsync("/evaluation");
        Assert.Equal(403, refused!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have access to this page");

        var csv = await page.Context.APIRequest.GetAsync("/evaluation.csv");
        Assert.Equal(403, csv.Status);
        Assert.StartsWith("text/html", csv.Headers["content-type"]);
        Assert.DoesNotContain("district,", await csv.TextAsync());
    }

    private static async Task<List<string[]>> TableAsync(IPage page, string table)
    {
        var rows = new List<string[]>();
        foreach (var row in await page.Locator($"{table} tbody tr").AllAsync())
        {
            rows.Add((await row.Locator("th, td").AllTextContentsAsync()).Select(c => c.Trim()).ToArray());
        }

        return rows;
    }
}
