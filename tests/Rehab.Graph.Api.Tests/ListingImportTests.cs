using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Partners importing their own listing over GraphQL (the web app's upload): the same files, rules and report as the
/// CLI's import, a dry run that writes nothing, and a file with a rejected row that writes nothing either.
/// </summary>
public sealed class ListingImportTests(ListingMutationTests.Hub hub) : IClassFixture<ListingMutationTests.Hub>
{
    private const string Org = "org-0003";

    private const string Report = "source organisationId dryRun written rows creates updates changes { row serviceId name isNew version } rejected { row field reason } skipped { row field reason } unmappedTerms { term services }";

    private const string Import = $"mutation($input: ImportServicesInput!) {{ importServices(input: $input) {{ {Report} }} }}";

    private readonly GraphQLClient _partner = hub.CreateClient(new Caller(CallerRole.Partner, null, Org, "partner-user"));

    private static string ExampleCsv => File.ReadAllText(RepositoryPaths.Combine("seed", "import-examples", "services.csv"));

    private static string ExampleOruk => File.ReadAllText(RepositoryPaths.Combine("seed", "import-examples", "services.oruk.json"));

    [Fact]
    public async Task A_dry_run_reports_each_service_the_file_would_create_and_writes_nothing()
    {
        var before = await ServiceNamesAsync();

        var report = (await _partner.DataAsync(Import, new { input = new { format = "CSV", content = ExampleCsv, fileName = "services.csv", dryRun = true } }))["importServices"]!;

        Assert.True(report["dryRun"]!.GetValue<bool>());
        Assert.False(report["written"]!.GetValue<bool>());
        Assert.Equal(Org, report["organisationId"]!.GetValue<string>());
        Assert.Equal("services.csv", report["source"]!.GetValue<string>());
        Assert.Equal(4, report["rows"]!.GetValue<int>());
        Assert.Equal(4, report["creates"]!.GetValue<int>());
        Assert.Equal(
            ["Humber Street Tenancy Clinic", "Orchard Park Women's Circle", "Bransholme Second Chance Kitchen", "Humber Recovery Text Line"],
            report["changes"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.All(report["changes"]!.AsArray(), c => Assert.True(c!["isNew"]!.GetValue<bool>()));
        Assert.Empty(report["rejected"]!.AsArray());
        Assert.Equal(before, await ServiceNamesAsync());
    }

    [Fact]
    public async Task An_import_writes_the_file_and_importing_it_again_changes_the_same_services()
    {
        // An organisation of its own: the other tests' dry runs expect this file's services to be new.
        const string org = "org-0005";
        var partner = hub.CreateClient(new Caller(CallerRole.Partner, null, org, "partner-user"));
        var oruk = ExampleOruk;
        var first = (await partner.DataAsync(Import, new { input = new { format = "ORUK", content = oruk, fileName = "services.oruk.json", dryRun = false } }))["importServices"]!;
        var again = (await partner.DataAsync(Import, new { input = new { format = "ORUK", content = oruk, dryRun = true } }))["importServices"]!;

        Assert.True(first["written"]!.GetValue<bool>());
        var created = first["changes"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(created);
        Assert.Subset((await ServiceNamesAsync(org)).ToHashSet(), created.ToHashSet());
        Assert.Equal(0, again["creates"]!.GetValue<int>());
        Assert.Equal(
            first["changes"]!.AsArray().Select(c => c!["serviceId"]!.GetValue<string>()),
            again["changes"]!.AsArray().Select(c => c!["serviceId"]!.GetValue<string>()));
        Assert.All(again["changes"]!.AsArray(), c => Assert.Equal(2, c!["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Categories_of_an_Open_Referral_UK_file_that_match_no_need_are_reported_most_used_first()
    {
        var services = JsonNode.Parse(ExampleOruk)!.AsArray();
        foreach (var (service, i) in services.Select((s, i) => (s!, i)))
        {
            var attributes = service["attributes"]!.AsArray();
            attributes.Add(new JsonObject { ["taxonomy_term"] = new JsonObject { ["id"] = "urn:their-taxonomy:allotments", ["name"] = "Allotments" } });
            if (i == 0)
            {
                attributes.Add(new JsonObject { ["taxonomy_term"] = new JsonObject { ["term"] = "PETS" } });
            }
        }

        var partner = hub.CreateClient(new Caller(CallerRole.Partner, null, Org, "partner-user"));
        var report = (await partner.DataAsync(Import, new { input = new { format = "ORUK", content = services.ToJsonString(), dryRun = true } }))["importServices"]!;

        // The example's third service is defunct: skipped, so its terms are not read.
        Assert.Equal(
            [("Allotments", 2), ("PETS", 1)],
            report["unmappedTerms"]!.AsArray().Select(t => (t!["term"]!.GetValue<string>(), t["services"]!.GetValue<int>())));
        Assert.Empty(report["rejected"]!.AsArray());
    }

    [Fact]
    public async Task A_file_with_a_rejected_row_writes_none_of_its_rows_and_says_which_field_of_which_line()
    {
        var csv = "name,needs,latitude,longitude\nRejected-file good row,ACCOMMODATION,53.74,-0.33\nRejected-file bad row,MONEY,53.74,-0.33\n";

        var report = (await _partner.DataAsync(Import, new { input = new { format = "CSV", content = csv, dryRun = false } }))["importServices"]!;

        Assert.False(report["written"]!.GetValue<bool>());
        var problem = Assert.Single(report["rejected"]!.AsArray())!;
        Assert.Equal("line 3", problem["row"]!.GetValue<string>());
        Assert.Equal("needs", problem["field"]!.GetValue<string>());
        Assert.DoesNotContain(await ServiceNamesAsync(), n => n.StartsWith("Rejected-file", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string, string> BadFiles => new()
    {
        { "CSV", "", "input.content", "empty" },
        { "CSV", "name,needs,colour\nA,ALCOHOL,red\n", "input.content", "colour" },
        { "ORUK", "{ not json", "input.content", "JSON" },
        { "ORUK", "[1, 2", "input.content", "JSON" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_cannot_be_read_is_bad_input_naming_the_content(string format, string content, string field, string said)
    {
        var response = await _partner.PostAsync(Import, new { input = new { format, content, dryRun = true } });

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
        Assert.Contains(said, response.Errors[0]["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_partner_may_not_import_into_another_organisation_and_an_admin_must_name_one()
    {
        var other = await _partner.PostAsync(Import, new { input = new { organisationId = "org-0004", format = "CSV", content = ExampleCsv, dryRun = true } });
        var admin = await hub.CreateClient(new Caller(CallerRole.Admin, null, null)).PostAsync(Import, new { input = new { format = "CSV", content = ExampleCsv, dryRun = true } });
        var referrer = await hub.CreateClient(new Caller(CallerRole.Referrer, null, Org)).PostAsync(Import, new { input = new { format = "CSV", content = ExampleCsv, dryRun = true } });

        Assert.Equal("FORBIDDEN", other.SingleError().Code);
        Assert.Equal(("BAD_USER_INPUT", "input.organisationId"), admin.SingleError());
        Assert.Equal("FORBIDDEN", referrer.SingleError().Code);
    }

    [Fact]
    public async Task An_unknown_format_is_refused_before_anything_runs()
    {
        var response = await _partner.PostAsync(Import, new { input = new { format = "XLSX", content = ExampleCsv, dryRun = true } });

        Assert.Contains(response.Errors, e => e["extensions"]?["code"]?.GetValue<string>() is "GRAPHQL_VALIDATION_FAILED" or "BAD_USER_INPUT" or "INVALID_VALUE");
        Assert.Null(response.Data?["importServices"]);
    }

    private async Task<IReadOnlyList<string>> ServiceNamesAsync(string org = Org)
    {
        var data = await _partner.DataAsync($"{{ node(id: \"{org}\") {{ ... on Organisation {{ services {{ name }} }} }} }}");
        return [.. data["node"]!["services"]!.AsArray().Select(s => s!["name"]!.GetValue<string>())];
    }
}
