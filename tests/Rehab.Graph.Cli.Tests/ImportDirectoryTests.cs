using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Cli.Tests;

/// <summary>
/// <c>import --all</c>: a whole directory's Open Referral UK file, on a demo region of its own (the tests add
/// organisations, which the shared one's seed tests would count).
/// </summary>
public sealed class ImportDirectoryTests(DemoRegionWorld world) : IClassFixture<DemoRegionWorld>
{
    [Fact]
    public async Task Our_own_export_of_every_organisation_comes_back_changing_no_field_and_creating_nothing()
    {
        var file = Path.Combine(world.Folder("round-trip"), "directory.json");
        Assert.Equal(0, world.Run("export", "--all", "--out", file).Exit);
        var before = await EveryServiceAsync();

        var (exit, output, error) = world.Run("import", "--all", "--file", file);

        Assert.Equal(0, exit);
        var organisations = JsonNode.Parse(File.ReadAllText(file))!.AsArray().Select(s => s!["organization_id"]!.GetValue<string>()).Distinct().Count();
        Assert.Contains($"{before.Count} services of {organisations} organisations: 0 organisations created; 0 services created, {before.Count} updated, 0 skipped, 0 rejected.", output, StringComparison.Ordinal);
        Assert.Contains("Written, each organisation in one transaction", output, StringComparison.Ordinal);
        Assert.DoesNotContain("stand for no need", output, StringComparison.Ordinal);
        Assert.Contains("Checked ", error, StringComparison.Ordinal);
        var after = await EveryServiceAsync();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before.Values, s => Assert.Equal(DemoRegionWorld.Fields(s), DemoRegionWorld.Fields(after[s.Id])));
    }

    [Fact]
    public async Task Another_directorys_organisations_are_created_with_their_services_and_terms_it_cannot_map_are_reported()
    {
        var (file, names) = await AnotherDirectoryAsync("other", "Pets");
        var organisationsBefore = (await world.OrganisationIdsAsync()).Count;

        var dryRun = world.Run("import", "--all", "--file", file, "--dry-run");
        var countAfterDryRun = (await world.OrganisationIdsAsync()).Count;
        var (exit, output, _) = world.Run("import", "--all", "--file", file);
        var again = world.Run("import", "--all", "--file", file);

        Assert.Equal((0, 0, 0), (dryRun.Exit, exit, again.Exit));
        Assert.Contains("3 services of 2 organisations: 2 organisations to create; 3 services to create, 0 to update", dryRun.Output, StringComparison.Ordinal);
        Assert.Equal(organisationsBefore, countAfterDryRun);
        Assert.Contains("3 services of 2 organisations: 2 organisations created; 3 services created, 0 updated", output, StringComparison.Ordinal);
        Assert.Contains("'Pets' (1 service)", output, StringComparison.Ordinal);
        Assert.Equal(organisationsBefore + 2, (await world.OrganisationIdsAsync()).Count);
        // The same file again matches the organisations it created, by name, and updates their services.
        Assert.Contains("3 services of 2 organisations: 0 organisations created; 0 services created, 3 updated", again.Output, StringComparison.Ordinal);

        var exported = JsonNode.Parse(world.Run("export", "--all").Output)!.AsArray();
        var imported = exported.Where(s => names.ContainsKey(s!["organization"]!["name"]!.GetValue<string>())).ToList();
        Assert.Equal(3, imported.Count);
        Assert.All(imported, s => Assert.Empty(OpenReferralSchemas.Problems(s!, "compiled/service")));
        Assert.Equal(
            names.Values.SelectMany(n => n).Order(StringComparer.Ordinal),
            imported.Select(s => s!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_service_without_an_organisation_or_with_a_bad_new_one_is_rejected_and_nothing_is_written()
    {
        var (file, _) = await AnotherDirectoryAsync("bad", null, service =>
        {
            if (service["name"]!.GetValue<string>() == "Debt Advice Casework")
            {
                service.AsObject().Remove("organization");
                service.AsObject().Remove("organization_id");
            }
            else
            {
                service["organization"]!["website"] = "ftp://not-a-website.example";
            }
        });
        var organisations = (await world.OrganisationIdsAsync()).Count;

        var (exit, output, _) = world.Run("import", "--all", "--file", file);

        Assert.Equal(1, exit);
        Assert.Contains("organization: A service of a whole directory must name its organisation", output, StringComparison.Ordinal);
        Assert.Contains("organization.website: 'organization.website' must be an http or https address (got 'ftp://not-a-website.example').", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", output, StringComparison.Ordinal);
        Assert.Equal(organisations, (await world.OrganisationIdsAsync()).Count);
    }

    [Theory]
    [InlineData("--all", "--organisation", "org-0001", "--file", "x.json")]
    [InlineData("--all", "--file", "x.csv")]
    [InlineData("--all", "--file", "x.json", "--format", "csv")]
    public void Bad_arguments_are_refused_with_the_usage(params string[] args)
    {
        var (exit, _, error) = world.Run(["import", .. args]);

        Assert.Equal(2, exit);
        Assert.Contains("usage: import --organisation ORG_ID | --all --file PATH", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_JSON_imports_nothing()
    {
        var file = Path.Combine(world.Folder("not-json"), "directory.json");
        File.WriteAllText(file, "{ not json");

        var (exit, output, _) = world.Run("import", "--all", "--file", file);

        Assert.Equal(1, exit);
        Assert.Contains("directory.json was not imported: The file is not JSON", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Three demo services (of org-0022 and of Humber Money Matters) as another directory publishes them: its own UUIDs,
    /// its own names for the organisations, and optionally a term of its own on the first service.
    /// </summary>
    private async Task<(string File, Dictionary<string, List<string>> ServicesByOrganisation)> AnotherDirectoryAsync(string name, string? extraTerm, Action<JsonNode>? change = null)
    {
        var exported = JsonNode.Parse(world.Run("export", "--all").Output)!.AsArray();
        string[] wanted = ["Debt Advice Casework", "Benefits Appeals Support"];
        var picked = exported.Where(s => wanted.Contains(s!["name"]!.GetValue<string>())).Append(exported.First(s => s!["organization"]!["id"]!.GetValue<string>() == OpenReferralIds.Text(OpenReferralIds.Of("org-0022"))));
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var organisationIds = new Dictionary<string, string>();
        var services = new JsonArray();
        var names = new Dictionary<string, List<string>>();
        foreach (var original in picked)
        {
            var service = original!.DeepClone();
            var organisation = service["organization"]!;
            var theirs = organisationIds.TryGetValue(organisation["id"]!.GetValue<string>(), out var id) ? id : organisationIds[organisation["id"]!.GetValue<string>()] = Guid.NewGuid().ToString();
            var organisationName = $"{organisation["name"]!.GetValue<string>()} ({name} {suffix})";
            organisation["id"] = theirs;
            organisation["name"] = organisationName;
            service["organization_id"] = theirs;
            service["id"] = Guid.NewGuid().ToString();
            if (extraTerm is not null && services.Count == 0)
            {
                service["attributes"]!.AsArray().Add(new JsonObject
                {
                    ["id"] = Guid.NewGuid().ToString(),
                    ["link_id"] = service["id"]!.GetValue<string>(),
                    ["taxonomy_term_id"] = Guid.NewGuid().ToString(),
                    ["taxonomy_term"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = extraTerm },
                });
            }

            change?.Invoke(service);
            (names.TryGetValue(organisationName, out var list) ? list : names[organisationName] = []).Add(service["name"]!.GetValue<string>());
            services.Add(service);
        }

        var file = Path.Combine(world.Folder(name), "their-directory.json");
        await File.WriteAllTextAsync(file, services.ToJsonString());
        return (file, names);
    }

    private async Task<Dictionary<string, ServiceListing>> EveryServiceAsync()
    {
        var services = new Dictionary<string, ServiceListing>();
        foreach (var organisation in await world.OrganisationIdsAsync())
        {
            foreach (var service in await world.ServicesAsync(organisation))
            {
                services[service.Id] = service;
            }
        }

        return services;
    }
}
