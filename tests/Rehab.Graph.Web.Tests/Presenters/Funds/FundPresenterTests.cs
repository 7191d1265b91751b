using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Funds;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Tests.Presenters.Funds;

public sealed class FundPresenterTests
{
    private static readonly DateTimeOffset May = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<FundGoal> Goals =
    [
        new("gol-1", "Get my forklift licence", GoalStatus.Active),
        new("gol-2", "Learn to cook", GoalStatus.Achieved),
    ];

    private static readonly FundView Fund = new("prc-07", 6950,
    [
        new("fen-a", May, "ALLOCATION", 10000, "Personal budget", "admin", null, null),
        new("fen-s", May, "SPEND", 4050, "Course deposit", "prc-07", "gol-1", null),
        new("fen-r", May, "REFUND", 1000, null, "prc-07", "gol-1", "fen-s"),
    ]);

    private static FundPresenter Presenter(FundView? fund, SpendForm? form = null, FieldErrors? errors = null, string? done = null, string? holderName = null) =>
        new("Z. Saver", fund, holderName, Goals, new FundReader(["prc-07"], "/people/per-1/fund", new BackLink("/people/per-1/plan", "Back to Z. Saver's plan")), form ?? new SpendForm(), errors ?? new FieldErrors(), done);

    [Fact]
    public void A_womens_service_reads_a_fund_it_holds_as_its_own_and_refunds_under_its_funds_page()
    {
        var held = new FundView("org-0014", 500,
        [
            new("fen-a", May, "ALLOCATION", 1000, null, "admin", null, null),
            new("fen-s", May, "SPEND", 500, "Bus pass", "org-0014", "gol-1", null),
        ]);
        var reader = new FundReader(["org-0014", "s.ahmed"], "/partner/funds/per-1", new BackLink("/partner/funds", "Back to the funds you hold"));

        var presenter = new FundPresenter("Z. Saver", held, null, Goals, reader, new SpendForm(), new FieldErrors(), null);

        Assert.Equal("You", presenter.Holder);
        Assert.Equal(("You", "/partner/funds/per-1/refunds/fen-s"), (presenter.Rows[1].ApprovedBy, presenter.Rows[1].RefundHref));
        Assert.Equal(new BackLink("/partner/funds", "Back to the funds you hold"), presenter.Back);
    }

    [Fact]
    public void The_offender_manager_reads_a_spend_the_womens_service_approved_under_its_name()
    {
        var held = new FundView("org-0014", 500, [new("fen-s", May, "SPEND", 500, "Bus pass", "org-0014", "gol-1", null)]);

        var presenter = Presenter(held, holderName: "Bransholme Women Together");

        Assert.Equal(("Bransholme Women Together", "Bransholme Women Together"), (presenter.Holder, presenter.Rows[0].ApprovedBy));
    }

    [Fact]
    public void The_statement_says_what_each_entry_was_the_goal_in_their_words_which_way_the_money_went_and_who_approved_it()
    {
        var rows = Presenter(Fund).Rows;

        Assert.Equal(
            [
                new StatementRow("fen-a", "4 May 2026", "Money put in: Personal budget", "", "£100", "", "admin", null),
                new StatementRow("fen-s", "4 May 2026", "Spent: Course deposit", "Get my forklift licence", "", "£40.50", "You", "/people/per-1/fund/refunds/fen-s"),
                new StatementRow("fen-r", "4 May 2026", "Refund", "Get my forklift licence", "£10", "", "You", null),
            ],
            rows);
    }

    [Fact]
    public void A_spend_refunded_in_full_has_no_refund_link()
    {
        var refunded = Fund with { Entries = [.. Fund.Entries, new("fen-r2", May, "REFUND", 3050, null, "prc-07", "gol-1", "fen-s")] };

        Assert.Equal(0, refunded.RefundablePence(refunded.Spend("fen-s")!));
        Assert.All(Presenter(refunded).Rows, r => Assert.Null(r.RefundHref));
    }

