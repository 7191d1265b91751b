using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.ListingEdits;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Neo4j.Organisations;

namespace Rehab.Graph.Neo4j.ListingImport;

/// <summary>What an import plans against: the organisation (null when there is none), the services the rows may name, and the need codes the graph has.</summary>
public sealed record ImportGraph(OrganisationListing? Organisation, IReadOnlyCollection<StoredService> Stored, IReadOnlySet<string> NeedsInGraph);

/// <summary>
/// Imports a partner's services in one Neo4j transaction. The first round trip locks the organisation and its
/// services and reads them after the lock; the caller's plan decides every row against them; then, only if no row is
/// rejected, the services and one audit entry each are written in batches of <see cref="BatchSize"/> rows, the last
/// batch with the commit. A rejected row or any failure rolls the whole file back.
/// </summary>
public sealed class ServiceImportStore(CypherClient cypher, TimeProvider clock)
{
    /// <summary>Rows per statement: small enough for a short request, large enough that a big file takes few round trips.</summary>
    public const int BatchSize = 500;

    /// <summary>Organisations a dry run of several reads in one round trip.</summary>
    public const int OrganisationsPerCheck = 500;

    /// <summary>Plans the import against the graph as it is now, and writes nothing.</summary>
    public async Task<ImportPlan> DryRunAsync(ServiceImport import, Func<ImportGraph, ImportPlan> plan, CancellationToken cancellationToken) =>
        (await DryRunAsync([import], (_, graph) => plan(graph), (_, _) => { }, cancellationToken))[0];

    /// <summary>
    /// Plans imports into several organisations (a whole directory's) against the graph as it is now, reading
    /// <see cref="OrganisationsPerCheck"/> organisations a round trip, and writes nothing; after each round trip,
    /// <paramref name="checkedSoFar"/> hears how many organisations of how many are planned. An import into an
    /// organisation the graph does not hold plans against none of its services.
    /// </summary>
    public async Task<IReadOnlyList<ImportPlan>> DryRunAsync(
        IReadOnlyList<ServiceImport> imports, Func<ServiceImport, ImportGraph, ImportPlan> plan, Action<int, int> checkedSoFar, CancellationToken cancellationToken)
    {
        var plans = new List<ImportPlan>(imports.Count);
        foreach (var chunk in imports.Chunk(OrganisationsPerCheck))
        {
            IReadOnlyList<string> organisationIds = [.. chunk.Select(i => i.OrganisationId).Distinct(StringComparer.Ordinal)];
            var ids = chunk.SelectMany(NamedIds).Distinct(StringComparer.Ordinal).ToList();
            var results = await cypher.RunAsync(
            [
                ListingQueries.OrganisationsById.Statement(organisationIds),
                ListingQueries.ServicesByOrganisation.Statement(organisationIds),
                ListingQueries.ServicesById.Statement(ids),
                NeedLabels(chunk.SelectMany(i => i.Rows)),
            ], cancellationToken);
            var organisations = ListingQueries.OrganisationsById.Read(results[0], organisationIds);
            var ofOrganisations = ListingQueries.ServicesByOrganisation.Read(results[1], organisationIds);
            var named = ListingQueries.ServicesById.Read(results[2], ids).Values;
            var needs = results[3].Read<NeedRef>("row").Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
            plans.AddRange(chunk.Select(import =>
                plan(import, Graph(organisations.GetValueOrDefault(import.OrganisationId), [.. ofOrganisations[import.OrganisationId], .. named], needs))));
            checkedSoFar(plans.Count, imports.Count);
        }

        return plans;
    }

