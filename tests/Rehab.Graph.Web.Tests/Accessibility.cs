using System.Text.Json;
using Microsoft.Playwright;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Web.Tests;

/// <summary>axe-core (npm, tests/js) run inside the page: WCAG 2.2 AA is the bar, so a serious or critical violation fails.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = RepositoryPaths.Combine("tests", "js", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"axe-core is not installed at {path}: building tests/Rehab.Graph.Testing runs npm ci in tests/js.", path);
    });

    private const string RunAxe = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return results.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map(n => n.target.join(' ')) }));
        }
        """;

    /// <summary>
    /// Fails with each serious or critical violation's rule id, help text and the selectors of the elements at fault.
    /// axe is evaluated through the DevTools protocol, which the page's Content-Security-Policy rightly does not let an
    /// injected script tag do. Only in a page with JavaScript on: where it is off, Chromium runs no script, axe's neither.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        await page.EvaluateAsync(AxeSource.Value);
        var violations = (await page.EvaluateAsync<JsonElement>(RunAxe)).Deserialize<Violation[]>(JsonSerializerOptions.Web)!;
        Assert.True(
            violations.Length == 0,
            $"axe-core found serious or critical accessibility violations on {page.Url}:\n" +
            string.Join('\n', violations.Select(v => $"- {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}\n    at {string.Join("\n    at ", v.Targets)}")));
    }

    private sealed record Violation(string Id, string Impact, string Help, string HelpUrl, string[] Targets);
}
