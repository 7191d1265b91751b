using Rehab.Graph.Domain.Placements;

namespace Rehab.Graph.Domain.Tests;

public sealed class WeeklySessionTests
{
    [Fact]
    public void A_session_is_parsed_into_day_and_times()
    {
        var session = WeeklySession.Parse("Thu 09:30-15:30", "sessions");

        Assert.Equal(new WeeklySession(DayOfWeek.Thursday, new TimeOnly(9, 30), new TimeOnly(15, 30)), session);
    }

    [Theory]
    [InlineData("Sun 00:00-23:59")]
    [InlineData("Mon 18:00-20:30")]
    [InlineData("Sat 09:00-09:01")]
    public void A_session_prints_as_it_was_written(string text)
    {
        Assert.Equal(text, WeeklySession.Parse(text, "sessions").ToString());
    }

    [Theory]
    [InlineData("Thu 9:30-15:30")]
    [InlineData("Xyz 09:00-10:00")]
    [InlineData("thu 09:00-10:00")]
    [InlineData("Thursday 09:00-10:00")]
    [InlineData("Thu 15:30-09:30")]
    [InlineData("Thu 09:00-09:00")]
    [InlineData("Thu 24:00-25:00")]
    [InlineData("Thu 09:00 - 10:00")]
    [InlineData("")]
    public void A_malformed_session_names_the_field(string text)
    {
        var error = Assert.Throws<InvalidInputException>(() => WeeklySession.Parse(text, "input.sessions"));
        Assert.Equal("input.sessions", error.Field);
        Assert.Contains("input.sessions", error.Message, StringComparison.Ordinal);
    }
}
