using System.Text.Json.Nodes;
using Rehab.Graph.Domain.OpenReferral;

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

        var ids = services.Select(s => s!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Contains(OpenReferralIds.Text(OpenReferralIds.Of("svc-0001")), ids);
        Assert.Equal(services.Count, ids.Count);
        Assert.InRange(services.Count, 150, 160);
    }

    [Fact]
    public async Task Anyone_else_is_refused_as_the_hub_refuses_them()
    {
        await Assert.ThrowsAsync<RehabGraphUnauthenticatedException>(() => hub.Client().OpenReferralExportAsync(Cancel));
        await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => hub.Client(OperationCases.Partner).OpenReferralExportAsync(Cancel));
    }
}
