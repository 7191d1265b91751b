using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Tests;

public sealed class CommunityCodesTests
{
    [Fact]
    public void The_communities_are_the_six_the_issue_names()
    {
        Assert.Equal(["WOMEN", "MINORITY_ETHNIC", "OLDER_PEOPLE", "DISABLED_PEOPLE", "YOUNG_ADULTS", "LGBTQ_PLUS"], CommunityCodes.All);
    }

    [Fact]
    public void Codes_are_de_duplicated_and_sorted_as_stored()
    {
        Assert.Equal(["LGBTQ_PLUS", "WOMEN"], CommunityCodes.Validate(["WOMEN", "LGBTQ_PLUS", "WOMEN"], "input.byAndFor"));
    }

    [Fact]
    public void None_is_an_empty_list()
    {
        Assert.Empty(CommunityCodes.Validate(null, "input.byAndFor"));
    }

    [Fact]
    public void An_unknown_community_names_the_field_and_the_known_ones()
    {
        var error = Assert.Throws<InvalidInputException>(() => CommunityCodes.Validate(["WOMEN", "MEN"], "input.profile.byAndFor"));

        Assert.Equal("input.profile.byAndFor", error.Field);
        Assert.Contains("'MEN'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'WOMEN'", error.Message, StringComparison.Ordinal);
        Assert.Contains("LGBTQ_PLUS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_case_code_is_not_a_community()
    {
        Assert.Equal("byAndFor", Assert.Throws<InvalidInputException>(() => CommunityCodes.ValidateOne("women", "byAndFor")).Field);
    }

    [Fact]
    public void One_community_asked_for_is_checked_and_none_means_no_break_down()
    {
        Assert.Equal("OLDER_PEOPLE", CommunityCodes.ValidateOne("OLDER_PEOPLE", "byAndFor"));
        Assert.Null(CommunityCodes.ValidateOne(null, "byAndFor"));
    }

    [Fact]
    public void Every_community_has_words_for_a_reason()
    {
        Assert.All(CommunityCodes.All, code => Assert.False(string.IsNullOrWhiteSpace(CommunityCodes.Describe(code))));
    }
}
