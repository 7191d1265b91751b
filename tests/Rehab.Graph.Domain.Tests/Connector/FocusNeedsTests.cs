using Rehab.Graph.Domain.Connector;
using static Rehab.Graph.Domain.Tests.Connector.Make;

namespace Rehab.Graph.Domain.Tests.Connector;

public sealed class FocusNeedsTests
{
    private static readonly ConnectorProfile Assessed = Person with
    {
        Needs = [new("DRUGS", 1), new("ACCOMMODATION", 3), new("EDUCATION_TRAINING_EMPLOYMENT", 2)],
    };

    [Fact]
    public void By_default_the_focus_is_the_assessed_needs_most_severe_first()
    {
        var focus = FocusNeeds.For(Assessed, null);

        Assert.Equal([new("ACCOMMODATION", 3), new("EDUCATION_TRAINING_EMPLOYMENT", 2), new AssessedNeed("DRUGS", 1)], focus.Needs);
        Assert.Equal(["ACCOMMODATION", "EDUCATION_TRAINING_EMPLOYMENT", "DRUGS"], focus.Codes);
    }

    [Fact]
    public void An_empty_request_is_the_same_as_none()
    {
        Assert.Equal(FocusNeeds.For(Assessed, null).Codes, FocusNeeds.For(Assessed, []).Codes);
    }

    [Fact]
    public void Requested_needs_keep_their_assessed_severity()
    {
        var focus = FocusNeeds.For(Assessed, ["DRUGS", "ACCOMMODATION"]);

        Assert.Equal([new("ACCOMMODATION", 3), new AssessedNeed("DRUGS", 1)], focus.Needs);
    }

    [Fact]
    public void Requested_needs_that_were_not_assessed_are_ranked_by_their_order()
    {
        var focus = FocusNeeds.For(Assessed, ["ALCOHOL", "DRUGS", "MENTAL_HEALTH", "FINANCE_BENEFIT_DEBT"]);

        Assert.Equal(
            [new("ALCOHOL", 3), new("DRUGS", 1), new("MENTAL_HEALTH", 1), new AssessedNeed("FINANCE_BENEFIT_DEBT", 1)],
            focus.Needs);
    }

    [Fact]
    public void An_unassessed_first_request_is_as_severe_as_the_most_severe_assessed_need()
    {
        var focus = FocusNeeds.For(Assessed, ["ALCOHOL", "MENTAL_HEALTH", "ACCOMMODATION"]);

        Assert.Equal([new("ALCOHOL", 3), new("ACCOMMODATION", 3), new AssessedNeed("MENTAL_HEALTH", 2)], focus.Needs);
    }

    [Fact]
    public void Needs_ranked_by_order_are_three_two_then_one()
    {
        var needs = ConnectorProfile.RankedByOrder(["DRUGS", "ALCOHOL", "HEALTH", "LIFESTYLE", "RELATIONSHIPS"]);

        Assert.Equal(["DRUGS", "ALCOHOL", "HEALTH", "LIFESTYLE", "RELATIONSHIPS"], needs.Select(n => n.Code));
        Assert.Equal([3, 2, 1, 1, 1], needs.Select(n => n.Severity));
    }

    [Fact]
    public void A_profile_without_languages_speaks_english()
    {
        Assert.Equal(["en"], Person.Speaks);
        Assert.Equal(["pl"], (Person with { Languages = Set("pl") }).Speaks);
    }
}
