using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Client.Tests;

/// <summary><c>OpenReferralExportAsync</c>: the hub's whole-directory file, for admins, read as it arrives.</summary>
[Collection(ClientHubCollection.Name)]
public sealed class OpenReferralExportTests(ClientHub hub)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_reads_every_service_that_is_not_closed()
    {
        await using var stream = await hub.Client(OperationCases.Admin).OpenReferralExportAsync(Cancel);
        var services = (await JsonNode.ParseAsync(stream, cancellationToken: Cancel))!.AsArray();

        using var anyone = hub.Hub.CreateClient(null);
        var listed = (await anyone.GetFromJsonAsync<JsonObject>("/openreferral/services?per_page=1", Cancel))!["total_items"]!.GetValue<int>();

        var ids = services.Select(s => s!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Contains(OpenReferralIds.Text(OpenReferralIds.Of("svc-0001")), ids);
        Assert.Equal(services.Count, ids.Count);
        // What the public listing counts, give or take the services other tests import or close meanwhile.
        Assert.InRange(services.Count, listed - 5, listed + 5);
        Assert.All(services, service => Assert.Empty(OpenReferralSchemas.Problems(service!, "compiled/service")));
    }

    [Fact]
    public async Task Anyone_else_is_refused_as_the_hub_refuses_them()
    {
        await Assert.ThrowsAsync<RehabGraphUnauthenticatedException>(() => hub.Client().OpenReferralExportAsync(Cancel));
        await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => hub.Client(OperationCases.Partner).OpenReferralExportAsync(Cancel));
    }
}
