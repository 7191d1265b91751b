using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Tests;

public sealed class TaxonomyTests
{
    [Fact]
    public void Unknown_need_code_names_the_field()
    {
        var error = Assert.Throws<InvalidInputException>(() => NeedCodes.Validate(["DRUGS", "FLYING"], "where.needs"));
        Assert.Equal("where.needs", error.Field);
        Assert.Contains("'FLYING'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'DRUGS'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Need_codes_are_de_duplicated_in_order()
    {
        Assert.Equal(["DRUGS", "ALCOHOL"], NeedCodes.Validate(["DRUGS", "ALCOHOL", "DRUGS"], "needs"));
    }

    [Fact]
    public void No_need_codes_is_an_empty_list()
    {
        Assert.Empty(NeedCodes.Validate(null, "needs"));
    }

    [Fact]
    public void Every_taxonomy_code_is_known()
    {
        Assert.Equal(NeedCodes.All, NeedCodes.Validate(NeedCodes.All, "needs"));
    }

    [Theory]
    [InlineData(Gender.NonBinary, "NON_BINARY")]
    [InlineData(Gender.Female, "FEMALE")]
    [InlineData(Gender.NotStated, "NOT_STATED")]
    public void Gender_codes_convert_both_ways(Gender gender, string code)
    {
        Assert.Equal(code, EnumCodes.ToCode(gender));
        Assert.Equal(gender, EnumCodes.Parse<Gender>(code));
    }

    [Theory]
    [InlineData(RiskLevel.VeryHigh, "VERY_HIGH")]
    [InlineData(RiskLevel.Low, "LOW")]
    public void Risk_level_codes_convert_both_ways(RiskLevel level, string code)
    {
        Assert.Equal(code, EnumCodes.ToCode(level));
        Assert.Equal(level, EnumCodes.Parse<RiskLevel>(code));
    }

    [Fact]
    public void Every_risk_level_round_trips()
    {
        foreach (var level in Enum.GetValues<RiskLevel>())
        {
            Assert.Equal(level, EnumCodes.Parse<RiskLevel>(EnumCodes.ToCode(level)));
        }
    }

    [Theory]
    [InlineData("PURPLE")]
    [InlineData("2")]
    [InlineData("7")]
    [InlineData("FEMALE,MALE")]
    [InlineData("female")]
    [InlineData("NonBinary")]
    public void Only_a_defined_code_parses(string code)
    {
        Assert.Throws<FormatException>(() => EnumCodes.Parse<Gender>(code));
    }
}
