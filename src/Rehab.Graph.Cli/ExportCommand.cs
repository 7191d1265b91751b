using System.Text;
using Rehab.Graph.Domain.Listings.Import;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Cli;

/// <summary>
/// <c>export --organisation ORG_ID [--format csv|oruk] [--out PATH] [--neo4j URI]</c>: writes an organisation's
/// services, active and paused, in the form <c>import</c> reads, each with its id, so that importing the file into
/// the same organisation changes no field (see seed/IMPORT.md). Closed services are left out: they are gone from the
/// directory, and an import matches names against the open ones only. <c>export --all</c> writes every
/// organisation's, in Open Referral UK only, since CSV has no column for the organisation. The file goes to
/// <c>--out</c> or standard output, and everything else to standard error, so the output can be piped. Exit codes: 0
/// exported; 1 no such organisation; 2 bad arguments or an unwritable file; 3 no Neo4j to export from.
/// </summary>
internal static class ExportCommand
{
    public const string Usage = "usage: export --organisation ORG_ID | --all [--format csv|oruk] [--out PATH] [--neo4j URI]";

    /// <summary>Organisations read at a time by <c>--all</c>, and so how often it reports its progress.</summary>
    private const int OrganisationsPerRead = 100;

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
            if (options.OrganisationId is not { } organisationId)
            {
                services = await EveryServiceAsync(neo4j.Cypher, error);
            }
            else
            {
                // The very reads an import matches its rows against: the organisation, and its services that are not closed.
                IReadOnlyList<string> ids = [organisationId];
                var results = await neo4j.Cypher.RunAsync([ListingQueries.OrganisationsById.Statement(ids), ListingQueries.ServicesByOrganisation.Statement(ids)]);
                if (!ListingQueries.OrganisationsById.Read(results[0], ids).ContainsKey(organisationId))
                {
                    error.WriteLine($"Nothing was exported: no organisation with id '{organisationId}'.");
                    return 1;
                }

                services = ListingQueries.ServicesByOrganisation.Read(results[1], ids)[organisationId];
            }
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

        error.WriteLine($"Exported {services.Count} services of {options.OrganisationId ?? "every organisation"} ({services.Count(s => s.Status == ServiceStatus.Paused)} paused) " +
            $"as {(options.Format == ImportFormat.Csv ? "CSV" : "Open Referral UK JSON")} to {options.Out ?? "standard output"}.");
        var unwritten = services.Count(s => s.Capacity is not null || s.WaitingDays is not null || s.ReferralRoute is not null || s.UnsuitableFor.Count > 0);
        if (options.Format == ImportFormat.Oruk && unwritten > 0)
        {
            error.WriteLine($"{unwritten} of them have a capacity, waiting time, referral route or risks they are unsuitable for, which Open Referral UK has " +
                "no field for: the file leaves them out (importing it keeps the stored ones). To edit them in a file, export CSV.");
        }

        return 0;
    }

    /// <summary>Every organisation's open services, organisations by name and each one's services as an import reads them.</summary>
    private static async Task<IReadOnlyList<ServiceListing>> EveryServiceAsync(CypherClient cypher, TextWriter error)
    {
        var services = new List<ServiceListing>();
        for (var offset = 0; ; offset += OrganisationsPerRead)
        {
            var organisations = await cypher.QueryAsync(ListingQueries.Organisations(new OrganisationSearch(null, null, new PageRequest(OrganisationsPerRead, offset))));
            IReadOnlyList<string> ids = [.. organisations.Items.Select(o => o.Id)];
            if (ids.Count > 0)
            {
                var byOrganisation = ListingQueries.ServicesByOrganisation.Read(await cypher.RunAsync(ListingQueries.ServicesByOrganisation.Statement(ids)), ids);
                services.AddRange(ids.SelectMany(id => byOrganisation[id]));
            }

            error.WriteLine($"Read {offset + ids.Count} of {organisations.TotalCount} organisations, {services.Count} services so far...");
            if (!organisations.HasNextPage)
            {
                return services;
            }
        }
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

    /// <summary>What to export: one organisation's services, or with no <see cref="OrganisationId"/> every organisation's.</summary>
    private sealed record ExportOptions(string? OrganisationId, ImportFormat Format, string? Out, Uri? Neo4j)
    {
        public static ExportOptions Parse(string[] args, Func<string, string?> environment)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var all = false;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--organisation" or "--format" or "--out" or "--neo4j" when i + 1 < args.Length:
                        values[args[i][2..]] = args[++i];
                        break;
                    case "--all":
                        all = true;
                        break;
                    default:
                        throw new ArgumentException($"Unexpected argument '{args[i]}'.");
                }
            }

            var format = values.GetValueOrDefault("format");
            var path = values.GetValueOrDefault("out");
            var neo4j = Neo4jTarget.Parse(values.GetValueOrDefault("neo4j"), environment);
            if (all)
            {
                if (values.ContainsKey("organisation"))
                {
                    throw new ArgumentException("Give --organisation or --all, not both.");
                }

                // Open Referral UK is the one format that names each service's organisation.
                return (path is null && format is null ? ImportFormat.Oruk : ImportFormats.For(format, path ?? "")) == ImportFormat.Oruk
                    ? new ExportOptions(null, ImportFormat.Oruk, path, neo4j)
                    : throw new ArgumentException("--all writes Open Referral UK JSON only: CSV has no column for the organisation.");
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

            // Standard output has no extension to tell the format by: CSV, unless --format says otherwise.
            var chosen = path is null && format is null ? ImportFormat.Csv : ImportFormats.For(format, path ?? "");
            return new ExportOptions(organisation, chosen, path, neo4j);
        }
    }
}
