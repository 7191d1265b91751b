namespace Rehab.Graph.Testing;

public static class RepositoryPaths
{
    /// <summary>The folder holding Rehab.Graph.sln, found from the test binaries' location.</summary>
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rehab.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Rehab.Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
