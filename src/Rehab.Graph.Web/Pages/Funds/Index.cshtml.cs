using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>A person's fund for their offender manager to spend and refund.</summary>
public sealed class IndexModel(IRehabGraphClient hub) : FundPageModel(hub, new ProbationFundSource(hub));

/// <summary>Where the fund pages are.</summary>
public static class FundPaths
{
    public static string Fund(string personId) => $"/people/{Uri.EscapeDataString(personId)}/fund";

    /// <summary>A fund a women's service holds, for its partners.</summary>
    public static string Held(string personId) => $"{Held()}/{Uri.EscapeDataString(personId)}";

    /// <summary>The funds a women's service holds.</summary>
    public static string Held() => "/partner/funds";

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
