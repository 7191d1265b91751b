using Rehab.Graph.Domain.Plans;

namespace Rehab.Graph.Domain.Funds;

/// <summary>
/// A fund a women's service holds for a woman it supports, as its partners see it: her display name and id (a spend names
/// her), the fund with its statement, and the goals of hers they need to spend it and to read the statement.
/// </summary>
public sealed record HeldFund(string PersonId, string PersonName, FundRecord Fund, IReadOnlyList<FundGoal> Goals);

/// <summary>A goal as a fund needs it: in the person's own words, with its status, since only an ACTIVE goal may be spent on.</summary>
public sealed record FundGoal(string Id, string Text, GoalStatus Status);
