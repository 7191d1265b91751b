using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

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
        Assert.Equal(1, response.RoundTrips);
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

    public static TheoryData<string, string> MalformedClaims => new()
    {
        { """{"role": "OFFENDER_MANAGER", "practitioner_id": ["prc-02", "prc-07"]}""", "'practitioner_id' must be a single non-empty string, not an array" },
        { """{"role": "OFFENDER_MANAGER", "practitioner_id": ["prc-07"]}""", "'practitioner_id' must be a single non-empty string, not an array" },
        { """{"role": "OFFENDER_MANAGER", "practitioner_id": 7}""", "'practitioner_id' must be a single non-empty string, not a JSON number" },
        { """{"role": "OFFENDER_MANAGER", "practitioner_id": {"id": "prc-07"}}""", "'practitioner_id' must be a single non-empty string, not a JSON object" },
        { """{"role": "OFFENDER_MANAGER", "practitioner_id": ""}""", "'practitioner_id' must be a single non-empty string, not an empty string" },
        { """{"role": "OFFENDER_MANAGER"}""", "a token with the role OFFENDER_MANAGER needs 'practitioner_id'" },
        { """{"role": "REFERRER", "organisation_id": ["org-0002", "org-0001"]}""", "'organisation_id' must be a single non-empty string, not an array" },
        { """{"role": "PARTNER"}""", "a token with the role PARTNER needs 'organisation_id'" },
        { """{"role": ["COMMISSIONER", "ADMIN"]}""", "'role' must be a single non-empty string, not an array" },
        { """{"role": "SUPERUSER"}""", "'role' is not one of OFFENDER_MANAGER, PARTNER, COMMISSIONER, REFERRER, ADMIN" },
        { """{"role": "ANONYMOUS"}""", "'role' is not one of" },
        { """{"practitioner_id": "prc-07"}""", "it has no 'role'" },
        { """{"role": "PARTNER", "organisation_id": "org-0001", "duty": ["IJ_COORDINATOR"]}""", "'duty' must be a single non-empty string, not an array" },
        { """{"role": "COMMISSIONER", "sub": 42}""", "'sub' must be a single non-empty string, not a JSON number" },
    };

    /// <summary>A correctly signed token whose claims do not describe a caller is refused, never read as its first element or as anonymous.</summary>
    [Theory]
    [MemberData(nameof(MalformedClaims))]
    public async Task A_signed_token_with_malformed_claims_is_UNAUTHENTICATED_naming_the_claim(string claims, string problem)
    {
        var client = app.CreateClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Signed(claims));

        var response = await client.PostAsync($"{{ person(id: \"{PersonId}\") {{ id }} }}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal("UNAUTHENTICATED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(problem, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_token_signed_the_same_way_with_well_formed_claims_is_accepted()
    {
        var client = app.CreateClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Signed($$"""{"role": "OFFENDER_MANAGER", "practitioner_id": "{{TheirPractitioner}}", "duty": "SOMETHING_NEWER"}"""));

        var response = await client.PostAsync($"{{ person(id: \"{PersonId}\") {{ id }} }}");

        response.AssertNoErrors();
    }

    [Theory]
    [InlineData("12345", 5)]
    [InlineData("a-key-of-thirty-one-bytes-01234", 31)]
    public async Task A_signing_key_shorter_than_HS256_needs_stops_the_hub_at_start(string key, int bytes)
    {
        var settings = new Dictionary<string, string?> { ["Auth:SigningKey"] = key };
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, environment: "Production", settings: settings);
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddRehabAuthentication(new HostingEnvironment { EnvironmentName = "Production" })
            .BuildServiceProvider();

        // As for the limits: the host reports the failed start as the validation error, or as the provider it disposed.
        await Assert.ThrowsAnyAsync<Exception>(hub.StartAsync);
        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AuthOptions>>().Value);
        Assert.Contains($"is {bytes} bytes long; HS256 needs at least 32 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signing_key_of_32_bytes_is_enough()
    {
        var settings = new Dictionary<string, string?> { ["Auth:SigningKey"] = "a-key-of-thirty-two-bytes-012345" };
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddRehabAuthentication(new HostingEnvironment { EnvironmentName = "Production" })
            .BuildServiceProvider();

        Assert.Equal(settings["Auth:SigningKey"], services.GetRequiredService<IOptions<AuthOptions>>().Value.SigningKey);
    }

    private static Caller OffenderManager(string practitionerId) => new(CallerRole.OffenderManager, practitionerId, null);

    /// <summary>A token with these claims, signed with the hub's key, issuer and audience, and valid for an hour.</summary>
    private static string Signed(string claims)
    {
        static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var payload = JsonNode.Parse(claims)!.AsObject();
        payload["iss"] = new AuthOptions().Issuer;
        payload["aud"] = new AuthOptions().Audience;
        payload["exp"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var unsigned = $"{Encode(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""))}.{Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}";
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(HubFactory.SigningKey));
        return $"{unsigned}.{Encode(hmac.ComputeHash(Encoding.UTF8.GetBytes(unsigned)))}";
    }

    /// <summary>A token with "alg": "none" and no signature, which must never be accepted.</summary>
    private static string Unsigned()
    {
        static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode($$"""{"iss":"rehab-graph","aud":"rehab-graph-api","role":"OFFENDER_MANAGER","practitioner_id":"{{TheirPractitioner}}","exp":{{expires}}}""")}.";
    }
}
