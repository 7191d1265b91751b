using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Rehab.Graph.Client.Tests;

/// <summary>The hub's errors, as the real hub sends them, arrive as typed exceptions carrying extensions.code.</summary>
[Collection(ClientHubCollection.Name)]
public sealed class ErrorMappingTests(ClientHub hub)
{
    private const string PersonQuery = "query Person { person(id: \"per-0001\") { displayName } }";

    [Fact]
    public async Task Bad_input_is_a_bad_user_input_exception_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() =>
            hub.Client().DirectoryPageAsync(new() { Near = new() { Place = "Orchard Park", RadiusKm = 500 } }));

        Assert.Equal(("BAD_USER_INPUT", "near.radiusKm"), (error.Code, error.Field));
        Assert.Contains("at most 200", error.Message, StringComparison.Ordinal);
        Assert.Equal(["services"], Assert.Single(error.Errors).Path);
    }

    [Fact]
    public async Task A_person_without_a_token_is_unauthenticated()
    {
        var error = await Assert.ThrowsAsync<RehabGraphUnauthenticatedException>(() => hub.Raw().QueryAsync(PersonQuery));

        Assert.Equal("UNAUTHENTICATED", error.Code);
    }

    [Fact]
    public async Task A_person_for_a_partner_is_forbidden()
    {
        var error = await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => hub.Raw(OperationCases.Partner).QueryAsync(PersonQuery));

        Assert.Equal("FORBIDDEN", error.Code);
    }

    [Fact]
    public async Task The_person_for_their_offender_manager_is_read_with_the_token_from_the_provider()
    {
        var data = await hub.Raw(OperationCases.OffenderManager).QueryAsync(PersonQuery);

        Assert.False(string.IsNullOrEmpty(data.GetProperty("person").GetProperty("displayName").GetString()));
    }

    [Fact]
    public async Task A_token_the_hub_refuses_is_unauthenticated_with_its_status()
    {
        var error = await Assert.ThrowsAsync<RehabGraphUnauthenticatedException>(() => hub.Raw(token: "not-a-jwt").QueryAsync(PersonQuery));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task An_unknown_person_to_connect_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RehabGraphNotFoundException>(() =>
            hub.Raw(OperationCases.OffenderManager).QueryAsync("query Connect { connect(input: { personId: \"per-9999\" }) { services { score } } }"));

        Assert.Equal(("NOT_FOUND", "input.personId"), (error.Code, Assert.Single(error.Errors).Field));
    }

    [Fact]
    public async Task A_change_to_another_version_than_the_stored_one_is_a_conflict()
    {
        const string Mutation = """
            mutation Pause($input: SetServiceStatusInput!) { setServiceStatus(input: $input) { id status } }
            """;

        var error = await Assert.ThrowsAsync<RehabGraphConflictException>(() => hub.Raw(OperationCases.Partner).MutateAsync(
            Mutation, new { input = new { serviceId = "svc-0121", status = "PAUSED", version = 1000 } }));

        Assert.Equal("CONFLICT", error.Code);
    }

    [Fact]
    public async Task A_document_the_hub_refuses_is_a_validation_failure()
    {
        var error = await Assert.ThrowsAsync<RehabGraphException>(() => hub.Raw().QueryAsync("query Needs { needs { colour } }"));

        Assert.Equal(("GRAPHQL_VALIDATION_FAILED", HttpStatusCode.BadRequest), (error.Code, error.StatusCode));
    }

    [Fact]
    public async Task A_hub_that_is_not_there_is_unavailable()
    {
        var services = new ServiceCollection();
        var builder = services.AddRehabGraphClient(o => o.BaseAddress = new Uri("http://127.0.0.1:9/"));
        services.Configure<HttpStandardResilienceOptions>($"{builder.Name}-standard", o => o.Retry.Delay = TimeSpan.Zero);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IRehabGraphClient>();

        var error = await Assert.ThrowsAsync<RehabGraphUnavailableException>(() => client.DirectoryPageAsync(new()));

        Assert.Equal("UNAVAILABLE", error.Code);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }
}
