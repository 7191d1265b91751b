using Rehab.Graph.Web.Navigation;

namespace Rehab.Graph.Web.Tests.Presenters;

public sealed class CursorTrailTests
{
    [Fact]
    public void Walking_forward_three_pages_and_back_again_returns_to_each_page_in_turn()
    {
        var first = CursorTrail.Of(null, null);
        var second = first.Next("c10");
        var third = second.Next("c20");
        var fourth = third.Next("c30");

        Assert.Equal([1, 2, 3, 4], new[] { first, second, third, fourth }.Select(p => p.PageNumber));
        Assert.Equal(third, fourth.Previous);
        Assert.Equal(second, third.Previous);
        Assert.Equal(first, second.Previous);
        Assert.Null(first.Previous);
        Assert.Equal(31, fourth.FirstItem(10));
    }

    [Fact]
    public void Its_address_names_only_what_the_page_needs()
    {
        Assert.Empty(CursorTrail.Of(null, null).Query());
        Assert.Equal([new("after", "c20"), new("trail", "c10")], CursorTrail.Of("c20", "c10").Query());
    }

    [Fact]
    public void A_trail_without_a_cursor_is_the_first_page()
    {
        var position = CursorTrail.Of("", "c10~c20");

        Assert.Equal(1, position.PageNumber);
        Assert.Empty(position.Query());
    }
}
