using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rehab.Graph.Api.Auth;

namespace Rehab.Graph.Cli.Tests;

public sealed class TokenCommandTests
{
    [Fact]
    public async Task A_development_token_is_printed_alone_and_the_hub_would_accept_it()
    {
        var (exit, output, _) = Run(["token", "--role", "OFFENDER_MANAGER", "--practitioner", "prc-01"]);

        Assert.Equal(0, exit);
        var token = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = new AuthOptions().Issuer,
            ValidAudience = new AuthOptions().Audience,
            IssuerSigningKey = TokenIssuer.Key(AuthOptions.DevelopmentSigningKey),
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal("OFFENDER_MANAGER", validation.Claims[TokenIssuer.RoleClaim]);
        Assert.Equal("prc-01", validation.Claims[TokenIssuer.PractitionerClaim]);
    }

    [Fact]
    public async Task The_signing_key_comes_from_the_environment_when_set()
    {
        const string key = "a-production-like-key-from-the-environment-0123456789abcdef";
        var (exit, output, _) = Run(["token", "--role", "COMMISSIONER"], name => name == "Auth__SigningKey" ? key : null);

        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(output.Trim(), new TokenValidationParameters
        {
            ValidIssuer = new AuthOptions().Issuer,
            ValidAudience = new AuthOptions().Audience,
            IssuerSigningKey = TokenIssuer.Key(key),
        });
        Assert.Equal(0, exit);
        Assert.True(validation.IsValid);
    }

    [Theory]
    [InlineData("token", "--role", "WIZARD")]
    [InlineData("token", "--role", "OFFENDER_MANAGER")]
    [InlineData("token", "--role", "PARTNER")]
    [InlineData("token", "--role", "ANONYMOUS")]
    [InlineData("token", "--role", "ADMIN", "--hours", "0")]
    [InlineData("token", "--role")]
    [InlineData("export")]
    public void Bad_arguments_exit_2_with_a_message_and_print_no_token(params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(string[] args, Func<string, string?>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error, environment ?? (_ => null));
        return (exit, output.ToString(), error.ToString());
    }
}
