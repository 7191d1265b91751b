namespace Rehab.Graph.Api.Tests;

/// <summary>Every argument a caller can get wrong gets BAD_USER_INPUT naming it, and never a stack trace.</summary>
public sealed class BadInputTests(RehabGraphApplication app)
{
    private readonly GraphQLClient _client = app.CreateClient();

    public static TheoryData<string, string> BadArguments => new()
    {
        { "services(near: {point: {latitude: 53.7, longitude: -0.3}, radiusKm: 0})", "near.radiusKm" },
        { "services(near: {point: {latitude: 53.7, longitude: -0.3}, radiusKm: -5})", "near.radiusKm" },
        { "services(near: {point: {latitude: 53.7, longitude: -0.3}, radiusKm: 200.5})", "near.radiusKm" },
        { "placements(near: {point: {latitude: 91, longitude: -0.3}, radiusKm: 5})", "near.point.latitude" },
        { "mentors(near: {point: {latitude: 53.7, longitude: -180.01}, radiusKm: 5})", "near.point.longitude" },
        { "services(near: {place: \"Atlantis\", radiusKm: 5})", "near.place" },
        { "services(near: {place: \"Hessle\", point: {latitude: 53.7, longitude: -0.3}, radiusKm: 5})", "near" },
        { "services(near: {radiusKm: 5})", "near" },
        { "services(first: 101)", "first" },
        { "organisations(first: -1)", "first" },
        { "services(after: \"not-a-cursor\")", "after" },
        { "mentors(after: \"cmc6LTE=\")", "after" },
        { "services(where: {needs: [\"HOUSING\"]})", "where.needs" },
        { "mentors(where: {livedExperience: [\"ALCOHOL\", \"GAMBLING\"]})", "where.livedExperience" },
        { "mentors(where: {language: \"english\"})", "where.language" },
        { "placements(where: {kind: \"COMMUNITY_SERVICE\"})", "where.kind" },
        { "organisations(where: {kind: \"CHARITY\"})", "where.kind" },
        { $"services(where: {{text: \"{new string('x', 101)}\"}})", "where.text" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_get_BAD_USER_INPUT_naming_the_argument(string field, string argument)
    {
        var response = await _client.PostAsync($"{{ {field} {{ totalCount }} }}");

        var (code, named) = response.SingleError();
        Assert.Equal("BAD_USER_INPUT", code);
        Assert.Equal(argument, named);
        Assert.Contains(argument, response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at Rehab.", response.Json, StringComparison.Ordinal);
        Assert.Equal(0, response.RoundTrips);
    }

    /// <summary>
    /// A literal of the wrong type makes the document itself invalid: it is refused whole, naming the field, before
    /// any resolver runs (a variable of the wrong type is BAD_USER_INPUT, below).
    /// </summary>
    [Theory]
    [InlineData("upsertPlacement(input: {organisationId: \"org-0001\", title: \"Garden\", kind: \"UNPAID_WORK\", location: {latitude: 53.7, longitude: -0.3}, capacity: \"four\"}) { id }", "capacity")]
    [InlineData("upsertService(input: {organisationId: \"org-0001\", name: \"Advice\", needs: [7], location: {latitude: 53.7, longitude: -0.3}}) { id }", "needs")]
    [InlineData("setServiceStatus(input: {serviceId: \"svc-0001\", status: \"PAUSED\", version: 1}) { id }", "status")]
    [InlineData("logHours(input: {referralId: \"ref-1\", date: \"2026-12-01\", hours: \"two\"}) { id }", "hours")]
    [InlineData("logAttendance(input: {referralId: \"ref-1\", date: \"yesterday\", attended: true}) { id }", "date")]
    [InlineData("referForImmediateJustice(input: {displayName: \"J\", gender: MALE, home: {latitude: 53.7, longitude: -0.3}, offenceSummary: \"Graffiti\", hours: 4.5, referrerEmail: \"a@b.example\"}) { id }", "hours")]
    [InlineData("upsertPractitioner(input: {id: \"prc-01\", version: \"1\", name: \"Sam\", deliveryUnit: \"Hull\"}) { id }", "version")]
    [InlineData("assignOffenderManager(input: {personId: \"per-0001\", practitionerId: [\"prc-01\"]}) { id }", "practitionerId")]
    public async Task A_mutation_value_of_the_wrong_type_fails_validation_naming_the_field_and_runs_nothing(string mutation, string field)
    {
        var response = await _client.PostAsync($"mutation {{ {mutation} }}");

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.SingleError().Code);
        Assert.Contains($"'{field}'", response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response.Data);
        Assert.Equal(0, response.RoundTrips);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_bad_user_input()
    {
        var response = await _client.PostAsync("query($first: Int) { services(first: $first) { totalCount } }", new { first = "ten" });

        Assert.Equal("BAD_USER_INPUT", response.SingleError().Code);
        Assert.Null(response.Data);
    }
}
