using Rehab.Graph.Web.Pages.Shared;
using Report = Rehab.Graph.Client.ImportServicesResult.ImportServicesData;

namespace Rehab.Graph.Web.Pages.Partner;

public sealed record ImportChangeRow(string Row, string Name, string What, string WhatClass, string? Href);

public sealed record ImportProblemRow(string Row, string Field, string Reason);

/// <summary>
/// What the import page shows: the upload form (with its error), or a dry run's preview: what would be created and
/// changed, rejected rows with why, skipped rows, categories that match no need, and the button to import, only when
/// nothing was rejected.
/// </summary>
public sealed class ImportPresenter(string? error, Report? preview = null, string? payload = null)
{
    public const string Path = "/partner/import";

    public string Title => preview is null ? "Upload services" : "Check the services before you import them";

    public bool HasErrors => error is not null;

    public string? Error => error;

    public IReadOnlyList<ErrorLink> ErrorSummary => error is null ? [] : [new ErrorLink(error, "#" + ImportFile.Field)];

    public bool HasPreview => preview is not null;

    public string FileName => preview?.Source ?? "";

    public string Counts => preview is null ? "" :
        $"{preview.Rows} {(preview.Rows == 1 ? "row" : "rows")}: {preview.Creates} new, {preview.Updates} changed, {preview.Rejected.Select(r => r.Row).Distinct().Count()} rejected, {preview.Skipped.Count} skipped";

    public IReadOnlyList<ImportChangeRow> Changes => preview?.Changes
        .Select(c => new ImportChangeRow(c.Row, c.Name, c.IsNew ? "New" : "Changed", c.IsNew ? "govuk-tag--green" : "govuk-tag--blue", c.IsNew ? null : PartnerPresenter.ServiceHref(c.ServiceId)))
        .ToList() ?? [];

    public IReadOnlyList<ImportProblemRow> Rejected => preview?.Rejected.Select(r => new ImportProblemRow(r.Row, r.Field, r.Reason)).ToList() ?? [];

    public IReadOnlyList<ImportProblemRow> Skipped => preview?.Skipped.Select(r => new ImportProblemRow(r.Row, r.Field, r.Reason)).ToList() ?? [];

    /// <summary>The file's categories (Open Referral UK taxonomy terms) that stand for no need, e.g. "Pets (2 services)".</summary>
    public IReadOnlyList<string> UnmappedTerms => preview?.UnmappedTerms.Select(t => $"{t.Term} ({t.Services} {(t.Services == 1 ? "service" : "services")})").ToList() ?? [];

    /// <summary>Only a file without a rejected row, that changes something, can be imported.</summary>
    public bool CanImport => preview is { Rejected.Count: 0 } && preview.Changes.Count > 0 && payload is not null;

    public string? Payload => CanImport ? payload : null;
}
