using Rehab.Graph.Web.Pages.Referrals;

namespace Rehab.Graph.Web.Tests.Presenters.OffenderManager;

public sealed class ReferFormTests
{
    private static readonly ReferTarget Service = new(false, "svc-1");
    private static readonly ReferTarget Placement = new(true, "plc-1");
    private static readonly string[] Offered = ["ACCOMMODATION", "ALCOHOL"];

    [Fact]
    public void A_service_referral_needs_one_of_the_service_s_needs()
    {
        Assert.Equal("Select the needs this referral is for", new ReferForm([], null, null).Validate(Service, Offered)[ReferForm.Fields.Needs]);
        Assert.Equal("Select needs from the list", new ReferForm(["DRUGS"], null, null).Validate(Service, Offered)[ReferForm.Fields.Needs]);
        Assert.Empty(new ReferForm(["ALCOHOL"], "  ", null).Validate(Service, Offered));
    }

    [Theory]
    [InlineData(null, "Enter the hours the order asks for")]
    [InlineData("", "Enter the hours the order asks for")]
    [InlineData("ten", "Hours ordered must be a whole number, like 40")]
    [InlineData("2.5", "Hours ordered must be a whole number, like 40")]
    [InlineData("99999999999999", "Hours ordered must be a whole number, like 40")]
    [InlineData("0", "Hours ordered must be between 1 and 300")]
    [InlineData("301", "Hours ordered must be between 1 and 300")]
    public void A_placement_needs_whole_hours_from_1_to_300(string? hours, string message)
    {
        Assert.Equal(message, new ReferForm([], null, hours).Validate(Placement, Offered)[ReferForm.Fields.HoursOrdered]);
    }

    [Fact]
    public void A_placement_takes_no_needs_by_default_and_a_note_of_up_to_1000_characters()
    {
        Assert.Empty(new ReferForm([], new string('a', 1000), "40").Validate(Placement, Offered));
        Assert.Equal("Note must be 1000 characters or fewer", new ReferForm([], new string('a', 1001), "40").Validate(Placement, Offered)[ReferForm.Fields.Note]);

        var variables = new ReferForm([], " Mornings ", "40").PlacementVariables("per-1", "plc-1");
        Assert.Null(variables.Needs);
        Assert.Equal("Mornings", variables.Note);
        Assert.Equal(40, variables.HoursOrdered);
    }

    [Theory]
    [InlineData("svc-1", null, false)]
    [InlineData(null, "plc-1", true)]
    public void The_target_is_one_service_or_one_placement(string? service, string? placement, bool isPlacement)
    {
        Assert.Equal(isPlacement, ReferTarget.From(service, placement)!.IsPlacement);
        Assert.Null(ReferTarget.From("svc-1", "plc-1"));
        Assert.Null(ReferTarget.From(null, null));
        Assert.Null(ReferTarget.From("<x>", null));
    }

    [Fact]
    public void The_hub_s_fields_map_to_the_form_s_and_a_hard_rule_refusal_to_the_summary()
    {
        Assert.Equal(ReferForm.Fields.Needs, ReferForm.FieldOf("input.needs"));
        Assert.Equal(ReferForm.Fields.HoursOrdered, ReferForm.FieldOf("input.hoursOrdered"));
        Assert.Null(ReferForm.FieldOf("input.serviceId"));
    }

    [Fact]
    public void A_withdrawal_needs_a_reason_of_up_to_1000_characters()
    {
        Assert.Equal("Enter why you are withdrawing the referral", new WithdrawForm("   ").Error);
        Assert.Equal("Reason must be 1000 characters or fewer", new WithdrawForm(new string('a', 1001)).Error);
        Assert.Null(new WithdrawForm("Moved away").Error);
    }
}
