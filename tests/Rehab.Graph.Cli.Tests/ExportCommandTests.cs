using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Listings.Import;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Cli.Tests;

/// <summary>The export command end to end, on the demo region's services, and its round trip through import.</summary>
[Collection(DemoRegionCollection.Name)]
public sealed class ExportCommandTests(DemoRegionWorld world)
{
    [Fact]
    public async Task An_export_lists_exactly_the_organisations_open_services_in_both_formats()
    {
        // org-0022's services are exported by no other test, so their statuses are this test's to change.
        var services = await world.ServicesAsync("org-0022");
        var (paused, closed) = (services[0].Id, services[1].Id);
        await world.SetStatusAsync(paused, ServiceStatus.Paused);
        await world.SetStatusAsync(closed, ServiceStatus.Closed);
        var open = services.Select(s => s.Id).Where(id => id != closed).Order(StringComparer.Ordinal).ToList();

        var csv = world.Run("export", "--organisation", "org-0022");
        var oruk = world.Run("export", "--organisation", "org-0022", "--format", "oruk");

        Assert.Equal((0, 0), (csv.Exit, oruk.Exit));
        Assert.Equal(4, open.Count);
        Assert.Equal(open, CsvServiceFile.Read(Utf8(csv.Output)).Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.StartsWith("id,name,description,needs,latitude,longitude,online,womenOnly,minAge,maxAge,languages,unsuitableFor,capacity,waitingDays,openingTimes,referralRoute,addressLines,town,postcode,contactName,contactEmail,contactPhone,contactUrl\n", csv.Output, StringComparison.Ordinal);
        // Open Referral UK ids are the UUIDs of ours.
        static string Uuid(string id) => OpenReferralIds.Text(OpenReferralIds.Of(id));
        var exported = JsonNode.Parse(oruk.Output)!.AsArray();
        var statuses = exported.ToDictionary(s => s!["id"]!.GetValue<string>(), s => s!["status"]!.GetValue<string>());
        Assert.Equal(open.Select(Uuid).Order(StringComparer.Ordinal), statuses.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("temporarily closed", statuses[Uuid(paused)]);
        Assert.All(open.Where(id => id != paused), id => Assert.Equal("active", statuses[Uuid(id)]));
        Assert.All(exported, service => Assert.Empty(OpenReferralSchemas.Problems(service, "compiled/service")));
        Assert.Contains("Exported 4 services of org-0022 (1 paused) as CSV to standard output.", csv.Error, StringComparison.Ordinal);
        Assert.Contains("which Open Referral UK has no field for", oruk.Error, StringComparison.Ordinal);
        // The import reads the file back: the active services in full, the paused one skipped, as it is not "active".
        var read = OpenReferralServiceFile.Read(Utf8(oruk.Output));
        Assert.Equal(open.Where(id => id != paused).Select(Uuid).Order(StringComparer.Ordinal), read.Where(r => r.Problems.Count == 0 && r.SkipReason is null).Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Single(read, r => r.SkipReason is not null);
    }

    [Theory]
    [InlineData("org-0017")]
    [InlineData("org-0054")]
    public async Task Exporting_CSV_and_importing_it_into_the_same_organisation_changes_no_field(string organisation)
    {
        var before = await world.ServicesAsync(organisation);
        var file = Path.Combine(world.Folder("round-trip"), "services.csv");

        var export = world.Run("export", "--organisation", organisation, "--out", file);
        var import = world.Run("import", "--organisation", organisation, "--file", file);

        Assert.Equal((0, 0), (export.Exit, import.Exit));
        Assert.Empty(export.Output);
        Assert.Contains($"{before.Count} rows: 0 created, {before.Count} updated, 0 skipped, 0 rejected.", import.Output, StringComparison.Ordinal);
        var after = (await world.ServicesAsync(organisation)).ToDictionary(s => s.Id);
        Assert.All(before, s => Assert.NotNull(s.Contact));
        Assert.Equal(before.Select(s => s.Id).Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, s =>
        {
            Assert.Equal(DemoRegionWorld.Fields(s), DemoRegionWorld.Fields(after[s.Id]));
            Assert.Equal(s.Version + 1, after[s.Id].Version);
        });
    }

    [Fact]
    public async Task Exporting_Open_Referral_UK_and_importing_it_changes_no_field_keeping_those_the_format_cannot_carry()
    {
        // org-0054 has an online service, which Open Referral UK places at a virtual location.
        var before = await world.ServicesAsync("org-0054");
        var file = Path.Combine(world.Folder("round-trip"), "services.json");

        var export = world.Run("export", "--organisation", "org-0054", "--out", file);
        var import = world.Run("import", "--organisation", "org-0054", "--file", file);

        Assert.Equal((0, 0), (export.Exit, import.Exit));
        Assert.Contains($"{before.Count} rows: 0 created, {before.Count} updated", import.Output, StringComparison.Ordinal);
        var after = (await world.ServicesAsync("org-0054")).ToDictionary(s => s.Id);
        Assert.Contains(before, s => s.Online);
        Assert.Contains(before, s => s.Capacity is not null || s.WaitingDays is not null || s.ReferralRoute is not null);
        Assert.Contains(before, s => s is { Contact.Phone: not null, Address.Postcode: not null });
        Assert.All(before, s => Assert.Equal(DemoRegionWorld.Fields(s), DemoRegionWorld.Fields(after[s.Id])));
    }

    [Fact]
    public async Task An_export_of_every_organisation_holds_each_ones_open_services_and_every_one_validates()
    {
        static string Uuid(string id) => OpenReferralIds.Text(OpenReferralIds.Of(id));
        var file = Path.Combine(world.Folder("all"), "directory.json");

        var (exit, output, error) = world.Run("export", "--all", "--out", file);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        var organisations = await world.OrganisationIdsAsync();
        var expected = new List<(string Service, string Organisation)>();
        foreach (var organisation in organisations)
        {
            expected.AddRange((await world.ServicesAsync(organisation)).Select(s => (Uuid(s.Id), Uuid(organisation))));
        }

        var exported = JsonNode.Parse(File.ReadAllText(file))!.AsArray();
        Assert.Equal(
            expected.Order(),
            exported.Select(s => (s!["id"]!.GetValue<string>(), s["organization"]!["id"]!.GetValue<string>())).Order());
        Assert.All(exported, service => Assert.Empty(OpenReferralSchemas.Problems(service, "compiled/service")));
        Assert.Contains($"Read {organisations.Count} of {organisations.Count} organisations, {expected.Count} services so far...", error, StringComparison.Ordinal);
        Assert.Contains($"Exported {expected.Count} services of every organisation", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hubs_download_for_admins_is_the_very_file_export_all_writes()
    {
        var file = Path.Combine(world.Folder("download"), "directory.json");
        var cli = world.Run("export", "--all", "--out", file);
        await using var hub = new HubFactory(world.Uri, seedDemoData: false);
        await hub.StartAsync();
        var path = new Uri("/exports/openreferral.json", UriKind.Relative);

        using var admin = await hub.CreateClient(new Caller(CallerRole.Admin, null, null)).GetAsync(path, TestContext.Current.CancellationToken);
        using var partner = await hub.CreateClient(new Caller(CallerRole.Partner, null, "org-0001")).GetAsync(path, TestContext.Current.CancellationToken);
        using var anonymous = await hub.CreateClient(null).GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(0, cli.Exit);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("application/json", admin.Content.Headers.ContentType!.MediaType);
        Assert.Equal("directory-openreferral.json", admin.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(File.ReadAllBytes(file), await admin.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (partner.StatusCode, anonymous.StatusCode));
        Assert.Equal("Bearer", Assert.Single(anonymous.Headers.WwwAuthenticate).Scheme);
        Assert.Contains("Only admins", await partner.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_output_and_a_file_get_the_same_export()
    {
        var file = Path.Combine(world.Folder("same"), "export.json");

        var piped = world.Run("export", "--organisation", "org-0001", "--format", "oruk");
        var written = world.Run("export", "--organisation", "org-0001", "--out", file);

        Assert.Equal((0, 0), (piped.Exit, written.Exit));
        Assert.Equal(piped.Output, File.ReadAllText(file));
        Assert.Contains($"as Open Referral UK JSON to {file}.", written.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_organisation_exports_nothing()
    {
        var file = Path.Combine(world.Folder("unknown"), "services.csv");

        var (exit, output, error) = world.Run("export", "--organisation", "org-nowhere", "--out", file);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("no organisation with id 'org-nowhere'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData]
    [InlineData("--organisation", "svc-0001")]
    [InlineData("--organisation", "org-0001", "--format", "xml")]
    [InlineData("--organisation", "org-0001", "--out", "services.txt")]
    [InlineData("--organisation", "org-0001", "--neo4j", "bolt://localhost:7687")]
    [InlineData("--organisation", "org-0001", "--all")]
    [InlineData("--all", "--format", "csv")]
    [InlineData("--all", "--out", "directory.csv")]
    [InlineData("--organisation")]
    public void Bad_arguments_exit_2_with_a_message(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(["export", .. args], output, error, _ => null);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.Contains("usage: export", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The fields an Open Referral UK file carries: all but capacity, waiting time, referral route and unsuitableFor.</summary>
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
