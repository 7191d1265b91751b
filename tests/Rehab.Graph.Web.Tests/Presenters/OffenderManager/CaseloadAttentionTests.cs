using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Caseload;
using PeopleData = Rehab.Graph.Client.CaseloadPageResult.PeopleData;

namespace Rehab.Graph.Web.Tests.Presenters.OffenderManager;

public sealed class CaseloadAttentionTests
{
    private static PeopleData.NodesData Person(string id) => new()
    {
        Id = id, DisplayName = $"Person {id}", RiskFlags = [], Needs = [],
    };

    [Fact]
    public void A_person_with_open_referrals_needing_attention_is_tagged_with_how_many_and_linked_to_their_referrals()
    {
        var people = new PeopleData { TotalCount = 2, Nodes = [Person("per-1"), Person("per-2")], PageInfo = new() { HasNextPage = false } };

        var rows = new CaseloadPresenter(people, CursorTrail.Of(null, null), ["per-2", "per-9", "per-2"]).Rows;

        Assert.Equal([0, 2], rows.Select(r => r.NeedingAttention));
        Assert.Equal("/people/per-2/referrals", rows[1].ReferralsHref);
    }
}
