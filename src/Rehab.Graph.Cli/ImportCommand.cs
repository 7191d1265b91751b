using System.Diagnostics;
using Rehab.Graph.Domain.Listings.Import;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Features.Listings;
using Rehab.Graph.Neo4j.ListingImport;

namespace Rehab.Graph.Cli;

/// <summary>
/// <c>import --organisation ORG_ID --file PATH [--format csv|oruk] [--dry-run] [--neo4j URI] [--user ID]</c>: imports
/// an organisation's services from a CSV or Open Referral UK file, whole or not at all (see seed/IMPORT.md).
/// <c>import --all --file PATH</c> imports a whole directory's Open Referral UK file, each service under the
/// organisation it names (<see cref="DirectoryImporter"/>). The report goes to standard output, progress to standard
/// error. Exit codes: 0 imported (or, in a dry run, would be); 1 not imported, because of the file or its rows; 2 bad
/// arguments; 3 no Neo4j to import into.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = "usage: import --organisation ORG_ID | --all --file PATH [--format csv|oruk] [--dry-run] [--neo4j URI] [--user ID]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        ImportOptions options;
        try
        {
            options = ImportOptions.Parse(args, environment);
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }

        if (options.OrganisationId is not { } organisationId)
        {
            return await ImportDirectoryAsync(options, output, error, environment);
        }

        var (import, unread) = ReadFile(options.File, path => ImportFormats.Read(options.Format, organisationId, path), output, error);
        if (import is null)
        {
            return unread;
        }

        error.WriteLine($"Read {import.Rows.Count} rows from {import.Source}.");
        return await OnNeo4jAsync(options, error, environment, (uri, failure) => $"Neo4j at {uri} failed, so nothing was written: {failure}", async (cypher, caller) =>
        {
            var listings = new ListingService(cypher, new ServiceImportStore(cypher, TimeProvider.System), TimeProvider.System);
            try
            {
                var started = Stopwatch.StartNew();
                var plan = await listings.ImportAsync(import, options.DryRun, caller, (done, total) => error.WriteLine($"Wrote {done} of {total} services."), CancellationToken.None);
                Report(output, import, plan, options.DryRun, started.Elapsed);
                return plan.IsWritable ? 0 : 1;
            }
            catch (NotFoundException e)
            {
                output.WriteLine($"{import.Source} was not imported: {e.Message}");
                return 1;
            }
        });
    }

    private static async Task<int> ImportDirectoryAsync(ImportOptions options, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var source = Path.GetFileName(options.File);
        var (rows, unread) = ReadFile(options.File, path =>
        {
            using var file = File.OpenRead(path);
            return OpenReferralServiceFile.ReadDirectory(file);
        }, output, error);
        if (rows is null)
        {
            return unread;
        }

        error.WriteLine($"Read {rows.Count} services from {source}.");
        var afterFailure = "Each organisation is written whole or not at all; those written before it failed are kept (see the progress above). " +
            "Import the same file again to finish: they are matched, and their services updated to what they hold, not copied.";
        return await OnNeo4jAsync(options, error, environment, (uri, failure) => $"Neo4j at {uri} failed: {failure}{Environment.NewLine}{afterFailure}", async (cypher, caller) =>
        {
            var importer = new DirectoryImporter(cypher, new ServiceImportStore(cypher, TimeProvider.System), TimeProvider.System);
            var started = Stopwatch.StartNew();
            var report = await importer.ImportAsync(source, rows, options.DryRun, caller, error.WriteLine, CancellationToken.None);
            ReportDirectory(output, source, rows, report, options.DryRun, started.Elapsed);
            return report.IsWritable ? 0 : 1;
        });
    }

    /// <summary>
    /// Runs an import on the Neo4j the options name, as the admin the audit trail names (<c>--user</c>, else "cli"): the
    /// CLI acts for the hub's operators, who manage any organisation's listings. Exit code 3 when there is no Neo4j, or it
    /// fails, said with <paramref name="failed"/> (given where, and why).
    /// </summary>
    private static async Task<int> OnNeo4jAsync(
        ImportOptions options, TextWriter error, Func<string, string?> environment, Func<Uri, string, string> failed, Func<CypherClient, Caller, Task<int>> import)
    {
        var uri = await Neo4jTarget.ResolveAsync(options.Neo4j, "import into", error, environment);
        if (uri is null)
        {
            return 3;
        }

        using var http = new HttpClient();
        try
        {
            var neo4j = await Neo4jTarget.ConnectAsync(http, uri, environment);
            return await import(neo4j.Cypher, new Caller(CallerRole.Admin, null, null, options.User ?? "cli"));
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
        {
            error.WriteLine(failed(uri, e.Message));
            return 3;
        }
    }

    /// <summary>The file read, or none and the exit code that says why: 2 when it cannot be read, 1 when it holds no services.</summary>
    private static (T? Read, int Exit) ReadFile<T>(string path, Func<string, T> read, TextWriter output, TextWriter error)
        where T : class
    {
        try
        {
            return (read(path), 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot read the file: {e.Message}");
            return (null, 2);
        }
        catch (ImportFileException e)
        {
            output.WriteLine($"{Path.GetFileName(path)} was not imported: {e.Message}");
            return (null, 1);
        }
    }

    private static void ReportDirectory(TextWriter output, string source, IReadOnlyList<DirectoryRow> rows, DirectoryImportReport report, bool dryRun, TimeSpan elapsed)
    {
        // Written, all of it or (stopped part-way) the organisations before the stop.
        var written = !dryRun && (report.IsWritable || report.StoppedAt is not null);
        var fileOrder = new Dictionary<ImportRow, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < rows.Count; i++)
        {
            fileOrder[rows[i].Row] = i;
        }

        output.WriteLine($"{source}, a whole directory{(dryRun ? " (dry run)" : "")}:");
        foreach (var part in report.Parts.Where(p => p.Creates))
        {
            output.WriteLine($"  {(part.Written ? "created" : "to create")} organisation {part.Organisation.Id} '{part.Organisation.Name}' " +
                $"(kind {DirectoryImportRules.NewOrganisationKind}), for {Count(part.Plan.Writes.Count, "service")}");
        }

        var rejections = report.Rejections.Concat(report.Parts.SelectMany(p => p.Plan.Rejections)).OrderBy(r => fileOrder[r.Row]);
        foreach (var rejection in rejections)
        {
            foreach (var problem in rejection.Problems)
            {
                output.WriteLine($"  rejected {rejection.Row.Position}, {problem.Field}: {problem.Reason}");
            }
        }

        foreach (var skip in report.Parts.SelectMany(p => p.Plan.Skips))
        {
            output.WriteLine($"  skipped {skip.Row.Position}: {skip.Reason}");
        }

        ReportUnmapped(output, report.UnmappedTerms);

        var counted = written ? [.. report.Parts.Where(p => p.Written)] : report.Parts;
        var plans = counted.Select(p => p.Plan).ToList();
        var done = written ? ("created", "updated") : ("to create", "to update");
        output.WriteLine(
            $"{Count(rows.Count, "service")} of {Count(report.Parts.Count, "organisation")}: {Count(counted.Count(p => p.Creates), "organisation")} {done.Item1}; " +
            $"{Count(plans.Sum(p => p.Creates), "service")} {done.Item1}, {plans.Sum(p => p.Updates)} {done.Item2}, {plans.Sum(p => p.Skips.Count)} skipped, " +
            $"{report.Rejections.Count + plans.Sum(p => p.Rejections.Count)} rejected.");
        output.WriteLine(
            report.StoppedAt is { } stopped
                ? $"Stopped at organisation {stopped.Organisation.Id}, changed since the file was checked (its rejected services above): the organisations before it were written. Import the file again to finish."
            : !report.IsWritable ? "Nothing was written: a directory is imported only when no service of it is rejected. Fix the rejected services and import the file again."
            : dryRun ? "Dry run: nothing was written."
            : $"Written, each organisation in one transaction, in {elapsed.TotalSeconds:0.0} s.");
    }

    private static void ReportUnmapped(TextWriter output, IReadOnlyList<UnmappedTerm> unmapped)
    {
        if (unmapped.Count > 0)
        {
            output.WriteLine("  taxonomy terms that stand for no need (left out; see seed/IMPORT.md for the terms that map): " +
                string.Join(", ", unmapped.Select(t => $"'{t.Term}' ({Count(t.Services, "service")})")));
        }
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static void Report(TextWriter output, ServiceImport import, ImportPlan plan, bool dryRun, TimeSpan elapsed)
    {
        output.WriteLine($"{import.Source} into {import.OrganisationId}{(dryRun ? " (dry run)" : "")}:");
        foreach (var rejection in plan.Rejections)
        {
            foreach (var problem in rejection.Problems)
            {
                output.WriteLine($"  rejected {rejection.Row.Position}, {problem.Field}: {problem.Reason}");
            }
        }

        foreach (var skip in plan.Skips)
        {
            output.WriteLine($"  skipped {skip.Row.Position}: {skip.Reason}");
        }

        ReportUnmapped(output, UnmappedTerm.Of(import.Rows));
        var done = dryRun || !plan.IsWritable ? ("to create", "to update") : ("created", "updated");
        output.WriteLine($"{import.Rows.Count} rows: {plan.Creates} {done.Item1}, {plan.Updates} {done.Item2}, {plan.Skips.Count} skipped, {plan.Rejections.Count} rejected.");
        output.WriteLine(
            !plan.IsWritable ? "Nothing was written: a file is imported whole or not at all. Fix the rejected rows and import the file again."
            : dryRun ? "Dry run: nothing was written."
            : $"Written in one transaction in {elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>What to import: into one organisation, or with no <see cref="OrganisationId"/> a whole directory.</summary>
    private sealed record ImportOptions(string? OrganisationId, string File, ImportFormat Format, bool DryRun, Uri? Neo4j, string? User)
    {
        /// <summary>The Neo4j to write to is <c>--neo4j</c>, else <c>Neo4j__Uri</c> as the hub reads it, else (null) the hub's local one.</summary>
        public static ImportOptions Parse(string[] args, Func<string, string?> environment)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var dryRun = false;
            var all = false;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--dry-run":
                        dryRun = true;
                        break;
                    case "--all":
                        all = true;
                        break;
                    case "--organisation" or "--file" or "--format" or "--neo4j" or "--user" when i + 1 < args.Length:
                        values[args[i][2..]] = args[++i];
                        break;
                    default:
                        throw new ArgumentException($"Unexpected argument '{args[i]}'.");
                }
            }

            string? organisation = null;
            if (all)
            {
                if (values.ContainsKey("organisation"))
                {
                    throw new ArgumentException("Give '--organisation' or '--all', not both.");
                }
            }
            else
            {
                try
                {
                    organisation = Ids.Require(values.GetValueOrDefault("organisation"), Ids.Organisation, "--organisation");
                }
                catch (InvalidInputException e)
                {
                    throw new ArgumentException(e.Message + " Or give '--all' to import a whole directory.");
                }
            }

            var file = values.GetValueOrDefault("file") ?? throw new ArgumentException("'--file' is required.");
            var format = ImportFormats.For(values.GetValueOrDefault("format"), file);
            if (all && format != ImportFormat.Oruk)
            {
                throw new ArgumentException("'--all' imports Open Referral UK JSON only: CSV has no column for the organisation.");
            }

            var neo4j = Neo4jTarget.Parse(values.GetValueOrDefault("neo4j"), environment);
            return new ImportOptions(organisation, file, format, dryRun, neo4j, values.GetValueOrDefault("user"));
        }
    }
}
