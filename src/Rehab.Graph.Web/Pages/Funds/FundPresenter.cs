using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>A line of the statement as a page shows it; <see cref="RefundHref"/> only on a spend that can still give money back.</summary>
public sealed record StatementRow(string Id, string Date, string What, string Goal, string In, string Out, string ApprovedBy, string? RefundHref);

/// <summary>The statement in words: what each entry was, the goal it was for, which way the money moved.</summary>
public static class Statement
{
    /// <param name="goals">The person's goals, to name each spend's; null when the reader may not see them (the column is then left out).</param>
    public static IReadOnlyList<StatementRow> Rows(FundView fund, IReadOnlyList<FundGoal>? goals, Func<string, string> approvedBy, Func<FundEntryView, string?> refundHref)
    {
        var goalText = (goals ?? []).ToDictionary(g => g.Id, g => g.Text);
        return fund.Entries.Select(e => new StatementRow(
            e.Id,
            Words.Date(e.At),
            What(e),
            e.GoalId is { } goal && goals is not null ? goalText.GetValueOrDefault(goal, "A goal no longer on their plan") : "",
            e.Kind == "SPEND" ? "" : FundMoney.Pounds(e.AmountPence),
            e.Kind == "SPEND" ? FundMoney.Pounds(e.AmountPence) : "",
            approvedBy(e.ApprovedBy),
            e.Kind == "SPEND" && fund.RefundablePence(e) > 0 ? refundHref(e) : null)).ToList();
    }

    /// <summary>An entry in words: its description, after what kind of entry it is.</summary>
    public static string What(FundEntryView entry)
    {
        var kind = entry.Kind switch
        {
            "ALLOCATION" => "Money put in",
            "SPEND" => "Spent",
            "REFUND" => "Refund",
            _ => Words.Of(entry.Kind),
        };
        return entry.Description is { Length: > 0 } d ? $"{kind}: {d}" : kind;
    }
}

/// <summary>Who is looking at a fund page, and so how its holder and approvers are named and where its forms post.</summary>
/// <param name="Self">The ids that mean "you": the signed-in practitioner or organisation, and the user.</param>
/// <param name="Base">The fund page's path; the refund forms are under it.</param>
/// <param name="Back">Where the reader came from: the person's plan, or the funds their women's service holds.</param>
public sealed record FundReader(IReadOnlyCollection<string> Self, string Base, BackLink Back);

/// <summary>A GOV.UK back link.</summary>
public sealed record BackLink(string Href, string Text);

/// <summary>
/// What the fund page shows the people who may spend it (the offender manager; a partner of the women's service holding
/// it): the holder, the balance, the statement with a Refund link per spend that can still give money back, and the spend
/// form with the person's active goals in their words, as filled in, with errors beside it.
/// </summary>
public sealed class FundPresenter(string personName, FundView? fund, string? holderName, IReadOnlyList<FundGoal> goals, FundReader reader, SpendForm form, FieldErrors errors, string? done)
{
    public string Title => $"{personName}'s fund";

    public string PersonName => personName;

    public BackLink Back => reader.Back;

    public bool HasFund => fund is not null;

    public string NoFund => $"No money has been allocated to {personName}'s fund yet. An admin allocates it.";

    public string Holder => fund switch
    {
        null => "",
        _ when reader.Self.Contains(fund.Holder) => "You",
        _ when FundHolders.IsOrganisation(fund.Holder) => holderName ?? "A women's service",
        _ => "Their offender manager",
    };

    public string Balance => FundMoney.Pounds(fund?.BalancePence ?? 0);

    public IReadOnlyList<StatementRow> Rows => fund is null ? [] : Funds.Statement.Rows(fund, goals,
        by => reader.Self.Contains(by) ? "You" : by == fund.Holder && holderName is not null ? holderName : by,
        e => $"{reader.Base}/refunds/{Uri.EscapeDataString(e.Id)}");

    public StatementView Statement => new(Rows, "Statement, oldest first", "Goal", ShowApprovedBy: true, ShowRefunds: true);

