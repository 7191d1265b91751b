using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Rehab.Graph.Web.Tests;

/// <summary>What has the keyboard focus: its tag, the name a user would hear (label, aria-label or text), its link and whether focus shows.</summary>
public sealed record FocusedElement(string Tag, string Name, string? Href, bool FocusVisible)
{
    public override string ToString() => $"<{Tag}> \"{Name}\"{(Href is null ? "" : $" → {Href}")}";
}

/// <summary>A journey walked with the keyboard alone: Tab to a named control (its focus must show), then Enter or Space.</summary>
public static class KeyboardOnly
{
    // GOV.UK's focus style is a yellow outline (inputs, buttons) or a yellow background with a black underline drawn
    // as a box-shadow (links); either counts as visible, a transparent outline alone does not.
    private const string Focused = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const style = getComputedStyle(el);
          const transparent = c => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
          const label = el.getAttribute('aria-label') || (el.labels && el.labels.length ? el.labels[0].innerText : '') || el.innerText || el.value || '';
          return { tag: el.tagName.toLowerCase(), name: label.trim().replace(/\s+/g, ' '), href: el.getAttribute('href'), focusVisible: outline || style.boxShadow !== 'none' };
        }
        """;

    /// <summary>The focused element, or null when nothing is (the page itself has the focus).</summary>
    public static async Task<FocusedElement?> FocusedAsync(IPage page)
    {
        var focused = await page.EvaluateAsync<JsonElement>(Focused);
        return focused.ValueKind == JsonValueKind.Null ? null : focused.Deserialize<FocusedElement>(JsonSerializerOptions.Web);
    }

    /// <summary>
    /// Presses Tab until the control named <paramref name="name"/> has the focus, and checks that its focus is visible;
    /// fails listing every control the focus passed on the way when it is not reached within <paramref name="maxPresses"/>.
    /// </summary>
    public static async Task<FocusedElement> TabToAsync(IPage page, string name, int maxPresses = 60)
    {
        var passed = new List<FocusedElement>();
        for (var press = 0; press < maxPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedAsync(page) is not { } focused)
            {
                continue;
            }

            if (string.Equals(focused.Name, name, StringComparison.Ordinal))
            {
                Assert.True(focused.FocusVisible, $"{focused} has the keyboard focus on {page.Url}, but nothing shows it.");
                return focused;
            }

            passed.Add(focused);
        }

        throw FailException.ForFailure($"\"{name}\" was not reached with {maxPresses} presses of Tab on {page.Url}; the focus went through:\n" + string.Join('\n', passed));
    }

    /// <summary>Presses Enter on the focused link or button and waits for the page it leads to (after any redirect) to load.</summary>
    public static async Task<IResponse> FollowAsync(IPage page)
    {
        // Listening before the key is pressed: the new page's load may come before the response's event is handled.
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage loadedPage) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            var response = await page.RunAndWaitForResponseAsync(
                () => page.Keyboard.PressAsync("Enter"),
                response => response.Request.IsNavigationRequest && response.Frame == page.MainFrame && response.Status is < 300 or >= 400);
            try
            {
                await loaded.Task.WaitAsync(TimeSpan.FromMilliseconds(BrowserTest.Timeout));
            }
            catch (TimeoutException)
            {
                throw FailException.ForFailure($"{response.Url} answered {response.Status} but did not finish loading within {BrowserTest.Timeout / 1000} s.");
            }

            return response;
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }

    /// <summary>Tabs to <paramref name="name"/> and follows it with Enter.</summary>
    public static async Task<IResponse> TabToAndFollowAsync(IPage page, string name)
    {
        await TabToAsync(page, name);
        return await FollowAsync(page);
    }
}
