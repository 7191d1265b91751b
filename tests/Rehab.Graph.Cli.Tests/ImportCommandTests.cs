using System.Globalization;
using System.Text;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.ListingImport;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Cli.Tests;

/// <summary>The import command end to end: the CLI as a partner's admin runs it, against a real Neo4j.</summary>
public sealed class ImportCommandTests(ImportWorld world) : IClassFixture<ImportWorld>
{
    private const string Header = "id,name,description,needs,latitude,longitude,online,womenOnly,minAge,maxAge,languages,unsuitableFor,capacity,waitingDays,openingTimes,referralRoute";

    private const string ThreeServices = Header + "\n" +
        ",Hull Food Hub,\"Hot meals, and a food parcel\",LIFESTYLE;HEALTH,53.7446,-0.3352,false,false,,,en;pl,,20,0,Mon–Fri 12:00–14:00,SELF\n" +
        ",Women's Money Clinic,Budgeting,FINANCE_BENEFIT_DEBT,53.75,-0.34,,true,18,,,ARSON,5,7,,PRACTITIONER\n" +
        ",Recovery Text Line,Evenings,ALCOHOL,,,true,,,,,,,,,\n";

    [Fact]
    public async Task A_valid_file_is_imported_whole_with_an_audit_entry_per_service()
    {
        var organisation = await world.NewOrganisationAsync();

        var (exit, output, _) = world.Import("--organisation", organisation, "--file", world.File("services.csv", ThreeServices), "--user", "admin@partner");

        Assert.Equal(0, exit);
        Assert.Contains("3 rows: 3 created, 0 updated, 0 skipped, 0 rejected.", output, StringComparison.Ordinal);
        var services = await world.ServicesAsync(organisation);
        Assert.Equal(["Hull Food Hub", "Recovery Text Line", "Women's Money Clinic"], services.Select(s => s.Name));
        var (food, text, money) = (services[0], services[1], services[2]);
        Assert.Equal((1, "ACTIVE", 53.7446, -0.3352, 20), (food.Version, food.Status, food.Lat, food.Lon, food.Capacity));
        Assert.Equal(["HEALTH", "LIFESTYLE"], food.Needs);
        Assert.Equal(["en", "pl"], food.Languages);
        Assert.Equal((true, (double?)null, (double?)null), (text.Online, text.Lat, text.Lon));
        Assert.True(money.WomenOnly);
        Assert.Equal(["SERVICE_IMPORTED by ADMIN admin@partner"], await world.AuditAsync(food.Id));
    }

