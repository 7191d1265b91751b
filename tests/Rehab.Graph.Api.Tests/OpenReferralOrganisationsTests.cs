using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Features.OpenReferral;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Organisations by the UUIDs Open Referral UK knows them by: the map, on a hub's own Neo4j client and directory, and
/// <c>/openreferral/organizations/{id}</c> across two hubs. In the referral area, since the tests add organisations,
/// which the demo region's tests count.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class OpenReferralOrganisationsTests(ReferralArea area)
{
    private readonly CypherClient _cypher = area.Hub.Services.GetRequiredService<CypherClient>();
    private readonly DirectoryIndex _directory = area.Hub.Services.GetRequiredService<DirectoryIndex>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_organisations_are_read_again_only_once_the_directory_has_changed_and_not_for_unknown_UUIDs()
    {
        var organisations = new OpenReferralOrganisations(_cypher);
        var snapshot = await SnapshotAsync();
        var trace = CypherTrace.Begin();

        var unknown = await FindAsync(organisations, Guid.NewGuid(), snapshot);
        var known = await FindAsync(organisations, OpenReferralIds.Of(ReferralArea.HostOrganisation), snapshot);
        var unknownAgain = await FindAsync(organisations, Guid.NewGuid(), snapshot);
        var page = (await organisations.AsOfAsync(snapshot, Cancel)).Search(null, new PageRequest(100, 0));
        var readsUnchanged = Reads(trace);

        var admin = area.CreateClient(ReferralArea.Admin);
        var created = (await admin.DataAsync("mutation { upsertOrganisation(input: {name: \"Withernsea Food Hub\", kind: \"VCSE\"}) { id } }"))["upsertOrganisation"]!["id"]!.GetValue<string>();
        var changed = await SnapshotAsync();
        var added = await FindAsync(organisations, OpenReferralIds.Of(created), changed);
        var unknownAfter = await FindAsync(organisations, Guid.NewGuid(), changed);
        var searched = (await organisations.AsOfAsync(changed, Cancel)).Search("withernsea food", new PageRequest(100, 0));
        // An older snapshot, as a request that read the directory before the change holds: the newer organisations serve it.
        var older = await FindAsync(organisations, OpenReferralIds.Of(created), snapshot);

        Assert.Equal((null, ReferralArea.HostOrganisation, null), (unknown, known, unknownAgain));
        Assert.Contains(ReferralArea.HostOrganisation, page.Items.Select(o => o.Id));
        Assert.Equal(page.Items.Select(o => o.Name).Order(StringComparer.Ordinal), page.Items.Select(o => o.Name));
        Assert.Equal(1, readsUnchanged);
        Assert.Equal((created, null, created), (added, unknownAfter, older));
        Assert.Equal([created], searched.Items.Select(o => o.Id));
        Assert.Equal(2, Reads(trace));
        // After a change, only the organisations written since were read.
        Assert.Equal(1, trace.Statements.Count(s => s == "Listings/organisations-changed.cypher"));
    }

    [Fact]
    public async Task An_organisation_renamed_takes_its_new_name_and_place_in_the_list_on_every_hub()
    {
        var admin = area.CreateClient(ReferralArea.Admin);
        var created = (await admin.DataAsync("mutation { upsertOrganisation(input: {name: \"Beverley Bike Hub\", kind: \"VCSE\"}) { id version } }"))["upsertOrganisation"]!;
        var id = created["id"]!.GetValue<string>();
        var http = area.Hub.CreateClient(null);
        var (_, before) = await GetAsync(http, "/openreferral/organizations?per_page=200");
        await admin.DataAsync(
            $"mutation {{ upsertOrganisation(input: {{id: \"{id}\", version: {created["version"]!.GetValue<int>()}, name: \"Aaa Beverley Bike Hub\", kind: \"VCSE\"}}) {{ id }} }}");

        var (_, after) = await GetAsync(http, "/openreferral/organizations?per_page=200");

        var uuid = OpenReferralIds.Text(OpenReferralIds.Of(id));
        Assert.Contains("Beverley Bike Hub", Names(before));
        Assert.Equal("Aaa Beverley Bike Hub", after["contents"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == uuid)!["name"]!.GetValue<string>());
        Assert.DoesNotContain("Beverley Bike Hub", Names(after));
        Assert.Equal(Names(after).Order(StringComparer.Ordinal), Names(after));

        static List<string> Names(JsonNode page) => [.. page["contents"]!.AsArray().Select(o => o!["name"]!.GetValue<string>())];
    }

    [Fact]
    public async Task An_organisation_added_on_another_hub_is_found_by_the_next_request_and_an_unknown_one_is_404()
    {
        var http = area.Hub.CreateClient(null);
        var unknown = $"/openreferral/organizations/{Guid.NewGuid()}";
        var (before, _) = await GetAsync(http, unknown);
        await using var other = new HubFactory(area.Neo4jUri, seedDemoData: false);
        await other.StartAsync();
        var admin = other.CreateGraphQLClient(ReferralArea.Admin);
        var created = (await admin.DataAsync("mutation { upsertOrganisation(input: {name: \"Holderness Tenancy Trust\", kind: \"VCSE\"}) { id } }"))["upsertOrganisation"]!["id"]!.GetValue<string>();

        var (found, organisation) = await GetAsync(http, $"/openreferral/organizations/{OpenReferralIds.Text(OpenReferralIds.Of(created))}");
        var (after, body) = await GetAsync(http, unknown);

        Assert.Equal(HttpStatusCode.NotFound, before);
        Assert.Equal(HttpStatusCode.OK, found);
        Assert.Equal("Holderness Tenancy Trust", organisation["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, after);
        Assert.Equal("No organization with this id.", body["message"]!.GetValue<string>());
    }

    private static async Task<string?> FindAsync(OpenReferralOrganisations organisations, Guid uuid, DirectorySnapshot snapshot) =>
        (await organisations.AsOfAsync(snapshot, Cancel)).ByOpenReferralId(uuid)?.Id;

    private static int Reads(CypherTrace trace) => trace.Statements.Count(s => s is "Listings/organisations-all.cypher" or "Listings/organisations-changed.cypher");

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!);
    }

    private async Task<DirectorySnapshot> SnapshotAsync() =>
        await _directory.CatchUpAsync(await _cypher.QueryAsync(_directory.Changes(), Cancel), Cancel);
}
