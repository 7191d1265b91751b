using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Plans;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>
/// A person on probation's own fund, read-only (<c>MyFundPage</c>: <c>me</c>, one request): what is left and the
/// statement, in plain words. A women's service holding it is named from their referrals, as the hub lets a person read
/// no directory.
/// </summary>
[RequiresRole(WebRole.Person)]
[NoStore]
public sealed class MineModel(IRehabGraphClient hub) : PageModel
{
    public MyFundPresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if ((await hub.MyFundPageAsync(cancellationToken)).Me is not { } me)
        {
            return MyPlan.NotFound(ModelState);
        }

        var fund = FundViews.From(me.Fund);
        var holder = fund is null ? null : me.Referrals.Select(r => r.Organisation).FirstOrDefault(o => o.Id == fund.Holder)?.Name;
        Presenter = new MyFundPresenter(fund, holder, FundViews.Goals(me.Plan));
        return Page();
    }
}

/// <summary>What the person's own fund page says: who holds it, what is left, and each entry with the goal it was for, in their words.</summary>
/// <param name="holderName">The women's service's name when the person's referrals name it.</param>
public sealed class MyFundPresenter(FundView? fund, string? holderName, IReadOnlyList<FundGoal> goals)
{
    public const string Title = "Your fund";

    public bool HasFund => fund is not null;

    public string NoFund => "No money has been put in your fund yet. Your probation practitioner can tell you more.";

    public string Balance => $"You have {FundMoney.Pounds(fund?.BalancePence ?? 0)} left in your fund.";

    public string Holder => (fund, holderName) switch
    {
        (_, { } name) => $"{name} looks after your fund, and spends it with you on your goals. So can your probation practitioner.",
        ({ } f, null) when FundHolders.IsOrganisation(f.Holder) => "A women's service looks after your fund, and spends it with you on your goals. So can your probation practitioner.",
        _ => "Your probation practitioner looks after your fund, and spends it with you on your goals.",
    };

    public StatementView Statement => new(
        fund is null ? [] : Funds.Statement.Rows(fund, goals, by => by, _ => null),
        "What has gone in and out, oldest first", "For your goal", ShowApprovedBy: false, ShowRefunds: false);
}
