using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.Tests;

public sealed class ContactRulesTests
{
    [Theory]
    [InlineData("01632 960123")]
    [InlineData("01632960123")]
    [InlineData("07700 900 123")]
    [InlineData("+44 7700 900123")]
    [InlineData("+441632960123")]
    [InlineData("0800 123 456")]
    public void UK_numbers_of_digits_and_spaces_are_phones(string phone) => Assert.NotNull(ContactRules.Phone(phone, "f"));

    [Theory]
    [InlineData("1632 960123")]
    [InlineData("+1 212 555 0100")]
    [InlineData("0044 1632 960123")]
    [InlineData("(01632) 960123")]
    [InlineData("01632-960123")]
    [InlineData("016 32")]
    [InlineData("01632 9601234567")]
    public void Anything_else_is_not_a_phone(string phone) =>
        Assert.Equal("contact.phone", Assert.Throws<InvalidInputException>(() => ContactRules.Phone(phone, "contact.phone")).Field);

    [Theory]
    [InlineData("hu1 1tu", "HU1 1TU")]
    [InlineData("HU11TU", "HU1 1TU")]
    [InlineData(" hu17  9ab ", "HU17 9AB")]
    [InlineData("EC1A 1BB", "EC1A 1BB")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    public void Postcodes_are_stored_in_capitals_with_one_space(string postcode, string stored) => Assert.Equal(stored, ContactRules.Postcode(postcode, "f"));

    [Theory]
    [InlineData("HU1")]
    [InlineData("12345")]
    [InlineData("HULL 1")]
    [InlineData("HU1 1T")]
    public void Anything_else_is_not_a_postcode(string postcode) => Assert.Throws<InvalidInputException>(() => ContactRules.Postcode(postcode, "f"));

    [Theory]
    [InlineData("a@b")]
    [InlineData("a b@example.org")]
    [InlineData("@example.org")]
    [InlineData("a@@example.org")]
    [InlineData("a@example.")]
    public void An_email_needs_one_at_and_a_dotted_domain(string email) => Assert.Throws<InvalidInputException>(() => ContactRules.Email(email, "f"));

    [Fact]
    public void White_space_is_tidied_and_blank_parts_are_absent()
    {
        var address = ContactRules.Address(["  1  High   Street ", "", "  "], "  ", null, "input.address");
        var nothing = ContactRules.Contact(" ", "", null, "\t", "input.contact");

        Assert.Equal(["1 High Street"], address!.Lines);
        Assert.Null(address.Town);
        Assert.Null(nothing);
        Assert.Null(ContactRules.Address([" "], null, " ", "input.address"));
    }

    [Fact]
    public void Only_http_and_https_addresses_are_urls()
    {
        Assert.Equal("https://example.org/x", ContactRules.Url("https://example.org/x", "f"));
        Assert.Throws<InvalidInputException>(() => ContactRules.Url("ftp://example.org", "f"));
        Assert.Throws<InvalidInputException>(() => ContactRules.Url("example.org", "f"));
    }
}
