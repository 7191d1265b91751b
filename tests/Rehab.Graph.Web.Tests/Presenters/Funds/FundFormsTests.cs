using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Funds;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Tests.Presenters.Funds;

public sealed class FundFormsTests
{
    [Theory]
    [InlineData("12.5", 1250)]
    [InlineData("£12.50", 1250)]
    [InlineData("£0.29", 29)]
    [InlineData("£1,200", 120000)]
    [InlineData(" 5000 ", 500000)]
    [InlineData("0.01", 1)]
    public void Pounds_as_typed_are_exact_pence(string typed, int pence)
    {
        var errors = new FieldErrors();

        Assert.Equal(pence, FundMoney.Pence(typed, "amount", errors));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("", "Enter the amount in pounds, for example 12.50")]
    [InlineData("   ", "Enter the amount in pounds, for example 12.50")]
    [InlineData("abc", "Enter the amount in pounds and pence, for example 12.50")]
    [InlineData("1.234", "Enter the amount with no more than two numbers after the point, for example 12.50")]
    [InlineData("0", "The amount must be between £0.01 and £5,000")]
    [InlineData("-1", "The amount must be between £0.01 and £5,000")]
    [InlineData("5000.01", "The amount must be between £0.01 and £5,000")]
    public void Amounts_the_hub_would_refuse_are_refused_beside_the_field_named(string typed, string message)
    {
        var errors = new FieldErrors();

        Assert.Null(FundMoney.Pence(typed, "refund-amount", errors));
        Assert.Equal(message, errors.For("refund-amount"));
    }

    [Theory]
    [InlineData(1250, "£12.50")]
    [InlineData(1205, "£12.05")]
    [InlineData(30000, "£300")]
    [InlineData(123456, "£1,234.56")]
    public void Pence_read_as_pounds(int pence, string shown) => Assert.Equal(shown, FundMoney.Pounds(pence));

    [Fact]
    public void A_spend_is_for_an_active_goal_with_an_amount_and_what_it_buys()
    {
        var form = new SpendForm { Goal = "gol-1", Amount = "£40.50", Description = "  Forklift course deposit " };

        var (input, errors) = form.Validate("per-0001", ["gol-1"]);

        Assert.False(errors.Any);
        Assert.Equal(new SpendFromFundInput { PersonId = "per-0001", GoalId = "gol-1", AmountPence = 4050, Description = "Forklift course deposit" }, input);
    }

    [Fact]
    public void A_spend_without_a_goal_of_theirs_an_amount_or_what_it_buys_says_so_beside_each_field_in_page_order()
    {
        var form = new SpendForm { Goal = "gol-not-active", Amount = "", Description = " " };

        var (input, errors) = form.Validate("per-0001", ["gol-1"]);

        Assert.Null(input);
        Assert.Equal(
            [("Choose the goal the money is for", "#goal"), ("Enter the amount in pounds, for example 12.50", "#amount"), ("Enter what the money buys", "#description")],
            errors.Summary(SpendForm.Fields.InPageOrder).Select(e => (e.Text, e.Href)));
    }

    [Theory]
    [InlineData("input.goalId", "goal")]
    [InlineData("input.description", "description")]
    [InlineData("input.amountPence", "amount")]
    [InlineData(null, "amount")]
    public void A_hub_refusal_of_a_spend_goes_beside_its_field(string? hubField, string field) => Assert.Equal(field, SpendForm.FieldOf(hubField));

    [Fact]
    public void A_refund_needs_only_an_amount()
    {
        var (input, errors) = new RefundForm { Amount = "10" }.Validate("fen-1");

        Assert.False(errors.Any);
        Assert.Equal(new RefundToFundInput { EntryId = "fen-1", AmountPence = 1000, Description = null }, input);
    }

    [Fact]
    public void An_allocation_names_a_person_and_a_womens_service_from_the_list_or_none()
    {
        var (input, errors) = new AllocateForm { Person = " per-0095 ", Amount = "250", Holder = "org-0014" }.Validate(["org-0014"]);
        Assert.False(errors.Any);
        Assert.Equal(new AllocateFundInput { PersonId = "per-0095", AmountPence = 25000, HolderOrganisationId = "org-0014", Description = null }, input);

        var (refused, why) = new AllocateForm { Person = "per 0095", Amount = "250", Holder = "org-9999" }.Validate(["org-0014"]);
        Assert.Null(refused);
        Assert.Equal("Enter the person's id, like per-0001", why.For(AllocateForm.Fields.Person));
        Assert.Equal("Choose a women's service from the list, or their offender manager", why.For(AllocateForm.Fields.Holder));
    }
}
