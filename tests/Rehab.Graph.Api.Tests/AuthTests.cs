using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Api.Tests;

/// <summary>Who may call what: bad tokens are refused outright, and a person's record is only for their offender manager.</summary>
public sealed class AuthTests(RehabGraphApplication app)
{
    private const string PersonId = "per-0001";
    private const string TheirPractitioner = "prc-07";
    private const string ConnectByPerson = "{ connect(input: {personId: \"per-0001\", first: 1}) { services { score } } }";

    public static TheoryData<string> InvalidTokens => new()
    {
        HubFactory.Token(OffenderManager(TheirPractitioner), key: "another-key-that-is-long-enough-for-hs256-signing-0123456789"),
        HubFactory.Token(OffenderManager(TheirPractitioner), lifetime: TimeSpan.FromHours(-2)),
        HubFactory.Token(OffenderManager(TheirPractitioner), options: new AuthOptions { Issuer = "someone-else" }),
        HubFactory.Token(OffenderManager(TheirPractitioner), options: new AuthOptions { Audience = "another-api" }),
        Unsigned(),
        "not-a-token",
    };

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task An_invalid_token_is_UNAUTHENTICATED_whatever_the_operation(string token)
    {
        var client = app.CreateClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.PostAsync("{ needs { code } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.Errors)["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_valid_token_reads_the_public_directory_like_anyone()
    {
        var response = await app.CreateClient(OffenderManager(TheirPractitioner)).PostAsync("{ needs { code } }");

        response.AssertNoErrors();
    }

    [Fact]
    public async Task Anonymous_callers_may_connect_an_ad_hoc_profile()
    {
        var response = await app.CreateClient().PostAsync("{ connect(input: {profile: {home: {latitude: 53.7446, longitude: -0.3352}, gender: FEMALE, needs: [\"ACCOMMODATION\"]}}) { services { score } } }");

        response.AssertNoErrors();
    }

    [Fact]
    public async Task Connect_by_person_needs_a_token()
    {
        var response = await app.CreateClient().PostAsync(ConnectByPerson);

        Assert.Equal("UNAUTHENTICATED", response.SingleError().Code);
    }

    public static TheoryData<string, string?, string?> OtherRoles => new()
    {
        { "PARTNER", null, "org-0001" },
        { "COMMISSIONER", null, null },
        { "REFERRER", null, "org-0002" },
        { "ADMIN", null, null },
        { "OFFENDER_MANAGER", "prc-02", null },
    };

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Connect_by_person_is_FORBIDDEN_to_anyone_but_their_offender_manager(string role, string? practitioner, string? organisation)
    {
        var caller = new Caller(Rehab.Graph.Domain.Taxonomy.EnumCodes.Parse<CallerRole>(role), practitioner, organisation);

        var response = await app.CreateClient(caller).PostAsync(ConnectByPerson);

        Assert.Equal("FORBIDDEN", response.SingleError().Code);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Their_offender_manager_may_connect_them()
    {
        var response = await app.CreateClient(OffenderManager(TheirPractitioner)).PostAsync(ConnectByPerson);

        response.AssertNoErrors();
        Assert.Equal(2, response.RoundTrips);
    }

    [Fact]
    public async Task A_token_from_the_CLI_signed_with_the_hubs_key_is_accepted_over_HTTP()
    {
        using var output = new StringWriter();
        var exit = Rehab.Graph.Cli.CliApp.Run(
            ["token", "--role", "OFFENDER_MANAGER", "--practitioner", TheirPractitioner], output, TextWriter.Null,
            name => name == "Auth__SigningKey" ? HubFactory.SigningKey : null);
        var client = app.CreateClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", output.ToString().Trim());

        var response = await client.PostAsync(ConnectByPerson);

        Assert.Equal(0, exit);
        response.AssertNoErrors();
    }

    private static Caller OffenderManager(string practitionerId) => new(CallerRole.OffenderManager, practitionerId, null);

    /// <summary>A token with "alg": "none" and no signature, which must never be accepted.</summary>
    private static string Unsigned()
    {
        static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode($$"""{"iss":"rehab-graph","aud":"rehab-graph-api","role":"OFFENDER_MANAGER","practitioner_id":"{{TheirPractitioner}}","exp":{{expires}}}""")}.";
    }
}
