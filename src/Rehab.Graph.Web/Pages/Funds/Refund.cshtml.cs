using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>A refund from a spend of a person's fund, for their offender manager.</summary>
public sealed class RefundModel(IRehabGraphClient hub) : RefundPageModel(hub, new ProbationFundSource(hub));
