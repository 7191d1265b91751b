using GraphQL.Types;
using GraphQL;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Domain.Listings.Import;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Features.Listings;

namespace Rehab.Graph.Api.ListingEdits;

/// <summary>
/// A partner's whole listing from a file, as the CLI's <c>import</c> reads it (seed/IMPORT.md): planned against the
/// graph, and written in one transaction only when no row is rejected. A dry run answers with the same report and
/// writes nothing, so a partner sees what would change before it does.
/// </summary>
internal static class ListingImportFields
{
    public static void AddListingImportMutation(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ServiceImportReportType>>("importServices")
            .Description("Partners: imports your organisation's services from a CSV or Open Referral UK file, whole or not at all (admins: any organisation's). With dryRun, reports what would change and writes nothing.")
            .Argument<NonNullGraphType<ImportServicesInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<ImportServicesInput>("input");
                var (import, plan) = await c.Listings().ImportAsync(new ImportRequest(i.OrganisationId, i.Format, i.Content, i.FileName, i.DryRun), c.Caller(), (_, _) => { }, c.CancellationToken);
                return new ServiceImportReport(import, plan, i.DryRun);
            });
}

public sealed record ImportServicesInput(string? OrganisationId, ImportFormat Format, string Content, string? FileName, bool DryRun);

public sealed class ImportServicesInputType : InputObjectGraphType<ImportServicesInput>
{
    public ImportServicesInputType()
    {
        Name = "ImportServicesInput";
        Description = "A file of services, as text (UTF-8), within the hub's request size limit.";
        Field(i => i.OrganisationId, typeof(IdGraphType)).Description("Partners: absent or your own organisation. Admins: the organisation to import into.");
        Field(i => i.Format, typeof(NonNullGraphType<ServiceFileFormatType>));
        Field(i => i.Content).Description("The file's text: CSV with a header line, or Open Referral UK JSON (see seed/IMPORT.md).");
        Field(i => i.FileName, nullable: true).Description("The file's name, for the report and the audit trail.");
        Field(i => i.DryRun).Description("True: plan and report only, write nothing.");
    }
}

public sealed class ServiceFileFormatType : EnumerationGraphType<ImportFormat>
{
    public ServiceFileFormatType()
    {
        Name = "ServiceFileFormat";
        Description = "CSV (one service per row) or ORUK (Open Referral UK JSON services).";
    }
}

/// <summary>What an import did, or in a dry run would do, with each row of the file.</summary>
public sealed record ServiceImportReport(ServiceImport Import, ImportPlan Plan, bool DryRun)
{
    /// <summary>Written only by a real run of a file with no rejected row.</summary>
    public bool Written => !DryRun && Plan.IsWritable;
}

public sealed class ServiceImportReportType : ObjectGraphType<ServiceImportReport>
{
    public ServiceImportReportType()
    {
        Name = "ServiceImportReport";
        Field<NonNullGraphType<StringGraphType>>("source").Resolve(c => c.Source.Import.Source);
        Field<NonNullGraphType<IdGraphType>>("organisationId").Resolve(c => c.Source.Import.OrganisationId);
        Field(r => r.DryRun);
        Field(r => r.Written).Description("True when the services were written; a file with a rejected row writes nothing.");
        Field<NonNullGraphType<IntGraphType>>("rows").Resolve(c => c.Source.Import.Rows.Count);
        Field<NonNullGraphType<IntGraphType>>("creates").Resolve(c => c.Source.Plan.Creates);
        Field<NonNullGraphType<IntGraphType>>("updates").Resolve(c => c.Source.Plan.Updates);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportChangeType>>>>("changes")
            .Description("The services each row creates or changes, in file order.")
            .Resolve(c => c.Source.Plan.Writes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowProblemType>>>>("rejected")
            .Description("Every problem of every rejected row, in the file's own field names.")
            .Resolve(c => c.Source.Plan.Rejections.SelectMany(r => r.Problems.Select(p => new ImportRowProblem(r.Row.Position, p.Field, p.Reason))).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowProblemType>>>>("skipped")
            .Description("Rows the file itself marks as not to be listed; field is \"(row)\".")
            .Resolve(c => c.Source.Plan.Skips.Select(s => new ImportRowProblem(s.Row.Position, "(row)", s.Reason)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnmappedTermType>>>>("unmappedTerms")
            .Description("Open Referral UK taxonomy terms of the file that stand for no need, which the rows leave out, most used first. Always empty for CSV.")
            .Resolve(c => UnmappedTerm.Of(c.Source.Import.Rows));
    }
}

public sealed class UnmappedTermType : ObjectGraphType<UnmappedTerm>
{
    public UnmappedTermType()
    {
        Name = "UnmappedTerm";
        Field(t => t.Term).Description("The term as the file names it: its name, else its term, else its id.");
        Field(t => t.Services).Description("How many services of the file carry it.");
    }
}

public sealed record ImportRowProblem(string Row, string Field, string Reason);

public sealed class ImportRowProblemType : ObjectGraphType<ImportRowProblem>
{
    public ImportRowProblemType()
    {
        Name = "ImportRowProblem";
        Field(p => p.Row).Description("Where in the file, e.g. \"line 4\" or \"services[2]\".");
        Field(p => p.Field);
        Field(p => p.Reason);
    }
}

public sealed class ImportChangeType : ObjectGraphType<ImportWrite>
{
    public ImportChangeType()
    {
        Name = "ImportChange";
        Field<NonNullGraphType<StringGraphType>>("row").Resolve(c => c.Source.Row.Position);
        Field<NonNullGraphType<IdGraphType>>("serviceId").Resolve(c => c.Source.ServiceId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Edit.Name);
        Field<NonNullGraphType<BooleanGraphType>>("isNew").Description("True: a new service; false: a change to a stored one.").Resolve(c => c.Source.IsNew);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version it is (or would be) written at.").Resolve(c => c.Source.Version);
    }
}
