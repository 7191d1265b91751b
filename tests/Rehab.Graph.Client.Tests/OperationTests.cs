using Rehab.Graph.Testing;

namespace Rehab.Graph.Client.Tests;

/// <summary>Every operation file runs against the real hub, as its case in <see cref="OperationCases"/> says.</summary>
[Collection(ClientHubCollection.Name)]
public sealed class OperationTests(ClientHub hub)
{
    public static TheoryData<string> Operations => [.. RehabGraphOperations.All.Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_answers_with_real_content_on_the_demo_hub(string operation)
    {
        Assert.True(OperationCases.All.TryGetValue(operation, out var testCase), $"Add a case for {operation} to OperationCases.");

        await testCase.Run(hub.Client(testCase.Caller));
    }

    [Fact]
    public void Every_operation_file_is_compiled_into_the_client_and_has_a_case()
    {
        var folder = RepositoryPaths.Combine("src", "Rehab.Graph.Client", "Operations");
        var files = Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).Order().ToList();

        Assert.NotEmpty(files);
        Assert.Equal(files, RehabGraphOperations.All.Select(o => o.Name).Order());
        Assert.Empty(files.Except(OperationCases.All.Keys));
        Assert.Empty(OperationCases.All.Keys.Except(files!));
    }
}
