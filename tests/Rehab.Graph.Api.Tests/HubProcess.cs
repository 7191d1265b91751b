using System.Diagnostics;

namespace Rehab.Graph.Api.Tests;

/// <summary>The hub as its own process, from the tests' build of it, as <c>dotnet run</c> would start it.</summary>
internal static class HubProcess
{
    /// <summary>Starts the hub in <paramref name="workingDirectory"/> (its content root) with <paramref name="environment"/>; every line it writes goes to <paramref name="onLine"/>.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, Action<string>? onLine = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Rehab.Graph.Api.dll"));
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the hub.");
        // Undrained pipes would block the hub once they fill.
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { onLine?.Invoke(line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { onLine?.Invoke(line); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
