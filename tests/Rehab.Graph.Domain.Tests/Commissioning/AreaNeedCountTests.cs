using Rehab.Graph.Domain.Commissioning;
using Rehab.Graph.Domain.Listings;

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

    [Theory]
    [InlineData(6, 5, 6, null)]
    [InlineData(7, 5, 7, null)]
    [InlineData(13, 11, 13, null)]
    [InlineData(9, 4, 9, null)]
    [InlineData(6, 0, 6, 0)]
    [InlineData(5, 5, 5, 5)]
    [InlineData(10, 5, 10, 5)]
    [InlineData(20, 14, 20, 14)]
    [InlineData(3, 0, null, null)]
    [InlineData(3, 3, null, null)]
    [InlineData(2, 1, null, null)]
    public void Unmet_is_withheld_when_it_and_the_people_shown_beside_it_would_tell_how_many_are_connected(int people, int unmet, int? peopleShown, int? unmetShown)
    {
        var count = Count(people, unmet);

        Assert.Equal((peopleShown, unmetShown), (count.PeopleShown, count.UnmetShown));
    }

    [Fact]
    public void No_figure_shown_or_worked_out_from_those_shown_is_from_1_to_4()
    {
        var leaks = new List<string>();
        for (var people = 1; people <= 200; people++)
        {
            for (var unmet = 0; unmet <= people; unmet++)
            {
                var count = Count(people, unmet);
                var figures = new List<int?> { count.PeopleShown, count.UnmetShown, count.PeopleShown - count.UnmetShown };
                if (figures.Any(f => f is > 0 and < AreaNeedCount.SmallestShown) || (count.PeopleShown is null && count.UnmetShown is not null))
                {
                    leaks.Add($"people {people} unmet {unmet}: shown {count.PeopleShown?.ToString() ?? "null"} {count.UnmetShown?.ToString() ?? "null"}");
                }
            }
        }

        Assert.Empty(leaks);
    }

    private static AreaNeedCount Count(int people, int unmet) => new("HU3", new NeedRef("MENTAL_HEALTH", "Mental health"), people, unmet);
}