    public IReadOnlyList<FundGoal> ActiveGoals => goals.Where(g => g.Status == GoalStatus.Active).ToList();

    /// <summary>The spend form, while there is a fund with money in it and a goal to spend on.</summary>
    public bool CanSpend => fund is { BalancePence: > 0 } && ActiveGoals.Count > 0;

    public string? WhyNoSpend => fund switch
    {
        null => null,
        { BalancePence: 0 } => "There is no money left in the fund to spend.",
        _ when ActiveGoals.Count == 0 => $"{personName} has no active goal to spend on. Agree a goal on their plan first.",
        _ => null,
    };

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary(SpendForm.Fields.InPageOrder);

    public FieldView Goal => new(SpendForm.Fields.Goal, "Which goal is it for?", null, errors.For(SpendForm.Fields.Goal),
        "One of their active goals, in their words.", Options: [new Option("", "Choose a goal", form.Goal is null), .. ActiveGoals.Select(g => new Option(g.Id, g.Text, g.Id == form.Goal))]);

    public FieldView Amount => new(SpendForm.Fields.Amount, "Amount, in pounds", form.Amount, errors.For(SpendForm.Fields.Amount),
        $"For example 12.50. No more than {Balance}, what is left.", Width: "govuk-input--width-10", InputMode: "decimal");

    public FieldView Description => new(SpendForm.Fields.Description, "What does it buy?", form.Description, errors.For(SpendForm.Fields.Description),
        $"For example: A bus pass for the month. Up to {FundMoney.DescriptionMaxLength} characters.");

    public string? Banner => done switch
    {
        "spend" => "Spend recorded",
        "refund" => "Refund recorded",
        _ => null,
    };

    /// <summary>The hub's CONFLICT on a spend: more than what is left, in words beside the amount.</summary>
    public static string OverBalance(int balancePence) => balancePence == 0
        ? "There is no money left in the fund"
        : $"The fund has only {FundMoney.Pounds(balancePence)} left. Enter {FundMoney.Pounds(balancePence)} or less";
}

/// <summary>
/// The refund form for one spend: what it was, what has come back from it so far and what still may, and the amount
/// and why, as filled in, with errors beside them.
/// </summary>
public sealed class RefundPresenter(string personName, FundView fund, FundEntryView spend, IReadOnlyList<FundGoal> goals, string fundHref, RefundForm form, FieldErrors errors)
{
    public string Title => "Refund to the fund";

    public string Caption => $"{personName}'s fund";

    public string FundHref => fundHref;

    public string Spend => $"{FundMoney.Pounds(spend.AmountPence)}: {spend.Description ?? "a spend"}, on {Words.Date(spend.At)}";

    public string? Goal => spend.GoalId is { } g ? goals.FirstOrDefault(x => x.Id == g)?.Text : null;

    public string Refundable => FundMoney.Pounds(fund.RefundablePence(spend));

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary(RefundForm.Fields.InPageOrder);

    public FieldView Amount => new(RefundForm.Fields.Amount, "Amount coming back, in pounds", form.Amount, errors.For(RefundForm.Fields.Amount),
        $"For example 12.50. No more than {Refundable}.", Width: "govuk-input--width-10", InputMode: "decimal");

    public FieldView Description => new(RefundForm.Fields.Description, "Why is it coming back? (optional)", form.Description, errors.For(RefundForm.Fields.Description),
        $"For example: The course cost less than booked. Up to {FundMoney.DescriptionMaxLength} characters.");

    /// <summary>The hub's CONFLICT on a refund: more than may come back from the spend.</summary>
    public static string OverRefundable(int refundablePence) => $"You can refund at most {FundMoney.Pounds(refundablePence)} from this spend";
}

/// <summary>What the statement partial draws: its rows and which columns the reader has.</summary>
public sealed record StatementView(IReadOnlyList<StatementRow> Rows, string Caption, string? GoalHeader, bool ShowApprovedBy, bool ShowRefunds);
