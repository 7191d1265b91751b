using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>The funds a women's service holds for the women it supports (<c>PartnerFunds</c>, one request), each linked to her fund.</summary>
[RequiresRole(WebRole.Partner)]
[NoStore]
public sealed class HeldListModel(IRehabGraphClient hub) : PageModel
{
    public HeldListPresenter Presenter { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Presenter = new HeldListPresenter((await hub.PartnerFundsAsync(cancellationToken)).FundsHeld
            .Select(h => new HeldFundRow(h.PersonName, FundPaths.Held(h.PersonId), FundMoney.Pounds(h.Fund.BalancePence),
                h.Fund.Entries.Count == 0 ? "" : Words.Date(h.Fund.Entries.Max(e => e.At))))
            .ToList());
}

/// <summary>A woman whose fund the partner's women's service holds: her name, what is left and the day of the last entry.</summary>
public sealed record HeldFundRow(string Name, string Href, string Balance, string LastEntry);

/// <summary>What the list of funds held says, and what it says when there are none.</summary>
public sealed class HeldListPresenter(IReadOnlyList<HeldFundRow> rows)
{
    public string Title => "Personal funds you hold";

    public IReadOnlyList<HeldFundRow> Rows => rows;

    public string Caption => rows.Count == 1 ? "1 woman" : $"{rows.Count} women";

    public string None => "Your organisation holds no one's personal fund. When an admin allocates money to a woman's fund for your service to hold, she is listed here.";
}
