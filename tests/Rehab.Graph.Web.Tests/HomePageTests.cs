namespace Rehab.Graph.Web.Tests;

public sealed class HomePageTests(RehabWebApplication app) : BrowserTest(app)
{
    [Fact]
    public async Task A_visitor_who_is_not_signed_in_sees_the_home_page_served_entirely_by_the_hub()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "home-signed-out");
        AssertNoRequestLeftTheHub();
    }
}