    /// <summary>
    /// Plans the import and, if no row is rejected, writes it; after each batch, <paramref name="written"/> hears how
    /// many services of how many are written so far. The plan says what was done: nothing, if any row was rejected.
    /// </summary>
    /// <param name="caller">Who imports, for the audit entries.</param>
    /// <param name="create">An organisation new to the hub, created under the import's organisation id in the same transaction.</param>
    public async Task<ImportPlan> ImportAsync(
        ServiceImport import, Func<ImportGraph, ImportPlan> plan, Caller caller, Action<int, int> written, CancellationToken cancellationToken, OrganisationEdit? create = null)
    {
        try
        {
            return await cypher.InTransactionAsync(async transaction =>
            {
                var ids = NamedIds(import);
                // The reads come after the new organisation's statements, if any: the last four results.
                var results = (await transaction.RunAsync(
                [
                    .. Create(import, create, caller),
                    ListingQueries.OrganisationsById.Statement([import.OrganisationId]),
                    CypherStatement.From("ListingImport/lock-organisation-services.cypher", new Dictionary<string, object?> { ["organisationId"] = import.OrganisationId }) with { ReadsUnderLock = true },
                    ListingQueries.ServicesById.Statement(ids),
                    NeedLabels(import.Rows),
                ])).TakeLast(4).ToList();
                var locked = results[1].Read<ServiceRow>("row").Select(r => r.ToListing());
                var graph = Read(import, results[0], [.. locked, .. ListingQueries.ServicesById.Read(results[2], ids).Values], results[3], plan);
                if (!graph.Plan.IsWritable)
                {
                    throw new RejectedException(graph.Plan);
                }

                var batches = graph.Plan.Writes.Chunk(BatchSize).ToList();
                var done = 0;
                foreach (var batch in batches)
                {
                    var statements = Write(import, graph, batch, caller);
                    if (batch == batches[^1])
                    {
                        // The directory's mark goes last, so no other listing write waits on it while the import runs.
                        await transaction.CommitAsync([.. statements, DirectoryStatements.Touch(services: [.. graph.Plan.Writes.Select(w => w.ServiceId)], organisation: create is null ? null : import.OrganisationId)]);
                    }
                    else
                    {
                        await transaction.RunAsync(statements);
                    }

                    done += batch.Length;
                    written(done, graph.Plan.Writes.Count);
                }

                return graph.Plan;
            }, cancellationToken);
        }
        catch (RejectedException rejected)
        {
            return rejected.Plan;
        }
    }

