using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Admin;

namespace Rehab.Graph.Web.Tests.Presenters.Admin;

public sealed class AuditTrailFormTests
{
    [Fact]
    public void Filters_are_trimmed_the_action_is_read_as_the_hub_writes_it_and_no_filter_sends_none()
    {
        var (filtered, errors) = new AuditTrailForm(" per-0001 ", "", "referral created", CursorTrail.Of("c20", null)).Validate();
        var (everything, _) = new AuditTrailForm(null, " ", null, CursorTrail.Of(null, null)).Validate();

        Assert.Empty(errors);
        Assert.Equal(("per-0001", null, "REFERRAL_CREATED"), (filtered!.Where!.TargetId, filtered.Where.ActorId, filtered.Where.Action));
        Assert.Equal(("c20", 20), (filtered.After, filtered.First));
        Assert.Null(everything!.Where);
    }

    [Theory]
    [InlineData(101, 0, "x", "targetId")]
    [InlineData(0, 101, "x", "actorId")]
    [InlineData(0, 0, "DROP TABLE;", "action")]
    [InlineData(0, 0, "PERSON-READ", "action")]
    public void Too_long_an_id_or_an_action_that_is_not_a_code_is_refused_beside_its_field(int targetLength, int actorLength, string action, string field)
    {
        var (variables, errors) = new AuditTrailForm(new string('t', targetLength), new string('a', actorLength), action == "x" ? null : action, CursorTrail.Of(null, null)).Validate();

        Assert.Null(variables);
        Assert.Equal([field], errors.Keys);
    }
}
