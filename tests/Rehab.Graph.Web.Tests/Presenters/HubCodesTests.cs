using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Tests.Presenters;

public sealed class HubCodesTests
{
    [Fact]
    public void Codes_are_the_schemas_and_every_value_comes_back_from_its_code()
    {
        Assert.Equal("VERY_HIGH", HubCodes.Of(RiskLevel.VeryHigh));
        Assert.Equal("NON_BINARY", HubCodes.Of(Gender.NonBinary));
        Assert.All(Enum.GetValues<RiskLevel>(), level => Assert.Equal(level, HubCodes.Parse<RiskLevel>(HubCodes.Of(level))));
        Assert.Equal(Enum.GetValues<Gender>().Select(g => HubCodes.Of(g)), HubCodes.Genders.Select(g => g.Code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("very_high")]
    [InlineData("VeryHigh")]
    [InlineData("3")]
    [InlineData("VERY_HIGH ")]
    public void Anything_but_an_exact_code_is_no_value(string? code) => Assert.Null(HubCodes.Parse<RiskLevel>(code));
}