    /// <summary>The ids rows name that can be service ids at all: the others are rejected without asking the graph.</summary>
    private static List<string> NamedIds(ServiceImport import) =>
        [.. import.Rows.Select(r => r.Id).OfType<string>().Where(id => id.StartsWith(Ids.Service + "-", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];

    /// <summary>The labels of the need codes the rows name: a code the graph lacks gets none, and its rows are rejected.</summary>
    private static CypherStatement NeedLabels(IEnumerable<ImportRow> rows) =>
        CypherStatement.From("ListingEdits/need-labels.cypher", new Dictionary<string, object?>
        {
            ["codes"] = rows.SelectMany(r => r.Draft.Needs ?? []).Distinct(StringComparer.Ordinal).ToList(),
        });

    /// <summary>The statements that create a new organisation, audited, before its services are imported; none for a stored one.</summary>
    private CypherStatement[] Create(ServiceImport import, OrganisationEdit? create, Caller caller)
    {
        if (create is null)
        {
            return [];
        }

        var (write, after) = OrganisationWrites.Upsert(import.OrganisationId, 1, create);
        var audit = AuditEntry.For(caller, clock.GetUtcNow(), AuditActions.OrganisationUpserted, import.OrganisationId, $"created by an import from {import.Source}", null, ListingWrites.Json(after));
        return [write, AuditTrail.Record(audit)];
    }

    private static PlannedImport Read(ServiceImport import, CypherResult organisations, IReadOnlyList<ServiceListing> services, CypherResult needs, Func<ImportGraph, ImportPlan> plan)
    {
        var organisation = ListingQueries.OrganisationsById.Read(organisations, [import.OrganisationId]).GetValueOrDefault(import.OrganisationId);
        var stored = services.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var needLabels = needs.Read<NeedRef>("row").ToDictionary(n => n.Code, StringComparer.Ordinal);
        var planned = plan(Graph(organisation, [.. stored.Values], needLabels.Keys.ToHashSet(StringComparer.Ordinal)));
        return new PlannedImport(organisation!, stored, needLabels, planned);
    }

    private static ImportGraph Graph(OrganisationListing? organisation, IReadOnlyList<ServiceListing> services, IReadOnlySet<string> needs) => new(
        organisation,
        [.. services.DistinctBy(s => s.Id).Select(s => new StoredService(s.Id, s.Organisation.Id, s.Name, s.Version, s.Status, new ReferralDetails(s.Capacity, s.WaitingDays, s.ReferralRoute, s.UnsuitableFor)))],
        needs);

    /// <summary>One batch: the new services, the changed ones, and an audit entry each, with the service before and after as the partner mutations record them.</summary>
    private CypherStatement[] Write(ServiceImport import, PlannedImport graph, ImportWrite[] batch, Caller caller)
    {
        var now = clock.GetUtcNow();
        var created = new List<NewService>();
        var changed = new List<ChangedService>();
        var entries = new List<AuditEntry>(batch.Length);
        foreach (var write in batch)
        {
            var edit = write.Edit;
            var before = write.IsNew ? null : graph.Stored[write.ServiceId];
            var node = new ServiceNode(
                write.ServiceId, edit.Name, edit.Description, edit.Online, edit.Location?.Latitude, edit.Location?.Longitude, edit.WomenOnly, edit.MinAge,
                edit.MaxAge, edit.Languages, edit.UnsuitableFor, edit.Capacity, edit.WaitingDays, edit.OpeningTimes, edit.ReferralRoute,
                EnumCodes.ToCode(before?.Status ?? ServiceStatus.Active), write.Version, edit.Address?.Lines, edit.Address?.Town, edit.Address?.Postcode,
                edit.Contact?.Name, edit.Contact?.Email, edit.Contact?.Phone, edit.Contact?.Url,
                // An import file cannot say whom a service is by and for, so a re-import keeps what its partner set.
                before?.ByAndFor);
            if (before is null)
            {
                created.Add(new NewService(node, edit.Needs));
            }
            else
            {
                var had = before.Needs.Select(n => n.Code).ToList();
                changed.Add(new ChangedService(write.ServiceId, node, [.. edit.Needs.Except(had, StringComparer.Ordinal)], [.. had.Except(edit.Needs, StringComparer.Ordinal)]));
            }

            var after = new ServiceRow(node, OrganisationNode.Of(graph.Organisation), [.. edit.Needs.Select(code => graph.NeedLabels[code])], null).ToListing();
            var summary = $"imported from {import.Source} {write.Row.Position}: {(write.IsNew ? "created" : "changed")} at version {write.Version}";
            entries.Add(AuditEntry.For(caller, now, AuditActions.ServiceImported, write.ServiceId, summary, ListingWrites.Json(before), ListingWrites.Json(after)));
        }

        return
        [
            CypherStatement.From("ListingImport/create-services.cypher", new Dictionary<string, object?>
            {
                ["organisationId"] = import.OrganisationId,
                ["rows"] = created,
            }),
            CypherStatement.From("ListingImport/update-services.cypher", new Dictionary<string, object?> { ["rows"] = changed }),
            AuditTrail.RecordAll(entries),
        ];
    }

    /// <summary>What the import read from the graph, and the plan made from it (which refuses an organisation that is not there).</summary>
    private sealed record PlannedImport(
        OrganisationListing Organisation, IReadOnlyDictionary<string, ServiceListing> Stored, IReadOnlyDictionary<string, NeedRef> NeedLabels, ImportPlan Plan);

    // The rows of create-services.cypher and update-services.cypher. Their properties are the very record the
    // directory reads a service node into, so the import names every property as the reads do.

    private sealed record NewService(ServiceNode Properties, IReadOnlyList<string> Needs);

    private sealed record ChangedService(string Id, ServiceNode Properties, IReadOnlyList<string> AddedNeeds, IReadOnlyList<string> RemovedNeeds);

    /// <summary>Leaves the transaction by an exception, which rolls it back, with the plan that says why.</summary>
    private sealed class RejectedException(ImportPlan plan) : Exception("The import has rejected rows.")
    {
        public ImportPlan Plan { get; } = plan;
    }
}