    [Fact]
    public async Task One_bad_row_writes_nothing_and_the_report_names_its_line_and_field()
    {
        var organisation = await world.NewOrganisationAsync();
        var file = world.File("services.csv", ThreeServices.Replace(",5,7,", ",lots,7,", StringComparison.Ordinal));

        var (exit, output, _) = world.Import("--organisation", organisation, "--file", file);

        Assert.Equal(1, exit);
        Assert.Contains("rejected line 3, capacity: 'capacity' must be a whole number (got 'lots').", output, StringComparison.Ordinal);
        Assert.Contains("3 rows: 2 to create, 0 to update, 0 skipped, 1 rejected.", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", output, StringComparison.Ordinal);
        Assert.Empty(await world.ServicesAsync(organisation));
    }

    [Fact]
    public async Task A_dry_run_reports_and_writes_nothing()
    {
        var organisation = await world.NewOrganisationAsync();

        var (exit, output, _) = world.Import("--organisation", organisation, "--file", world.File("services.csv", ThreeServices), "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("3 rows: 3 to create, 0 to update, 0 skipped, 0 rejected.", output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was written.", output, StringComparison.Ordinal);
        Assert.Empty(await world.ServicesAsync(organisation));
    }

    [Fact]
    public async Task Importing_a_file_again_changes_the_same_services_at_their_next_version()
    {
        var organisation = await world.NewOrganisationAsync();
        var file = world.File("services.csv", ThreeServices);
        Assert.Equal(0, world.Import("--organisation", organisation, "--file", file).Exit);
        var first = await world.ServicesAsync(organisation);
        await world.Cypher.RunAsync(new CypherStatement("test: pause", "MATCH (s:Service {id: $id}) SET s.status = 'PAUSED'", new Dictionary<string, object?> { ["id"] = first[1].Id }));
        var changed = ThreeServices.Replace("Hull Food Hub", "HULL  food hub", StringComparison.Ordinal).Replace("LIFESTYLE;HEALTH", "HEALTH;ALCOHOL", StringComparison.Ordinal);

        var (dryExit, dryOutput, _) = world.Import("--organisation", organisation, "--file", file, "--dry-run");
        var (exit, output, _) = world.Import("--organisation", organisation, "--file", world.File("services.csv", changed));

        Assert.Equal((0, 0), (dryExit, exit));
        Assert.Contains("3 rows: 0 to create, 3 to update", dryOutput, StringComparison.Ordinal);
        Assert.Contains("3 rows: 0 created, 3 updated", output, StringComparison.Ordinal);
        var again = await world.ServicesAsync(organisation);
        Assert.Equal(first.Select(s => s.Id).Order(), again.Select(s => s.Id).Order());
        Assert.All(again, s => Assert.Equal(2, s.Version));
        Assert.Equal(["ALCOHOL", "HEALTH"], again.Single(s => s.Name == "HULL  food hub").Needs);
        // An import changes a listing, never its status.
        Assert.Equal("PAUSED", again.Single(s => s.Id == first[1].Id).Status);
        Assert.Equal(2, (await world.AuditAsync(first[0].Id)).Count);
    }

    [Fact]
    public async Task A_row_naming_another_organisations_service_is_rejected_and_that_service_is_untouched()
    {
        var theirs = await world.NewOrganisationAsync();
        Assert.Equal(0, world.Import("--organisation", theirs, "--file", world.File("services.csv", ThreeServices)).Exit);
        var target = (await world.ServicesAsync(theirs))[0];
        var ours = await world.NewOrganisationAsync();
        var file = world.File("services.csv", $"{Header}\n{target.Id},Taken over,,HEALTH,53.7,-0.3,,,,,,,,,,\n,Our own,,HEALTH,53.7,-0.3,,,,,,,,,,\n");

        var (exit, output, _) = world.Import("--organisation", ours, "--file", file);

        Assert.Equal(1, exit);
        Assert.Contains($"rejected line 2, id: '{target.Id}' is a service of '{theirs}', not of '{ours}'", output, StringComparison.Ordinal);
        Assert.Empty(await world.ServicesAsync(ours));
        var after = (await world.ServicesAsync(theirs))[0];
        Assert.Equal((target.Id, target.Name, target.Version), (after.Id, after.Name, after.Version));
    }

    [Fact]
    public async Task The_example_files_import_as_documented()
    {
        var organisation = await world.NewOrganisationAsync();

        var csv = world.Import("--organisation", organisation, "--file", RepositoryPaths.Combine("seed", "import-examples", "services.csv"));
        var oruk = world.Import("--organisation", organisation, "--file", RepositoryPaths.Combine("seed", "import-examples", "services.oruk.json"));

        Assert.Equal((0, 0), (csv.Exit, oruk.Exit));
        Assert.Contains("4 rows: 4 created, 0 updated, 0 skipped, 0 rejected.", csv.Output, StringComparison.Ordinal);
        Assert.Contains("skipped [2] (id 5f0c7a52-8d1e-4b7a-9a51-3c2f5e1d0a03): Its status is 'defunct'", oruk.Output, StringComparison.Ordinal);
        Assert.Contains("3 rows: 2 created, 0 updated, 1 skipped, 0 rejected.", oruk.Output, StringComparison.Ordinal);
        var services = (await world.ServicesAsync(organisation)).ToDictionary(s => s.Name);
        Assert.Equal(6, services.Count);
        Assert.Equal(["FINANCE_BENEFIT_DEBT"], services["Hessle Road Money Advice"].Needs);
        Assert.True(services["Humber Wellbeing Online"].Online);
        Assert.True(services["Orchard Park Women's Circle"].WomenOnly);
    }

    [Fact]
    public async Task A_long_file_is_written_in_one_transaction_in_batches_with_progress_on_standard_error()
    {
        var organisation = await world.NewOrganisationAsync();
        var rows = ServiceImportStore.BatchSize * 2 + 100;
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $",Generated service {i},,HEALTH;LIFESTYLE,{53.7 + i * 0.0001},-0.33,,,,,,,10,,,\n");
        }

