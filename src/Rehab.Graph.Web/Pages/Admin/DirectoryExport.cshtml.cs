using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>
/// The whole directory as Open Referral UK JSON, for another directory to import: the hub's export, passed on to the
/// browser as it arrives, so the app holds none of it at once.
/// </summary>
[RequiresRole(WebRole.Admin)]
public sealed class DirectoryExportModel(IRehabGraphClient hub) : PageModel
{
    private const string FileName = "directory-openreferral.json";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        return File(await hub.OpenReferralExportAsync(cancellationToken), "application/json", FileName);
    }
}
