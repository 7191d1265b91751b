using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Navigation;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>The organisations, one request (<c>OrganisationsPage</c>) a page.</summary>
[RequiresRole(WebRole.Admin)]
public sealed class OrganisationsModel(IRehabGraphClient hub) : PageModel
{
    public OrganisationsPresenter Presenter { get; private set; } = null!;

    public async Task OnGetAsync(string? after, string? trail, CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        var position = CursorTrail.Of(after, trail);
        var page = await hub.OrganisationsPageAsync(new() { First = OrganisationsPresenter.PageSize, After = position.After }, cancellationToken);
        Presenter = new OrganisationsPresenter(page.Organisations, position, TempData[AdminPages.Banner] as string);
    }
}
