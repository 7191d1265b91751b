using Rehab.Graph.Testing;

namespace Rehab.Graph.Client.Tests;

public sealed class ReadmeTests
{
    /// <summary>The repository's README shows the example <see cref="PackageTests"/> builds and runs, word for word.</summary>
    [Fact]
    public void The_repository_readme_shows_the_package_readme_s_example()
    {
        var package = PackageTests.CSharpBlock().Match(File.ReadAllText(RepositoryPaths.Combine("src", "Rehab.Graph.Client", "README.md"))).Value;

        Assert.NotEmpty(package);
        Assert.Contains(package, File.ReadAllText(RepositoryPaths.Combine("README.md")), StringComparison.Ordinal);
    }
}
