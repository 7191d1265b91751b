using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Plans;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>How a fund page reads a person's fund for those who may spend it, and whom "you" means on it.</summary>
public interface IFundSource
{
    /// <summary>The person's fund as the reader reaches it; null when the person is not theirs to see or not there.</summary>
    Task<FundSubject?> ReadAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Where the fund page is for the person; the refund forms are under it.</summary>
    string FundPath(string personId);

    /// <summary>The ids that mean "you", where the page is and the way back from it.</summary>
    FundReader Reader(string personId, string personName, WebUser? user);
}

/// <summary>A fund as the person's offender manager reads it: <c>FundPage</c>, one request, and <c>FundHolder</c> when a women's service holds it.</summary>
public sealed class ProbationFundSource(IRehabGraphClient hub) : IFundSource
{
    public async Task<FundSubject?> ReadAsync(string personId, CancellationToken cancellationToken)
    {
        var found = await hub.FundPageAsync(new FundPageVariables { PersonId = personId }, cancellationToken);
        if (found.Person is not { } person)
        {
            return null;
        }

        var fund = FundViews.From(found.Fund);
        return new FundSubject(person.DisplayName, fund, await FundHolders.NameAsync(hub, fund, cancellationToken), FundViews.Goals(found.Plan));
    }

    public string FundPath(string personId) => FundPaths.Fund(personId);

    public FundReader Reader(string personId, string personName, WebUser? user) => new(
        new[] { user?.PractitionerId, user?.Subject }.OfType<string>().ToList(), FundPath(personId),
        new BackLink(PlanPaths.Plan(personId), $"Back to {personName}'s plan"));
}

/// <summary>
/// A fund a women's service holds, as its partners read it: <c>PartnerFundPage</c>, one request, gives her name, the goals
/// of hers a spend needs and the statement. A woman whose fund it does not hold reads as not there.
/// </summary>
public sealed class WomensServiceFundSource(IRehabGraphClient hub) : IFundSource
{
    public async Task<FundSubject?> ReadAsync(string personId, CancellationToken cancellationToken) =>
        (await hub.PartnerFundPageAsync(new PartnerFundPageVariables { PersonId = personId }, cancellationToken)).FundsHeld is [var held]
            ? new FundSubject(held.PersonName, FundViews.From(held.Fund), null, FundViews.Goals(held))
            : null;

    public string FundPath(string personId) => FundPaths.Held(personId);

    public FundReader Reader(string personId, string personName, WebUser? user) => new(
        new[] { user?.OrganisationId, user?.Subject }.OfType<string>().ToList(), FundPath(personId),
        new BackLink(FundPaths.Held(), "Back to the funds you hold"));
}
