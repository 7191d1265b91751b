using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Features.OpenReferral;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Api.Tests;

/// <summary>The map from organisations' Open Referral UK UUIDs to their ids, on the hub's own Neo4j client and directory.</summary>
public sealed class OpenReferralOrganisationIdsTests(RehabGraphApplication app)
{
    private readonly CypherClient _cypher = app.Hub.Services.GetRequiredService<CypherClient>();
    private readonly DirectoryIndex _directory = app.Hub.Services.GetRequiredService<DirectoryIndex>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_ids_are_read_again_only_for_a_UUID_not_known_once_the_directory_has_changed()
    {
        var ids = new OpenReferralOrganisationIds(_cypher);
        var snapshot = await SnapshotAsync();
        var trace = CypherTrace.Begin();

        var unknown = await ids.FindAsync(Guid.NewGuid(), snapshot, Cancel);
        var known = await ids.FindAsync(OpenReferralIds.Of("org-0001"), snapshot, Cancel);
        var unknownAgain = await ids.FindAsync(Guid.NewGuid(), snapshot, Cancel);
        var readsUnchanged = Reads(trace);

        var admin = app.CreateClient(new Caller(CallerRole.Admin, null, null));
        var created = (await admin.DataAsync("mutation { upsertOrganisation(input: {name: \"Withernsea Food Hub\", kind: \"VCSE\"}) { id } }"))["upsertOrganisation"]!["id"]!.GetValue<string>();
        var changed = await SnapshotAsync();
        var knownAfter = await ids.FindAsync(OpenReferralIds.Of("org-0001"), changed, Cancel);
        var readsBeforeNew = Reads(trace);
        var added = await ids.FindAsync(OpenReferralIds.Of(created), changed, Cancel);
        var unknownAfter = await ids.FindAsync(Guid.NewGuid(), changed, Cancel);

        Assert.Equal((null, "org-0001", null), (unknown, known, unknownAgain));
        Assert.Equal(1, readsUnchanged);
        Assert.Equal(("org-0001", 1), (knownAfter, readsBeforeNew));
        Assert.Equal((created, null), (added, unknownAfter));
        Assert.Equal(2, Reads(trace));
    }

    private static int Reads(CypherTrace trace) => trace.Statements.Count(s => s == "Listings/organisation-ids.cypher");

    private async Task<DirectorySnapshot> SnapshotAsync() =>
        await _directory.CatchUpAsync(await _cypher.QueryAsync(_directory.Changes(), Cancel), Cancel);
}
