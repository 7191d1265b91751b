using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The demo region's co-produced projects (seed/demo-region/projects.json) as the hub serves them once loaded: the
/// running one is in the directory with its grant, and connect offers it to someone near it whose needs it serves.
/// </summary>
public sealed class DemoProjectTests(RehabGraphApplication app)
{
    private static readonly Caller AishaRahman = new(CallerRole.OffenderManager, "prc-07", null);

    private static readonly IReadOnlyList<JsonObject> Seeded = [.. JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("seed", "demo-region", "projects.json")))!.AsArray().Select(p => p!.AsObject())];

    [Fact]
    public async Task The_running_project_is_in_the_directory_with_its_grant_as_seeded()
    {
        var running = Seeded.Single(p => p["status"]!.GetValue<string>() == "RUNNING");
        var grant = running["grant"]!;

        var data = await app.CreateClient().DataAsync("{ projects { totalCount nodes { id title kind needs { code } memberCount members { personId } grantPence grantBalancePence } } }");

        var listed = Assert.Single(data["projects"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == running["id"]!.GetValue<string>())!;
        Assert.Equal(running["title"]!.GetValue<string>(), listed["title"]!.GetValue<string>());
        Assert.Equal(running["members"]!.AsArray().Count, listed["memberCount"]!.GetValue<int>());
        Assert.Empty(listed["members"]!.AsArray());
        Assert.Equal(grant["entries"]![0]!["amountPence"]!.GetValue<int>(), listed["grantPence"]!.GetValue<int>());
        Assert.Equal(grant["balancePence"]!.GetValue<int>(), listed["grantBalancePence"]!.GetValue<int>());
        Assert.Equal(Seeded.Count(p => p["status"]!.GetValue<string>() == "RUNNING"), data["projects"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Connect_offers_the_running_project_to_someone_near_it_who_needs_what_it_serves()
    {
        var running = Seeded.Single(p => p["status"]!.GetValue<string>() == "RUNNING");

        // per-0084, on Aisha Rahman's caseload, needs education, training and employment and lives a few kilometres from it.
        var data = await app.CreateClient(AishaRahman).DataAsync("{ connect(input: {personId: \"per-0084\", first: 5}) { projects { project { id } reasons { code } } } }");

        var match = Assert.Single(data["connect"]!["projects"]!.AsArray(), m => m!["project"]!["id"]!.GetValue<string>() == running["id"]!.GetValue<string>())!;
        Assert.Equal(["NEED", "LIVED_EXPERIENCE", "DISTANCE"], match["reasons"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()).Take(3));
    }
}
