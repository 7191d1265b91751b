using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>
/// A person's fund for those who may spend it (their offender manager; a partner of the women's service holding it): the
/// statement and the spend form, whose POST redirects back with a banner or shows the page again with the hub's refusal
/// beside its field (400; 409 for more than the balance, said in pounds beside the amount). The pages differ only in their
/// <see cref="IFundSource"/>: how they read the fund and whom "you" means.
/// </summary>
public abstract class FundPageModel(IRehabGraphClient hub, IFundSource source) : PersonalPageModel
{
    public FundPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public SpendForm Form { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken cancellationToken) =>
        ShowAsync(id, new FieldErrors(), done, StatusCodes.Status200OK, cancellationToken);

    public async Task<IActionResult> OnPostSpendAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id) || await FindAsync(id, cancellationToken) is not { } found)
        {
            return NotFoundPage("person");
        }

        var activeGoals = found.Goals.Where(g => g.Status == GoalStatus.Active).Select(g => g.Id).ToList();
        var (input, errors) = Form.Validate(id, activeGoals);
        var status = StatusCodes.Status400BadRequest;
        if (input is not null)
        {
            try
            {
                await hub.SpendFromFundAsync(new SpendFromFundVariables { Input = input }, cancellationToken);
                return Redirect($"{source.FundPath(id)}?done=spend");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(SpendForm.FieldOf(refused.Field), refused.Errors[0].Message);
            }
            catch (RehabGraphConflictException)
            {
                // The balance as it is now: another spend may have been made since this page was read.
                if (await FindAsync(id, cancellationToken) is not { } now)
                {
                    return NotFoundPage("person");
                }

                found = now;
                errors.Add(SpendForm.Fields.Amount, FundPresenter.OverBalance(now.Fund?.BalancePence ?? 0));
                status = StatusCodes.Status409Conflict;
            }
            catch (RehabGraphException e) when (IsNotFound(e))
            {
                return NotFoundPage("person");
            }
        }

        return WithStatus(Show(id, found, errors, null), status);
    }

    private async Task<IActionResult> ShowAsync(string id, FieldErrors errors, string? done, int status, CancellationToken cancellationToken) =>
        WithStatus(await ShowPersonAsync(id, () => source.ReadAsync(id, cancellationToken), found => Show(id, found, errors, done)), status);

    /// <summary>The page from a fund already read, so that a refused spend reads the fund once, or twice after a conflict.</summary>
    private PageResult Show(string id, FundSubject found, FieldErrors errors, string? done)
    {
        Presenter = new FundPresenter(found.PersonName, found.Fund, found.HolderName, found.Goals, source.Reader(id, found.PersonName, WebUser.From(User)), Form, errors, done);
        return Page();
    }

    private async Task<FundSubject?> FindAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await source.ReadAsync(id, cancellationToken);
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return null;
        }
    }
}
