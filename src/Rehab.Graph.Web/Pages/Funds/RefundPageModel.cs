using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>
/// Money back into a person's fund from one of its spends, for those who may spend it: the form (the fund as the
/// <see cref="IFundSource"/> reads it, for the spend and what may still come back), then <c>RefundToFund</c> and back to
/// the fund with a banner; a refusal is the form again with the error beside its field (400; 409 for more than may come
/// back, said in pounds).
/// </summary>
public abstract class RefundPageModel(IRehabGraphClient hub, IFundSource source) : PersonalPageModel
{
    public RefundPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public RefundForm Form { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string id, string entryId, CancellationToken cancellationToken) =>
        ShowAsync(id, entryId, new FieldErrors(), StatusCodes.Status200OK, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string id, string entryId, CancellationToken cancellationToken)
    {
        if (!IsId(id) || !IsId(entryId))
        {
            return NotFoundPage("spend");
        }

        var (input, errors) = Form.Validate(entryId);
        var status = StatusCodes.Status400BadRequest;
        if (input is not null)
        {
            try
            {
                await hub.RefundToFundAsync(new RefundToFundVariables { Input = input }, cancellationToken);
                return Redirect($"{source.FundPath(id)}?done=refund");
            }
            catch (RehabGraphBadUserInputException refused) when (refused.Field != "input.entryId")
            {
                errors.Add(RefundForm.FieldOf(refused.Field), refused.Errors[0].Message);
            }
            catch (RehabGraphConflictException)
            {
                // Read once, after the refusal: what may come back now, since others may have refunded meanwhile.
                if (await FindAsync(id, entryId, cancellationToken) is not { } now)
                {
                    return NotFoundPage("spend");
                }

                errors.Add(RefundForm.Fields.Amount, RefundPresenter.OverRefundable(now.Fund.RefundablePence(now.Spend)));
                return Show(id, now, errors, StatusCodes.Status409Conflict);
            }
            catch (RehabGraphException e) when (IsNotFound(e) || e is RehabGraphBadUserInputException)
            {
                return NotFoundPage("spend");
            }
        }

        return await ShowAsync(id, entryId, errors, status, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string id, string entryId, FieldErrors errors, int status, CancellationToken cancellationToken) =>
        !IsId(id) || !IsId(entryId) || await FindAsync(id, entryId, cancellationToken) is not { } found
            ? NotFoundPage("spend")
            : Show(id, found, errors, status);

    private PageResult Show(string id, Found found, FieldErrors errors, int status)
    {
        Presenter = new RefundPresenter(found.PersonName, found.Fund, found.Spend, found.Goals, source.FundPath(id), Form, errors);
        Response.StatusCode = status;
        return Page();
    }

    private sealed record Found(string PersonName, FundView Fund, FundEntryView Spend, IReadOnlyList<FundGoal> Goals);

    private async Task<Found?> FindAsync(string id, string entryId, CancellationToken cancellationToken)
    {
        try
        {
            return await source.ReadAsync(id, cancellationToken) is { Fund: { } fund } found && fund.Spend(entryId) is { } spend
                ? new Found(found.PersonName, fund, spend, found.Goals)
                : null;
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return null;
        }
    }
}
