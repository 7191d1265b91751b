using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Notifications;

namespace Rehab.Graph.Domain.Tests;

public sealed class CompletionNoticesTests
{
    private static readonly CompletionCertificate Certificate = new(
        "0123456789abcdef0123456789abcdef", "ijc-1", "J. Doe", "Graffiti removal team", "Old Town Traders", 6, DateTimeOffset.UnixEpoch, "Humber Police");

    private static readonly string Url = new CertificateLinks(new Uri("https://hub.example/rehab/")).Verification(Certificate.Code);

    [Fact]
    public void The_verification_address_keeps_the_public_base_path() =>
        Assert.Equal("https://hub.example/rehab/verify/0123456789abcdef0123456789abcdef", Url);

    [Theory]
    [InlineData(MessageChannel.Email, "attached to this e-mail")]
    [InlineData(MessageChannel.Letter, "printed with this letter")]
    [InlineData(MessageChannel.Text, "See your certificate")]
    public void Each_channel_says_what_it_carries_and_every_one_gives_the_verification_address(MessageChannel channel, string says)
    {
        var body = CompletionNotices.ForPerson(channel, Certificate, Url).Body;

        Assert.Contains(says, body, StringComparison.Ordinal);
        Assert.Contains("6 hours at Graffiti removal team", body, StringComparison.Ordinal);
        Assert.EndsWith(Url, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_never_claims_an_attachment() =>
        Assert.DoesNotContain("attach", CompletionNotices.ForPerson(MessageChannel.Text, Certificate, Url).Body, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void The_referrer_gets_the_code_and_where_to_check_it() =>
        Assert.Equal(
            $"J. Doe has completed all 6 hours at Graffiti removal team (Old Town Traders). The certificate of completion (code {Certificate.Code}) can be checked at {Url}",
            CompletionNotices.ForReferrer("ijc-1", "J. Doe", Certificate, Url).Body);
}
