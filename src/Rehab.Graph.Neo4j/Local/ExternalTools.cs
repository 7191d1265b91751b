using System.Diagnostics;

namespace Rehab.Graph.Neo4j.Local;

/// <summary>Finds and runs the programs the local server needs (java, npm, tar), with one clear message when one is missing.</summary>
internal static class ExternalTools
{
    public const string Requirements =
        "The hub runs a local Neo4j 3.1.1 for you, which needs Java 17 ('java') and Node.js with npm ('npm') on PATH, and 'tar'. " +
        "Install them (Debian/Ubuntu: apt-get install openjdk-17-jre-headless nodejs npm), or set Neo4j:Uri to a Neo4j server of your own.";

    public static string Require(string program) =>
        Find(program) ?? throw new InvalidOperationException($"'{program}' was not found on PATH. {Requirements}");

    public static async Task RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Require(program))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{program}'.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{program} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {await error}{await output}");
        }
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
