using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>A refund from a spend of a fund a women's service holds, for its partners.</summary>
[RequiresRole(WebRole.Partner)]
public sealed class HeldRefundModel(IRehabGraphClient hub) : RefundPageModel(hub, new WomensServiceFundSource(hub));
