using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>The partner's organisation page: one request (<c>PartnerPage</c>).</summary>
[RequiresRole(WebRole.Partner)]
[NoStore]
public sealed class IndexModel(IRehabGraphClient hub) : PageModel
{
    public PartnerPresenter Presenter { get; private set; } = null!;

    public async Task OnGetAsync(string? saved, string? imported, string? status, CancellationToken cancellationToken)
    {
        var organisation = WebUser.From(User)!.OrganisationId ?? string.Empty;
        var page = await hub.PartnerPageAsync(new PartnerPageVariables { OrganisationId = organisation }, cancellationToken);
        Presenter = new PartnerPresenter(page, PartnerPresenter.BannerFor(page, saved, imported, status));
    }
}
