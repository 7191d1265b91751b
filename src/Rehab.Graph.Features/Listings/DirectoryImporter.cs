using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Listings.Import;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.ListingImport;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Features.Listings;

/// <summary>One organisation of a directory file: the hub's organisation it is, its services' plan, and whether they were written.</summary>
public sealed record DirectoryImportPart(DirectoryOrganisation Organisation, ServiceImport Import, ImportPlan Plan, bool Written = false)
{
    /// <summary>A new organisation is created only with a service to list under it.</summary>
    public bool Creates => Organisation.New is not null && Plan.Writes.Count > 0;
}

/// <summary>What a directory import did, or would do: each organisation's part, and the services whose organisation could not be matched.</summary>
public sealed record DirectoryImportReport(IReadOnlyList<DirectoryImportPart> Parts, IReadOnlyList<ImportRejection> Rejections)
{
    /// <summary>Written only when no service of the whole file is rejected.</summary>
    public bool IsWritable => Rejections.Count == 0 && Parts.All(p => p.Plan.IsWritable);

    /// <summary>The organisation the writing stopped at, changed since the file was checked; those before it are written.</summary>
    public DirectoryImportPart? StoppedAt { get; init; }

    /// <summary>The file's taxonomy terms that stand for no need, most used first, with how many services carry each.</summary>
    public IReadOnlyList<UnmappedTerm> UnmappedTerms => UnmappedTerm.Of(Parts.SelectMany(p => p.Import.Rows).Concat(Rejections.Select(r => r.Row)));
}

/// <summary>
/// Imports a whole directory (another's Open Referral UK data, or our own <c>export --all</c>) for admins: every
/// service's organisation is matched or created (<see cref="DirectoryImportRules"/>), and every organisation's services
/// are planned by the rules of an organisation's import. Nothing is written unless the whole file is writable; then
/// each organisation is written whole in a transaction of its own, so a national file never needs one transaction
/// holding all of it. If writing stops part-way, importing the same file again finishes it: the organisations already
/// written are matched, and their services updated to what they already hold rather than copied.
/// </summary>
public sealed class DirectoryImporter(CypherClient cypher, ServiceImportStore imports, TimeProvider clock)
{
    /// <summary>How often, in organisations written, the progress is told.</summary>
    private const int OrganisationsPerReport = 100;

    /// <param name="progress">Hears how the checking and the writing go, a line at a time.</param>
    public async Task<DirectoryImportReport> ImportAsync(
        string source, IReadOnlyList<DirectoryRow> rows, bool dryRun, Caller caller, Action<string> progress, CancellationToken cancellationToken)
    {
        caller.Require(AccessPolicy.UpsertOrganisation);
        var known = (await cypher.QueryAsync(ListingQueries.AllOrganisations, cancellationToken)).Select(o => new KnownOrganisation(o.Id, o.Name)).ToList();
        var match = DirectoryImportRules.Match(rows, known, caller, () => ListingRules.NewId(Ids.Organisation, clock.GetUtcNow()));
        List<ServiceImport> services = [.. match.Organisations.Select(o => new ServiceImport(o.Id, source, o.Rows, OpenReferralServiceFile.SourceField, CarriesReferralDetails: false))];
        var plans = await imports.DryRunAsync(services, (import, graph) => Plan(import, graph, caller), (done, total) => progress($"Checked {done} of {total} organisations."), cancellationToken);
        var parts = match.Organisations.Select((organisation, i) => new DirectoryImportPart(organisation, services[i], plans[i])).ToList();
        var report = new DirectoryImportReport(parts, match.Rejections);
        if (dryRun || !report.IsWritable)
        {
            return report;
        }

        var toWrite = parts.Count(p => p.Plan.Writes.Count > 0);
        var (writtenOrganisations, writtenServices) = (0, 0);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Plan.Writes.Count == 0)
            {
                continue;
            }

            var plan = await imports.ImportAsync(part.Import, graph => Plan(part.Import, graph, caller), caller, (_, _) => { }, cancellationToken, part.Creates ? part.Organisation.New : null);
            parts[i] = part with { Plan = plan, Written = plan.IsWritable };
            if (!plan.IsWritable)
            {
                // The organisation changed since the file was checked; what is written stays written, and nothing more is.
                return report with { Parts = parts, StoppedAt = parts[i] };
            }

            (writtenOrganisations, writtenServices) = (writtenOrganisations + 1, writtenServices + plan.Writes.Count);
            if (writtenOrganisations % OrganisationsPerReport == 0 || writtenOrganisations == toWrite)
            {
                progress($"Wrote {writtenOrganisations} of {toWrite} organisations, {writtenServices} services so far.");
            }
        }

        return report with { Parts = parts };
    }

    private ImportPlan Plan(ServiceImport import, ImportGraph graph, Caller caller) =>
        ServiceImportRules.Plan(import, graph.Stored, graph.NeedsInGraph, caller, () => ListingRules.NewId(Ids.Service, clock.GetUtcNow()));
}