    [Fact]
    public void The_holder_is_you_a_womens_service_by_name_or_their_offender_manager()
    {
        Assert.Equal("You", Presenter(Fund).Holder);
        Assert.Equal("Bransholme Women Together", Presenter(Fund with { Holder = "org-0014" }, holderName: "Bransholme Women Together").Holder);
        Assert.Equal("Their offender manager", Presenter(Fund with { Holder = "prc-03" }).Holder);
        Assert.Equal("A women's service", Presenter(Fund with { Holder = "org-0014" }).Holder);
    }

    [Fact]
    public void Only_active_goals_may_be_spent_on_and_the_one_chosen_stays_chosen()
    {
        var goal = Presenter(Fund, new SpendForm { Goal = "gol-1" }).Goal;

        Assert.Equal([new("", "Choose a goal", false), new("gol-1", "Get my forklift licence", true)], goal.Options!);
    }

    [Fact]
    public void With_no_fund_it_says_so_plainly_and_offers_no_spend()
    {
        var presenter = Presenter(null);

        Assert.False(presenter.HasFund);
        Assert.False(presenter.CanSpend);
        Assert.Equal("No money has been allocated to Z. Saver's fund yet. An admin allocates it.", presenter.NoFund);
    }

    [Fact]
    public void An_empty_fund_says_why_there_is_no_spend_form()
    {
        var presenter = Presenter(Fund with { BalancePence = 0 });

        Assert.False(presenter.CanSpend);
        Assert.Equal("There is no money left in the fund to spend.", presenter.WhyNoSpend);
    }

    [Theory]
    [InlineData(6950, "The fund has only £69.50 left. Enter £69.50 or less")]
    [InlineData(0, "There is no money left in the fund")]
    public void More_than_the_balance_is_said_in_pounds(int balance, string message) => Assert.Equal(message, FundPresenter.OverBalance(balance));

    [Fact]
    public void The_person_reads_their_fund_in_plain_words_without_who_approved_it()
    {
        var mine = new MyFundPresenter(Fund, null, Goals);

        Assert.Equal("You have £69.50 left in your fund.", mine.Balance);
        Assert.Equal("Your probation practitioner looks after your fund, and spends it with you on your goals.", mine.Holder);
        Assert.False(mine.Statement.ShowApprovedBy);
        Assert.False(mine.Statement.ShowRefunds);
        Assert.Equal("For your goal", mine.Statement.GoalHeader);
        Assert.All(mine.Statement.Rows, r => Assert.Null(r.RefundHref));
    }

    [Fact]
    public void A_womens_service_holding_the_persons_fund_is_named_when_their_referrals_name_it()
    {
        var held = Fund with { Holder = "org-0014" };

        Assert.Equal("Bransholme Women Together looks after your fund, and spends it with you on your goals. So can your probation practitioner.",
            new MyFundPresenter(held, "Bransholme Women Together", Goals).Holder);
        Assert.Equal("A women's service looks after your fund, and spends it with you on your goals. So can your probation practitioner.",
            new MyFundPresenter(held, null, Goals).Holder);
    }

    [Fact]
    public void An_allocation_the_hub_refuses_is_said_in_words_beside_the_field_to_change()
    {
        WomensService[] services = [new("org-0014", "Bransholme Women Together"), new("org-0020", "Another centre")];
        var input = new AllocateFundInput { PersonId = "per-1", AmountPence = 10000 };

        Assert.Equal(("holder", "They have no offender manager to hold their fund. Choose the women's service that holds it, or give them an offender manager first"),
            AllocatePresenter.Refusal(input, null, services));
        Assert.Equal(("holder", "Their fund is already held by Bransholme Women Together. Choose \"Their offender manager\" here to add to it"),
            AllocatePresenter.Refusal(input with { HolderOrganisationId = "org-0020" }, Fund with { Holder = "org-0014" }, services));
        Assert.Equal(("amount", "The fund holds £49,950 and may hold at most £50,000. Enter £50 or less"),
            AllocatePresenter.Refusal(input, Fund with { BalancePence = 4_995_000 }, services));
    }
}
