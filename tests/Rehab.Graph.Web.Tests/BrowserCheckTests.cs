using Xunit.Sdk;

namespace Rehab.Graph.Web.Tests;

/// <summary>The browser tests' own checks catch what they are there to catch, so a green journey test means something.</summary>
public sealed class BrowserCheckTests(RehabWebApplication app) : BrowserTest(app)
{
    private const string InaccessiblePage = """
        <!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
        <body><main><h1>Broken</h1><img id="photo" src="/none.png"><input id="postcode" type="text"></main></body></html>
        """;

    [Fact]
    public async Task The_accessibility_check_fails_on_an_image_without_alt_text_and_an_unlabelled_field_naming_the_rules_and_the_elements()
    {
        var page = await NewPageAsync();
        await page.SetContentAsync(InaccessiblePage);

        var failure = await Assert.ThrowsAsync<TrueException>(() => AssertAccessibleAsync(page));

        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#photo", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#postcode", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_keyboard_check_fails_when_a_link_shows_no_focus_and_lists_where_the_focus_went()
    {
        var page = await NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Focus</title><style>a:focus { outline: none; }</style></head>
            <body><a href="/one">One</a> <button>Two</button></body></html>
            """);

        var hidden = await Assert.ThrowsAsync<TrueException>(() => KeyboardOnly.TabToAsync(page, "One"));
        var missing = await Assert.ThrowsAsync<FailException>(() => KeyboardOnly.TabToAsync(page, "Three", maxPresses: 3));

        Assert.Contains("<a> \"One\" → /one has the keyboard focus", hidden.Message, StringComparison.Ordinal);
        Assert.Contains("<button> \"Two\"", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_narrow_page_check_fails_on_a_page_wider_than_320_pixels()
    {
        var page = await NewNarrowPageAsync();
        await page.SetContentAsync("""<!DOCTYPE html><html lang="en"><head><title>Wide</title></head><body><div style="width: 600px">Wide</div></body></html>""");

        var failure = await Assert.ThrowsAsync<TrueException>(() => AssertNoHorizontalScrollAsync(page));

        Assert.Contains("in a 320 px viewport", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outside_request_check_fails_naming_what_a_page_asked_of_another_host()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        // Another loopback address: refused at once, where a real outside host would wait on the network.
        await page.EvaluateAsync("() => new Promise(done => { const img = new Image(); img.onload = img.onerror = done; img.src = 'http://127.0.0.2:9/tile.png'; })");

        var failure = Assert.Throws<TrueException>(AssertNoRequestLeftTheHub);
        Assert.Contains("http://127.0.0.2:9/tile.png", failure.Message, StringComparison.Ordinal);
    }
}
