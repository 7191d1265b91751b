using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Transitions;

namespace Rehab.Graph.Web.Pages.Caseload;

/// <summary>The offender manager's caseload, one request (<c>CaseloadPage</c>) a page; after a handover, a banner saying who took the person over.</summary>
[RequiresRole(WebRole.OffenderManager)]
public sealed class IndexModel(IRehabGraphClient hub) : PageModel
{
    public CaseloadPresenter Presenter { get; private set; } = null!;

    public string? Banner { get; private set; }

    public async Task OnGetAsync(string? after, string? trail, CancellationToken cancellationToken)
    {
        var position = CursorTrail.Of(after, trail);
        var caseload = await hub.CaseloadPageAsync(new CaseloadPageVariables { First = CaseloadPresenter.PageSize, After = position.After }, cancellationToken);
        Presenter = new CaseloadPresenter(caseload.People, position, caseload.Referrals.Nodes.Select(r => r.Person.Id).OfType<string>().ToList());
        Banner = TempData[TransitionPaths.HandoverBanner] as string;
    }
}
