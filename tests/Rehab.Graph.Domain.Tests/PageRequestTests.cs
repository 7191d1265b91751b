using System.Text;
using Rehab.Graph.Domain.Paging;

namespace Rehab.Graph.Domain.Tests;

public sealed class PageRequestTests
{
    [Fact]
    public void Without_arguments_the_first_page_has_the_default_size()
    {
        Assert.Equal(new PageRequest(20, 0), PageRequest.Create(null, null, 20, 100));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    public void First_up_to_the_maximum_is_the_page_size(int first)
    {
        Assert.Equal(first, PageRequest.Create(first, null, 20, 100).First);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    public void First_out_of_range_names_the_field(int first)
    {
        var error = Assert.Throws<InvalidInputException>(() => PageRequest.Create(first, null, 20, 100));
        Assert.Equal("first", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(12345)]
    public void After_a_cursor_the_page_starts_just_past_it(int position)
    {
        var page = PageRequest.Create(10, PageRequest.EncodeCursor(position), 20, 100);

        Assert.Equal(position + 1, page.Offset);
        Assert.Equal(10, page.First);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("xyz", true)]
    [InlineData("rg:-1", true)]
    [InlineData("rg:", true)]
    [InlineData("rg:1.5", true)]
    [InlineData("rg: 1", true)]
    [InlineData("RG:1", true)]
    [InlineData("rg:99999999999", true)]
    [InlineData("rg:2147483647", true)]
    public void Malformed_cursor_names_the_after_field(string cursor, bool encode = false)
    {
        var after = encode ? Convert.ToBase64String(Encoding.UTF8.GetBytes(cursor)) : cursor;

        var error = Assert.Throws<InvalidInputException>(() => PageRequest.Create(10, after, 20, 100));
        Assert.Equal("after", error.Field);
    }

    [Fact]
    public void A_middle_page_has_next_and_previous_pages()
    {
        var page = new Page<int>([10, 11, 12, 13, 14, 15, 16, 17, 18, 19], TotalCount: 25, Offset: 10);

        Assert.True(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public void The_last_page_has_no_next_page()
    {
        var page = new Page<int>([20, 21, 22, 23, 24], TotalCount: 25, Offset: 20);

        Assert.False(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public void The_first_page_has_no_previous_page()
    {
        var page = new Page<int>([0, 1], TotalCount: 2, Offset: 0);

        Assert.False(page.HasPreviousPage);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public void An_item_cursor_resumes_after_that_item()
    {
        var page = new Page<string>(["k", "l", "m"], TotalCount: 30, Offset: 10);

        var next = PageRequest.Create(5, page.CursorAt(2), 20, 100);

        Assert.Equal(13, next.Offset);
    }
}
