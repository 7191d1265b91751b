using Rehab.Graph.Domain.Commissioning;

namespace Rehab.Graph.Domain.Tests.Commissioning;

public sealed class AreaNeedCountTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, null)]
    [InlineData(4, null)]
    [InlineData(5, 5)]
    [InlineData(130, 130)]
    public void Counts_that_could_single_someone_out_are_withheld_and_none_is_shown_as_none(int count, int? disclosed) =>
        Assert.Equal(disclosed, AreaNeedCount.Disclosed(count));
}
