using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Referrals;

/// <summary>A referral of a person on the caseload, one request (<c>ReferralPage</c>).</summary>
public sealed class IndexModel(IRehabGraphClient hub) : PersonalPageModel
{
    public ReferralPresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, bool withdrawn, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return NotFoundPage("referral");
        }

        try
        {
            if ((await hub.ReferralPageAsync(new ReferralPageVariables { Id = id }, cancellationToken)).Referral is not { } referral)
            {
                return NotFoundPage("referral");
            }

            Presenter = new ReferralPresenter(referral, withdrawn && referral.Status == ReferralStatus.Withdrawn);
            return Page();
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("referral");
        }
    }
}
