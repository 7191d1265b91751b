using System.Text;
using Rehab.Graph.Domain.Listings.Import;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Cli;

/// <summary>
/// <c>export --organisation ORG_ID [--format csv|oruk] [--out PATH] [--neo4j URI]</c>: writes an organisation's
/// services, active and paused, in the form <c>import</c> reads, each with its id, so that importing the file into
/// the same organisation changes no field (see seed/IMPORT.md). Closed services are left out: they are gone from the
/// directory, and an import matches names against the open ones only. The file goes to <c>--out</c> or standard
/// output, and everything else to standard error, so the output can be piped. Exit codes: 0 exported; 1 no such
/// organisation; 2 bad arguments or an unwritable file; 3 no Neo4j to export from.
/// </summary>
internal static class ExportCommand
{
    public const string Usage = "usage: export --organisation ORG_ID [--format csv|oruk] [--out PATH] [--neo4j URI]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        ExportOptions options;
        try
        {
            options = ExportOptions.Parse(args, environment);
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }

        var uri = await Neo4jTarget.ResolveAsync(options.Neo4j, "export from", error, environment);
        if (uri is null)
        {
            return 3;
        }

        using var http = new HttpClient();
        IReadOnlyList<ServiceListing> services;
        try
        {
            var neo4j = await Neo4jTarget.ConnectAsync(http, uri, environment);
            // The very reads an import matches its rows against: the organisation, and its services that are not closed.
            IReadOnlyList<string> ids = [options.OrganisationId];
            var results = await neo4j.Cypher.RunAsync([ListingQueries.OrganisationsById.Statement(ids), ListingQueries.ServicesByOrganisation.Statement(ids)]);
            if (!ListingQueries.OrganisationsById.Read(results[0], ids).ContainsKey(options.OrganisationId))
            {
                error.WriteLine($"Nothing was exported: no organisation with id '{options.OrganisationId}'.");
                return 1;
            }

            services = ListingQueries.ServicesByOrganisation.Read(results[1], ids)[options.OrganisationId];
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
        {
            error.WriteLine($"Neo4j at {uri} failed, so nothing was exported: {e.Message}");
            return 3;
        }

        try
        {
            Write(options, services, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot write the file: {e.Message}");
            return 2;
        }

        error.WriteLine($"Exported {services.Count} services of {options.OrganisationId} ({services.Count(s => s.Status == ServiceStatus.Paused)} paused) " +
            $"as {(options.Format == ImportFormat.Csv ? "CSV" : "Open Referral UK JSON")} to {options.Out ?? "standard output"}.");
        var unwritten = services.Count(s => s.Capacity is not null || s.WaitingDays is not null || s.ReferralRoute is not null || s.UnsuitableFor.Count > 0);
        if (options.Format == ImportFormat.Oruk && unwritten > 0)
        {
            error.WriteLine($"{unwritten} of them have a capacity, waiting time, referral route or risks they are unsuitable for, which Open Referral UK has " +
                "no field for: the file leaves them out (importing it keeps the stored ones). To edit them in a file, export CSV.");
        }

        return 0;
    }

    private static void Write(ExportOptions options, IReadOnlyList<ServiceListing> services, TextWriter output)
    {
        Action<IReadOnlyList<ServiceListing>, TextWriter> write = options.Format == ImportFormat.Csv ? CsvServiceFile.Write : OpenReferralServiceFile.Write;
        if (options.Out is null)
        {
            write(services, output);
            return;
        }

        // Without a byte order mark, which a reader could take for part of the first column's name.
        using var text = new StringWriter();
        write(services, text);
        File.WriteAllText(options.Out, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private sealed record ExportOptions(string OrganisationId, ImportFormat Format, string? Out, Uri? Neo4j)
    {
        public static ExportOptions Parse(string[] args, Func<string, string?> environment)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--organisation" or "--format" or "--out" or "--neo4j" when i + 1 < args.Length:
                        values[args[i][2..]] = args[++i];
                        break;
                    default:
                        throw new ArgumentException($"Unexpected argument '{args[i]}'.");
                }
            }

            string organisation;
            try
            {
                organisation = Ids.Require(values.GetValueOrDefault("organisation"), Ids.Organisation, "--organisation");
            }
            catch (InvalidInputException e)
            {
                throw new ArgumentException(e.Message);
            }

            var format = values.GetValueOrDefault("format");
            var path = values.GetValueOrDefault("out");
            // Standard output has no extension to tell the format by: CSV, unless --format says otherwise.
            var chosen = path is null && format is null ? ImportFormat.Csv : ImportFormats.For(format, path ?? "");
            return new ExportOptions(organisation, chosen, path, Neo4jTarget.Parse(values.GetValueOrDefault("neo4j"), environment));
        }
    }
}
