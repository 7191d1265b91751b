using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>A fund a women's service holds for a woman it supports, for its partners to spend and refund.</summary>
[RequiresRole(WebRole.Partner)]
public sealed class HeldModel(IRehabGraphClient hub) : FundPageModel(hub, new WomensServiceFundSource(hub));
