using Rehab.Graph.Neo4j.Hosting;

namespace Rehab.Graph.Neo4j.Tests;

public sealed class Neo4jServerSettingsTests
{
    [Theory]
    [InlineData("0s", 0)]
    [InlineData("30s", 30_000)]
    [InlineData("500ms", 500)]
    [InlineData("1m30s", 90_000)]
    [InlineData("2h", 7_200_000)]
    [InlineData("10", 10_000)]
    public void Reads_the_durations_Neo4j_5_prints(string value, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Neo4jServerSettings.Duration(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PT30S")]
    [InlineData("thirty seconds")]
    public void Anything_else_is_no_duration(string? value) => Assert.Null(Neo4jServerSettings.Duration(value));
}
