using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Tests.Referrals;

public sealed class ReferralRulesTests
{
    private static readonly ConnectorProfile Person = new(
        new GeoPoint(53.74, -0.33), Gender.Male, 30, RiskLevel.Low, new HashSet<string>(),
        [new AssessedNeed("DRUGS", 3), new AssessedNeed("ACCOMMODATION", 2)], new HashSet<string>(), new HashSet<string>(), ExclusionZones.None);

    [Fact]
    public void Without_needs_named_a_service_referral_is_for_the_needs_the_person_has_and_the_service_addresses() =>
        Assert.Equal(["ACCOMMODATION"], ReferralRules.Needs(Person, [], ReferralTargetKind.Service, "svc-1", ["ACCOMMODATION", "FINANCE_BENEFIT_DEBT"]));

    [Fact]
    public void A_plan_steps_referral_is_for_its_goals_needs_the_service_addresses_even_when_not_assessed()
    {
        Assert.Equal(["FINANCE_BENEFIT_DEBT"], ReferralRules.Needs(Person, [], ReferralTargetKind.Service, "svc-3", ["FINANCE_BENEFIT_DEBT", "ACCOMMODATION"], ["FINANCE_BENEFIT_DEBT", "HEALTH"]));
        Assert.Equal(["ACCOMMODATION"], ReferralRules.Needs(Person, [], ReferralTargetKind.Service, "svc-1", ["ACCOMMODATION"], ["HEALTH"]));
        Assert.Empty(ReferralRules.Needs(Person, [], ReferralTargetKind.Placement, "plc-1", [], ["HEALTH"]));
    }

    [Fact]
    public void Without_needs_named_and_none_shared_the_referral_is_refused_saying_what_each_side_has()
    {
        var refused = Assert.Throws<InvalidInputException>(() => ReferralRules.Needs(Person, [], ReferralTargetKind.Service, "svc-3", ["FINANCE_BENEFIT_DEBT", "EDUCATION_TRAINING_EMPLOYMENT"]));

        Assert.Equal("input.needs", refused.Field);
        Assert.Contains("(ACCOMMODATION, DRUGS)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("(EDUCATION_TRAINING_EMPLOYMENT, FINANCE_BENEFIT_DEBT)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_needs_stand_when_the_service_addresses_them_whether_or_not_assessed()
    {
        Assert.Equal(["FINANCE_BENEFIT_DEBT"], ReferralRules.Needs(Person, ["FINANCE_BENEFIT_DEBT"], ReferralTargetKind.Service, "svc-3", ["FINANCE_BENEFIT_DEBT"]));
        Assert.Equal("input.needs", Assert.Throws<InvalidInputException>(() => ReferralRules.Needs(Person, ["DRUGS"], ReferralTargetKind.Service, "svc-3", ["FINANCE_BENEFIT_DEBT"])).Field);
    }

    [Fact]
    public void A_placement_addresses_no_needs_so_it_defaults_to_none_and_keeps_those_named()
    {
        Assert.Empty(ReferralRules.Needs(Person, [], ReferralTargetKind.Placement, "plc-1", []));
        Assert.Equal(["EDUCATION_TRAINING_EMPLOYMENT"], ReferralRules.Needs(Person, ["EDUCATION_TRAINING_EMPLOYMENT"], ReferralTargetKind.Placement, "plc-1", []));
    }
}
