using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.ImmediateJustice;

/// <summary>
/// Immediate Justice for its three roles, one request (<c>ImmediateJusticePage</c>): the hub answers each role with its
/// own cases. A partner without the coordinator duty is refused by the hub: the 403 page.
/// </summary>
[RequiresRole(WebRole.OffenderManager, WebRole.Partner, WebRole.Referrer)]
[NoStore]
public sealed class IndexModel(IRehabGraphClient hub) : PageModel
{
    public ImmediateJusticePresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(bool attention, CancellationToken cancellationToken)
    {
        var user = WebUser.From(User)!;
        if (user.Role == WebRole.Partner && !user.IsImmediateJusticeCoordinator)
        {
            return ImmediateJusticePresenter.NotForThisUser(user).Result(ModelState);
        }

        var page = await hub.ImmediateJusticePageAsync(new ImmediateJusticePageVariables { NeedsAttention = attention && user.Role != WebRole.Referrer ? true : null }, cancellationToken);
        Presenter = new ImmediateJusticePresenter(user, page.ImmediateJusticeCases, attention && user.Role != WebRole.Referrer);
        return Page();
    }
}
