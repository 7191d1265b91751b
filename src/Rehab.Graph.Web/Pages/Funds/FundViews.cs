using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>One line of a fund's statement as the hub sends it.</summary>
public sealed record FundEntryView(string Id, DateTimeOffset At, string Kind, int AmountPence, string? Description, string ApprovedBy, string? GoalId, string? RefundOf);

/// <summary>A person's fund: who holds it (a practitioner or organisation id), what is left, and its statement, oldest first.</summary>
public sealed record FundView(string Holder, int BalancePence, IReadOnlyList<FundEntryView> Entries)
{
    /// <summary>What may still come back into the fund from a spend: the spend less the refunds made from it so far.</summary>
    public int RefundablePence(FundEntryView spend) =>
        spend.AmountPence - Entries.Where(e => e.Kind == "REFUND" && e.RefundOf == spend.Id).Sum(e => e.AmountPence);

    public FundEntryView? Spend(string entryId) => Entries.FirstOrDefault(e => e.Id == entryId && e.Kind == "SPEND");
}

/// <summary>
/// A person's fund as a page that may spend it reads it: their name, the fund (null when there is none yet), the
/// holding women's service's name when it is not the reader, and their goals (to spend on and to name each spend's).
/// </summary>
public sealed record FundSubject(string PersonName, FundView? Fund, string? HolderName, IReadOnlyList<FundGoal> Goals);

/// <summary>A goal of the person's plan, in their words.</summary>
public sealed record FundGoal(string Id, string Text, GoalStatus Status);

/// <summary>The fund operations' answers as one view: each selects the same fields, and the generator makes a type per operation.</summary>
public static class FundViews
{
    public static FundView? From(FundPageResult.FundData? fund) => fund is null ? null : new(fund.Holder, fund.BalancePence,
        fund.Entries.Select(e => new FundEntryView(e.Id, e.At, e.Kind, e.AmountPence, e.Description, e.ApprovedBy, e.GoalId, e.RefundOf)).ToList());

    public static FundView? From(MyFundPageResult.MeData.FundData? fund) => fund is null ? null : new(fund.Holder, fund.BalancePence,
        fund.Entries.Select(e => new FundEntryView(e.Id, e.At, e.Kind, e.AmountPence, e.Description, e.ApprovedBy, e.GoalId, e.RefundOf)).ToList());

    public static FundView? From(AdminFundResult.FundData? fund) => fund is null ? null : new(fund.Holder, fund.BalancePence,
        fund.Entries.Select(e => new FundEntryView(e.Id, e.At, e.Kind, e.AmountPence, e.Description, e.ApprovedBy, e.GoalId, e.RefundOf)).ToList());

    public static FundView From(PartnerFundPageResult.FundsHeldData.FundData fund) => new(fund.Holder, fund.BalancePence,
        fund.Entries.Select(e => new FundEntryView(e.Id, e.At, e.Kind, e.AmountPence, e.Description, e.ApprovedBy, e.GoalId, e.RefundOf)).ToList());

    public static IReadOnlyList<FundGoal> Goals(FundPageResult.PlanData? plan) =>
        (plan?.Goals ?? []).Select(g => new FundGoal(g.Id, g.Text, g.Status)).ToList();

    public static IReadOnlyList<FundGoal> Goals(MyFundPageResult.MeData.PlanData? plan) =>
        (plan?.Goals ?? []).Select(g => new FundGoal(g.Id, g.Text, g.Status)).ToList();

    public static IReadOnlyList<FundGoal> Goals(PartnerFundPageResult.FundsHeldData held) =>
        held.Goals.Select(g => new FundGoal(g.Id, g.Text, g.Status)).ToList();
}
