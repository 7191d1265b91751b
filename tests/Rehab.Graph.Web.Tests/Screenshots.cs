using Microsoft.Playwright;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Web.Tests;

/// <summary>Full-page screenshots kept as test artifacts in artifacts/screenshots at the repository root (git-ignored).</summary>
public static class Screenshots
{
    public static string Directory { get; } = RepositoryPaths.Combine("artifacts", "screenshots");

    public static string FailedDirectory { get; } = Path.Combine(Directory, "failed");

    /// <summary>Failures of an earlier run would read as this run's.</summary>
    public static void ForgetEarlierFailures()
    {
        if (System.IO.Directory.Exists(FailedDirectory))
        {
            System.IO.Directory.Delete(FailedDirectory, recursive: true);
        }
    }

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot of {page.Url}: {path}");
        return path;
    }

    /// <summary>What each page of a failed test showed at the end, named after the test.</summary>
    public static async Task SaveFailureAsync(IReadOnlyList<IPage> pages)
    {
        var test = TestContext.Current.TestMethod?.MethodName ?? "unknown-test";
        for (var i = 0; i < pages.Count; i++)
        {
            var path = Path.Combine(FailedDirectory, pages.Count == 1 ? $"{test}.png" : $"{test}-{i + 1}.png");
            try
            {
                await pages[i].ScreenshotAsync(new() { Path = path, FullPage = true });
                TestContext.Current.TestOutputHelper?.WriteLine($"{test} failed; screenshot of {pages[i].Url}: {path}");
            }
            catch (PlaywrightException e)
            {
                // A crashed or closed page must not hide the test's own failure.
                TestContext.Current.TestOutputHelper?.WriteLine($"{test} failed; no screenshot of {pages[i].Url}: {e.Message}");
            }
        }
    }
}
