using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.Tests;

public sealed class ListingFilterTests
{
    [Theory]
    [InlineData("VCSE")]
    [InlineData("WOMENS_CENTRE")]
    [InlineData(null)]
    public void Known_organisation_kind_passes(string? kind)
    {
        Assert.Equal(kind, ListingKinds.Validate(kind, ListingKinds.Organisation, "where.kind"));
    }

    [Theory]
    [InlineData("vcse")]
    [InlineData("CHARITY")]
    [InlineData("UNPAID_WORK")]
    public void Unknown_organisation_kind_names_the_field(string kind)
    {
        var error = Assert.Throws<InvalidInputException>(() => ListingKinds.Validate(kind, ListingKinds.Organisation, "where.kind"));
        Assert.Equal("where.kind", error.Field);
    }

    [Fact]
    public void Placement_kinds_are_their_own_list()
    {
        Assert.Equal("IMMEDIATE_JUSTICE", ListingKinds.Validate("IMMEDIATE_JUSTICE", ListingKinds.Placement, "where.kind"));
        Assert.Throws<InvalidInputException>(() => ListingKinds.Validate("VCSE", ListingKinds.Placement, "where.kind"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pl")]
    [InlineData(null)]
    public void Two_letter_language_passes(string? language)
    {
        Assert.Equal(language, ListingKinds.ValidateLanguage(language, "where.language"));
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("eng")]
    [InlineData("e")]
    [InlineData("e1")]
    [InlineData("")]
    public void Other_language_names_the_field(string language)
    {
        var error = Assert.Throws<InvalidInputException>(() => ListingKinds.ValidateLanguage(language, "where.language"));
        Assert.Equal("where.language", error.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_text_is_no_filter(string? text)
    {
        Assert.Null(SearchText.Normalise(text, "where.text"));
    }

    [Fact]
    public void Text_is_trimmed_and_lower_cased()
    {
        Assert.Equal("food bank", SearchText.Normalise("  Food BANK ", "where.text"));
    }

    [Fact]
    public void Text_of_the_maximum_length_passes()
    {
        Assert.Equal(new string('a', 100), SearchText.Normalise(new string('A', 100), "where.text"));
    }

    [Fact]
    public void Text_over_the_maximum_length_names_the_field()
    {
        var error = Assert.Throws<InvalidInputException>(() => SearchText.Normalise(new string('a', 101), "where.text"));
        Assert.Equal("where.text", error.Field);
    }
}
