using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// The partner uploads a file of services (<c>ImportServices</c> with dryRun), checks the preview, and imports it. The
/// file's content travels from the preview to the import in a protected, time-limited form field bound to the user's
/// organisation: the browser can carry it but not read or change it.
/// </summary>
[RequiresRole(WebRole.Partner)]
[NoStore]
public sealed class ImportModel(IRehabGraphClient hub, IDataProtectionProvider protection) : PageModel
{
    private static readonly TimeSpan PreviewLifetime = TimeSpan.FromMinutes(30);

    public ImportPresenter Presenter { get; private set; } = null!;

    private string Organisation => WebUser.From(User)!.OrganisationId ?? string.Empty;

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Rehab.Graph.Web.Partner.Import").ToTimeLimitedDataProtector();

    public void OnGet() => Presenter = new ImportPresenter(null);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        byte[]? bytes = null;
        if (file is not null)
        {
            if (file.Length > ImportFile.HubRequestLimit)
            {
                return Refused(ImportFile.TooBig);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        var (upload, error) = ImportFile.Read(file?.FileName, bytes);
        if (upload is null)
        {
            return Refused(error!);
        }

        try
        {
            var report = await hub.ImportServicesAsync(new ImportServicesVariables { Input = upload.Input(Organisation, dryRun: true) }, cancellationToken);
            var payload = Protector.Protect(JsonSerializer.Serialize(new Pending(Organisation, upload.FileName, upload.Format, upload.Content)), PreviewLifetime);
            Presenter = new ImportPresenter(null, report.ImportServices, payload);
            return Page();
        }
        catch (RehabGraphBadUserInputException refused)
        {
            return Refused(refused.Errors[0].Message);
        }
    }

    public async Task<IActionResult> OnPostImportAsync(string? payload, CancellationToken cancellationToken)
    {
        Pending? pending = null;
        try
        {
            pending = payload is null ? null : JsonSerializer.Deserialize<Pending>(Protector.Unprotect(payload));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
        }

        if (pending is null || pending.OrganisationId != Organisation)
        {
            return Refused("The preview has expired. Upload the file again");
        }

        try
        {
            var file = new ImportFile(pending.FileName, pending.Format, pending.Content);
            var report = await hub.ImportServicesAsync(new ImportServicesVariables { Input = file.Input(Organisation, dryRun: false) }, cancellationToken);
            if (!report.ImportServices.Written)
            {
                // The services changed since the preview and a row is now refused: show the new preview, no button.
                Presenter = new ImportPresenter(null, report.ImportServices);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            return Redirect($"{PartnerPresenter.Path}?imported={report.ImportServices.Changes.Count}");
        }
        catch (RehabGraphBadUserInputException refused)
        {
            return Refused(refused.Errors[0].Message);
        }
    }

    private PageResult Refused(string error)
    {
        Presenter = new ImportPresenter(error);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private sealed record Pending(string OrganisationId, string FileName, ServiceFileFormat Format, string Content);
}
