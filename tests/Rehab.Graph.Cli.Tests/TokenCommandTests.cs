using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Tokens;

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
            ValidIssuer = TokenIssuer.DefaultIssuer,
            ValidAudience = TokenIssuer.DefaultAudience,
            IssuerSigningKey = TokenIssuer.Key(TokenIssuer.DevelopmentSigningKey),
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
            ValidIssuer = TokenIssuer.DefaultIssuer,
            ValidAudience = TokenIssuer.DefaultAudience,
            IssuerSigningKey = TokenIssuer.Key(key),
        });
        Assert.Equal(0, exit);
        Assert.True(validation.IsValid);
    }

    [Fact]
    public async Task A_partner_token_can_carry_the_coordinator_duty_and_the_hub_reads_it_as_a_coordinator()
    {
        var (exit, output, _) = Run(["token", "--role", "PARTNER", "--organisation", "org-0001", "--duty", "IJ_COORDINATOR", "--user", "a.lee"]);

        Assert.Equal(0, exit);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(output.Trim(), new TokenValidationParameters
        {
            ValidIssuer = TokenIssuer.DefaultIssuer,
            ValidAudience = TokenIssuer.DefaultAudience,
            IssuerSigningKey = TokenIssuer.Key(TokenIssuer.DevelopmentSigningKey),
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal("IJ_COORDINATOR", validation.Claims[TokenIssuer.DutyClaim]);
        var caller = TokenIssuer.CallerOf(new ClaimsPrincipal(validation.ClaimsIdentity));
        Assert.Equal(new CaseCoordinator(null, "org-0001"), caller.Coordinator);
        Assert.Equal("a.lee", caller.ActorId);
    }

    [Fact]
    public async Task A_person_token_names_the_person_and_the_hub_reads_it_as_them()
    {
        var (exit, output, _) = Run(["token", "--role", "PERSON", "--person", "per-0001"]);

        Assert.Equal(0, exit);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(output.Trim(), new TokenValidationParameters
        {
            ValidIssuer = TokenIssuer.DefaultIssuer,
            ValidAudience = TokenIssuer.DefaultAudience,
            IssuerSigningKey = TokenIssuer.Key(TokenIssuer.DevelopmentSigningKey),
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal(new Caller(CallerRole.Person, null, null, PersonId: "per-0001"), TokenIssuer.CallerOf(new ClaimsPrincipal(validation.ClaimsIdentity)));
    }

    [Theory]
    [InlineData("PERSON", "A PERSON token needs --person ID.")]
    [InlineData("OFFENDER_MANAGER", "Only a PERSON token carries a --person.")]
    public void A_person_is_named_on_a_person_token_and_only_there(string role, string message)
    {
        var (exit, output, error) = Run(role == "PERSON" ? ["token", "--role", role] : ["token", "--role", role, "--practitioner", "prc-01", "--person", "per-0001"]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WIZARD", "PARTNER", "Unknown duty 'WIZARD'")]
    [InlineData("ij_coordinator", "PARTNER", "Unknown duty 'ij_coordinator'")]
    [InlineData("IJ_COORDINATOR", "REFERRER", "Only a PARTNER token carries a --duty.")]
    public void A_duty_the_hub_does_not_know_or_on_another_role_exits_2_with_a_message(string duty, string role, string message)
    {
        var (exit, output, error) = Run(["token", "--role", role, "--organisation", "org-0001", "--duty", duty]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
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

    [Fact]
    public void A_signing_key_shorter_than_HS256_needs_exits_2_with_a_message_as_the_hub_refuses_it()
    {
        var (exit, output, error) = Run(["token", "--role", "COMMISSIONER"], name => name == "Auth__SigningKey" ? "12345" : null);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("is 5 bytes long; HS256 needs at least 32 bytes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_practitioner_is_no_practitioner()
    {
        var (exit, output, error) = Run(["token", "--role", "OFFENDER_MANAGER", "--practitioner", ""]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("needs --practitioner ID", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(string[] args, Func<string, string?>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error, environment ?? (_ => null));
        return (exit, output.ToString(), error.ToString());
    }
}
