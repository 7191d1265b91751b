namespace Rehab.Graph.LoadTest;

/// <summary>The folder holding Rehab.Graph.sln, found from the working directory or from this tool's own location.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "Rehab.Graph.sln";

    public static string Find() =>
        FindAbove(Environment.CurrentDirectory) ?? FindAbove(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No {SolutionFile} found above {Environment.CurrentDirectory}; run the tool from the repository.");

    private static string? FindAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
