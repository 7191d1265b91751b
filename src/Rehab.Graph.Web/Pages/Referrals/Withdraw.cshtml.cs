using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Referrals;

/// <summary>
/// Withdraw an open referral: the page (<c>ReferralPage</c>) asks why and is the confirm step; the POST sends
/// <c>WithdrawReferral</c> and goes back to the referral with a success banner.
/// </summary>
public sealed class WithdrawModel(IRehabGraphClient hub) : PersonalPageModel
{
    public string To { get; private set; } = "";

    public string ReferralHref { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => await ShowAsync(id, new WithdrawForm(null), null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string id, string? reason, CancellationToken cancellationToken)
    {
        var form = new WithdrawForm(reason);
        if (!IsId(id))
        {
            return NotFoundPage("referral");
        }

        if (form.Error is { } error)
        {
            return await ShowAsync(id, form, error, cancellationToken);
        }

        try
        {
            await hub.WithdrawReferralAsync(new WithdrawReferralVariables { ReferralId = id, Reason = form.ReasonText! }, cancellationToken);
            return Redirect($"/referrals/{Uri.EscapeDataString(id)}?withdrawn=true");
        }
        catch (RehabGraphBadUserInputException refused) when (refused.Field == "input.reason")
        {
            return await ShowAsync(id, form, refused.Errors[0].Message, cancellationToken);
        }
        catch (RehabGraphConflictException)
        {
            // Someone else finished or declined it first: the referral page says what it is now.
            return Redirect($"/referrals/{Uri.EscapeDataString(id)}");
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("referral");
        }
    }

    private async Task<IActionResult> ShowAsync(string id, WithdrawForm form, string? error, CancellationToken cancellationToken)
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

            ReferralHref = $"/referrals/{Uri.EscapeDataString(referral.Id)}";
            if (!Words.IsOpen(referral.Status))
            {
                return Redirect(ReferralHref);
            }

            To = referral.Service?.Name ?? referral.Placement?.Title ?? "Unknown";
            Reason = form.Reason ?? "";
            Error = error;
            if (error is not null)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }

            return Page();
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("referral");
        }
    }
}
