using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Domain.Tests.Access;

public sealed class CallerTests
{
    [Fact]
    public void An_offender_manager_coordinates_in_person_and_a_partner_with_the_duty_for_its_organisation()
    {
        Assert.Equal(new CaseCoordinator("prc-1", null), new Caller(CallerRole.OffenderManager, "prc-1", null).Coordinator);
        Assert.Equal(new CaseCoordinator(null, "org-1"), new Caller(CallerRole.Partner, null, "org-1", "a.lee", CallerDuty.IjCoordinator).Coordinator);
    }

    [Theory]
    [InlineData(CallerRole.Partner, null)]
    [InlineData(CallerRole.Referrer, CallerDuty.IjCoordinator)]
    [InlineData(CallerRole.Commissioner, CallerDuty.IjCoordinator)]
    [InlineData(CallerRole.Admin, CallerDuty.IjCoordinator)]
    public void The_duty_counts_only_on_a_partners_token(CallerRole role, CallerDuty? duty)
    {
        var caller = new Caller(role, null, "org-1", null, duty);

        Assert.Null(caller.Coordinator);
        Assert.Throws<ForbiddenException>(() => caller.Require(AccessPolicy.TakeImmediateJusticeCase));
    }

    [Fact]
    public void An_anonymous_caller_must_sign_in_to_coordinate()
    {
        Assert.Throws<UnauthenticatedException>(() => Caller.Anonymous.Require(AccessPolicy.TakeImmediateJusticeCase));
    }

    [Theory]
    [InlineData(CallerRole.Admin, null)]
    [InlineData(CallerRole.Commissioner, null)]
    [InlineData(CallerRole.OffenderManager, typeof(ForbiddenException))]
    [InlineData(CallerRole.Partner, typeof(ForbiddenException))]
    [InlineData(CallerRole.Referrer, typeof(ForbiddenException))]
    [InlineData(CallerRole.Anonymous, typeof(UnauthenticatedException))]
    public void A_role_check_lets_through_only_the_roles_granted(CallerRole role, Type? refused)
    {
        var caller = new Caller(role, null, null);

        var error = Record.Exception(() => caller.Require(AccessPolicy.NeedCounts));

        Assert.Equal(refused, error?.GetType());
        Assert.True(error is null || error.Message.Contains("commissioners and admins", StringComparison.Ordinal));
    }
}
