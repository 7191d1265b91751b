using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Plans;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Tests.Funds;

public sealed class FundRulesTests
{
    private const string Field = "input.holderOrganisationId";
    private static readonly NamedHolder WomensCentre = new("org-women", "WOMENS_CENTRE");

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    [InlineData(FundRules.MaxEntryPence)]
    public void An_amount_is_whole_pence_from_one_to_the_ceiling(int pence)
    {
        Assert.Equal(pence, FundRules.Amount(pence, "input.amountPence"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(FundRules.MaxEntryPence + 1)]
    [InlineData(int.MaxValue)]
    public void An_amount_of_nothing_less_or_beyond_the_ceiling_is_bad_input_naming_the_field(int pence)
    {
        var error = Assert.Throws<InvalidInputException>(() => FundRules.Amount(pence, "input.amountPence"));

        Assert.Equal("input.amountPence", error.Field);
    }

    [Fact]
    public void A_description_is_trimmed_required_for_a_spend_and_bounded()
    {
        Assert.Equal("Bus pass", FundRules.Description("  Bus pass ", "input.description", required: true));
        Assert.Null(FundRules.Description("  ", "input.description", required: false));
        Assert.Equal("input.description", Assert.Throws<InvalidInputException>(() => FundRules.Description(" ", "input.description", required: true)).Field);
        Assert.Equal("input.description", Assert.Throws<InvalidInputException>(() => FundRules.Description(new string('x', FundRules.MaxDescription + 1), "input.description", required: false)).Field);
    }

    [Fact]
    public void The_first_allocation_gives_the_fund_to_the_offender_manager_unless_it_names_a_womens_service()
    {
        var probation = FundRules.Holder(null, new AllocationSubject("per-1", Gender.Male, "prc-1", null), Field);
        var womens = FundRules.Holder(null, new AllocationSubject("per-2", Gender.Female, "prc-1", WomensCentre), Field);

        Assert.Equal(new FundHolder(FundHolderKind.OffenderManager, "prc-1"), probation);
        Assert.Equal(new FundHolder(FundHolderKind.Organisation, "org-women"), womens);
    }

    [Theory]
    [InlineData("VCSE", Gender.Female)]
    [InlineData("PROBATION", Gender.Female)]
    [InlineData("WOMENS_CENTRE", Gender.Male)]
    [InlineData("WOMENS_CENTRE", Gender.NonBinary)]
    [InlineData("WOMENS_CENTRE", null)]
    public void Only_a_womens_service_holds_a_fund_and_only_for_a_woman(string kind, Gender? gender)
    {
        var error = Assert.Throws<InvalidInputException>(() => FundRules.Holder(null, new AllocationSubject("per-1", gender, "prc-1", new NamedHolder("org-1", kind)), Field));

        Assert.Equal(Field, error.Field);
    }

    [Fact]
    public void A_person_without_an_offender_manager_gets_a_fund_only_from_a_womens_service()
    {
        Assert.Throws<ConflictException>(() => FundRules.Holder(null, new AllocationSubject("per-1", Gender.Female, null, null), Field));
        Assert.Equal("org-women", FundRules.Holder(null, new AllocationSubject("per-1", Gender.Female, null, WomensCentre), Field).Id);
    }

    [Fact]
    public void A_later_allocation_keeps_the_holder_and_may_not_name_another()
    {
        var probation = new FundHolder(FundHolderKind.OffenderManager, "prc-1");
        var womens = new FundHolder(FundHolderKind.Organisation, "org-women");

        Assert.Equal(probation, FundRules.Holder(probation, new AllocationSubject("per-1", Gender.Female, "prc-2", null), Field));
        Assert.Equal(womens, FundRules.Holder(womens, new AllocationSubject("per-1", Gender.Female, "prc-1", null), Field));
        Assert.Equal(womens, FundRules.Holder(womens, new AllocationSubject("per-1", Gender.Female, "prc-1", WomensCentre), Field));
        Assert.Throws<ConflictException>(() => FundRules.Holder(probation, new AllocationSubject("per-1", Gender.Female, "prc-1", WomensCentre), Field));
        Assert.Throws<ConflictException>(() => FundRules.Holder(womens, new AllocationSubject("per-1", Gender.Female, "prc-1", new NamedHolder("org-other", "WOMENS_CENTRE")), Field));
    }

    [Fact]
    public void A_spend_never_takes_the_balance_below_zero_and_a_refusal_gives_the_balance()
    {
        Assert.Equal(0, FundRules.Spend(300, 300));
        Assert.Equal(100, FundRules.Spend(400, 300));

        var refused = Assert.Throws<ConflictException>(() => FundRules.Spend(250, 300));

        Assert.Contains("£2.50 (250 pence)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allocation_may_not_take_a_fund_past_what_a_fund_may_hold()
    {
        Assert.Equal(FundRules.MaxBalancePence, FundRules.Allocate(FundRules.MaxBalancePence - 500, 500));
        Assert.Throws<ConflictException>(() => FundRules.Allocate(FundRules.MaxBalancePence - 500, 501));
    }

    [Theory]
    [InlineData(GoalStatus.Proposed)]
    [InlineData(GoalStatus.Achieved)]
    [InlineData(GoalStatus.Dropped)]
    [InlineData(null)]
    public void Money_is_spent_on_an_active_goal_of_the_persons_own_plan_only(GoalStatus? status)
    {
        FundRules.CheckGoal("gol-1", "per-1", GoalStatus.Active, "input.goalId");

        var error = Assert.Throws<InvalidInputException>(() => FundRules.CheckGoal("gol-1", "per-1", status, "input.goalId"));

        Assert.Equal("input.goalId", error.Field);
    }

    [Fact]
    public void A_refund_gives_back_at_most_what_is_left_of_a_spend()
    {
        var spend = new RefundedEntry("fen-1", FundEntryKind.Spend, 500, 200);

        Assert.Equal(400, FundRules.Refund(100, spend, 300, "input.entryId"));
        var tooMuch = Assert.Throws<ConflictException>(() => FundRules.Refund(100, spend, 301, "input.entryId"));

        Assert.Contains("£3.00 (300 pence)", tooMuch.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FundEntryKind.Allocation)]
    [InlineData(FundEntryKind.Refund)]
    public void Only_a_spend_is_refunded(FundEntryKind kind)
    {
        var error = Assert.Throws<InvalidInputException>(() => FundRules.Refund(100, new RefundedEntry("fen-1", kind, 500, 0), 100, "input.entryId"));

        Assert.Equal("input.entryId", error.Field);
    }

    [Theory]
    [InlineData(0, "£0.00")]
    [InlineData(5, "£0.05")]
    [InlineData(123456, "£1,234.56")]
    public void Pence_read_as_pounds(int pence, string pounds)
    {
        Assert.Equal(pounds, FundRules.Pounds(pence));
    }
}
