namespace Rehab.Graph.SeedGenerator;

/// <summary>The folder holding Rehab.Graph.sln, found from the working directory or from this tool's own location.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "Rehab.Graph.sln";

    public static string Find() =>
        FindAbove(Environment.CurrentDirectory) ?? FindAbove(AppContext.BaseDirectory)
        ?? throw new UsageException($"No {SolutionFile} found above {Environment.CurrentDirectory}; pass the folder explicitly.");

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