        var (exit, output, error) = world.Import("--organisation", organisation, "--file", world.File("many.csv", csv.ToString()));

        Assert.Equal(0, exit);
        Assert.Contains($"{rows} rows: {rows} created", output, StringComparison.Ordinal);
        Assert.Equal([$"Wrote 500 of {rows} services.", $"Wrote 1000 of {rows} services.", $"Wrote {rows} of {rows} services."],
            error.Split('\n').Where(l => l.StartsWith("Wrote", StringComparison.Ordinal)));
        Assert.Equal(rows, (await world.ServicesAsync(organisation)).Count);
    }

    [Fact]
    public async Task An_unknown_organisation_or_a_file_that_cannot_be_read_imports_nothing()
    {
        var organisation = await world.NewOrganisationAsync();

        var unknown = world.Import("--organisation", "org-nowhere", "--file", world.File("services.csv", ThreeServices));
        var badHeader = world.Import("--organisation", organisation, "--file", world.File("bad.csv", ThreeServices.Replace("capacity", "capacty", StringComparison.Ordinal)));

        Assert.Equal((1, 1), (unknown.Exit, badHeader.Exit));
        Assert.Contains("No organisation with id 'org-nowhere'.", unknown.Output, StringComparison.Ordinal);
        Assert.Contains("bad.csv was not imported: Unknown column 'capacty'", badHeader.Output, StringComparison.Ordinal);
        Assert.Empty(await world.ServicesAsync(organisation));
    }

    [Fact]
    public async Task Without_neo4j_the_import_finds_the_local_Neo4j_the_hub_runs()
    {
        var organisation = await world.NewOrganisationAsync();
        var environment = new Dictionary<string, string>
        {
            ["Neo4j__Local__CacheDirectory"] = world.Instance.Parent!.Parent!.FullName,
            ["Neo4j__Local__Instance"] = world.Instance.Name,
        };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(["import", "--organisation", organisation, "--file", world.File("services.csv", ThreeServices), "--dry-run"], output, error, environment.GetValueOrDefault);

        Assert.Equal(0, exit);
        Assert.Contains("3 rows: 3 to create", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_Neo4j_the_import_says_to_start_the_hub()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var file = world.File("services.csv", ThreeServices);

        var exit = CliApp.Run(["import", "--organisation", "org-0001", "--file", file], output, error,
            name => name == "Neo4j__Local__Instance" ? "no-such-instance" : null);

        Assert.Equal(3, exit);
        Assert.Contains("'no-such-instance'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Start the hub", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--file", "services.csv")]
    [InlineData("--organisation", "svc-0001", "--file", "services.csv")]
    [InlineData("--organisation", "org-0001", "--file", "services.txt")]
    [InlineData("--organisation", "org-0001", "--file", "services.csv", "--format", "xml")]
    [InlineData("--organisation", "org-0001", "--file", "services.csv", "--neo4j", "bolt://localhost:7687")]
    [InlineData("--organisation", "org-0001", "--file", "services.csv", "--force")]
    [InlineData("--organisation", "org-0001", "--file", "does-not-exist.csv")]
    public void Bad_arguments_exit_2_with_a_message(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(["import", .. args.Select(a => a == "services.csv" ? world.File("services.csv", ThreeServices) : a)], output, error, _ => null);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.NotEmpty(error.ToString());
    }
}
