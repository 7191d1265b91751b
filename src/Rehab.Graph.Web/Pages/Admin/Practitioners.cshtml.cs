using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Navigation;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>The practitioners with their caseloads, one request (<c>PractitionersPage</c>) a page.</summary>
[RequiresRole(WebRole.Admin)]
public sealed class PractitionersModel(IRehabGraphClient hub) : PageModel
{
    public PractitionersPresenter Presenter { get; private set; } = null!;

    public async Task OnGetAsync(string? after, string? trail, CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        var position = CursorTrail.Of(after, trail);
        var page = await hub.PractitionersPageAsync(new() { First = PractitionersPresenter.PageSize, After = position.After }, cancellationToken);
        Presenter = new PractitionersPresenter(page.Practitioners, position, TempData[AdminPages.Banner] as string);
    }
}
