using Rehab.Graph.Web.Pages.Certificates;

namespace Rehab.Graph.Web.Tests.Presenters;

public sealed class CertificateCheckFormTests
{
    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData(" 01234567 89abcdef-01234567-89abcdef ")]
    public void A_code_typed_from_paper_is_checked_as_the_hub_issued_it(string typed)
    {
        var (code, error) = new CertificateCheckForm(typed).Validate();

        Assert.Null(error);
        Assert.Equal("0123456789abcdef0123456789abcdef", code);
    }

    [Theory]
    [InlineData("", "Enter the certificate code")]
    [InlineData("   ", "Enter the certificate code")]
    [InlineData("abc", "The certificate code must be 32 characters long; you entered 3")]
    [InlineData("0123456789abcdef0123456789abcdef0", "The certificate code must be 32 characters long; you entered 33")]
    [InlineData("0123456789abcdef0123456789abcdeg", "The certificate code must only include the numbers 0 to 9 and the letters a to f")]
    [InlineData("../../graphql", "The certificate code must only include the numbers 0 to 9 and the letters a to f")]
    public void Anything_else_is_an_error_beside_the_field(string typed, string expected)
    {
        var (code, error) = new CertificateCheckForm(typed).Validate();

        Assert.Null(code);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void The_presenter_links_the_error_to_the_field_and_keeps_what_was_typed()
    {
        var presenter = new CertificateCheckPresenter(new CertificateCheckForm("abc"), "The certificate code must be 32 characters long; you entered 3");

        Assert.True(presenter.HasErrors);
        Assert.Equal("#code", Assert.Single(presenter.ErrorSummary).Href);
        Assert.Equal("abc", presenter.CodeValue);
    }
}
