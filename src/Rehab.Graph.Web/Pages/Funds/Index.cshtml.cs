using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>
/// A person's fund for their offender manager (<c>FundPage</c>, one request, and <c>FundHolder</c> when a women's service
/// holds it): the statement and the spend form, whose POST redirects back with a banner or shows the page again with the
/// hub's refusal beside its field (400; 409 for more than the balance, said in pounds beside the amount).
/// </summary>
public sealed class IndexModel(IRehabGraphClient hub) : PersonalPageModel
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

        var activeGoals = FundViews.Goals(found.Plan).Where(g => g.Status == GoalStatus.Active).Select(g => g.Id).ToList();
        var (input, errors) = Form.Validate(id, activeGoals);
        var status = StatusCodes.Status400BadRequest;
        if (input is not null)
        {
            try
            {
                await hub.SpendFromFundAsync(new SpendFromFundVariables { Input = input }, cancellationToken);
                return Redirect($"{FundPaths.Fund(id)}?done=spend");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(SpendForm.FieldOf(refused.Field), refused.Errors[0].Message);
            }
            catch (RehabGraphConflictException)
            {
                // The balance as it is now: another spend may have been made since this page was read.
                var now = FundViews.From((await FindAsync(id, cancellationToken))?.Fund);
                errors.Add(SpendForm.Fields.Amount, FundPresenter.OverBalance(now?.BalancePence ?? 0));
                status = StatusCodes.Status409Conflict;
            }
            catch (RehabGraphException e) when (IsNotFound(e))
            {
                return NotFoundPage("person");
            }
        }

        return await ShowAsync(id, errors, null, status, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string id, FieldErrors errors, string? done, int status, CancellationToken cancellationToken)
    {
        if (!IsId(id) || await FindAsync(id, cancellationToken) is not { Person: { } person } found)
        {
            return NotFoundPage("person");
        }

        var fund = FundViews.From(found.Fund);
        var user = WebUser.From(User);
        var self = new[] { user?.PractitionerId, user?.Subject }.OfType<string>().ToList();
        Presenter = new FundPresenter(person.DisplayName, fund, await FundHolders.NameAsync(hub, fund, cancellationToken), FundViews.Goals(found.Plan),
            new FundReader(self, FundPaths.Fund(id)), Form, errors, done);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<FundPageResult?> FindAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var found = await hub.FundPageAsync(new FundPageVariables { PersonId = id }, cancellationToken);
            return found.Person is null ? null : found;
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return null;
        }
    }
}

/// <summary>Where the fund pages are.</summary>
public static class FundPaths
{
    public static string Fund(string personId) => $"/people/{Uri.EscapeDataString(personId)}/fund";

    public const string Admin = "/admin/funds";
}

/// <summary>A fund's holder by name, when a women's service holds it; null when it is an offender manager (a practitioner id).</summary>
public static class FundHolders
{
    /// <summary>Whether the holder is an organisation (<c>org-…</c>) rather than an offender manager (<c>prc-…</c>).</summary>
    public static bool IsOrganisation(string holder) => holder.StartsWith("org-", StringComparison.Ordinal);

    public static async Task<string?> NameAsync(IRehabGraphClient hub, FundView? fund, CancellationToken cancellationToken)
    {
        if (fund is null || !IsOrganisation(fund.Holder) || !PersonalPageModel.IsId(fund.Holder))
        {
            return null;
        }

        try
        {
            return (await hub.FundHolderAsync(new FundHolderVariables { Id = fund.Holder }, cancellationToken)).Node is { Typename: "Organisation" } organisation
                ? organisation.Name
                : null;
        }
        catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphForbiddenException or RehabGraphBadUserInputException)
        {
            return null;
        }
    }
}
