using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Admin;
using Entries = Rehab.Graph.Client.AuditTrailPageResult.AuditTrailData;

namespace Rehab.Graph.Web.Tests.Presenters.Admin;

public sealed class AuditTrailPresenterTests
{
    private static Entries.NodesData Entry(string id, DateTimeOffset at, string? before = null, string? after = null) => new()
    {
        Id = id,
        At = at,
        ActorRole = "OFFENDER_MANAGER",
        ActorId = "a.rahman",
        ActorUserId = "a.rahman",
        ActorPractitionerId = "prc-07",
        ActorOrganisationId = null,
        Action = "PERSON_READ",
        TargetId = "per-0001",
        Summary = null,
        Before = before,
        After = after,
    };

    private static Entries Page(int total, bool hasNext, string? end, params Entries.NodesData[] nodes) =>
        new() { TotalCount = total, Nodes = nodes, PageInfo = new() { HasNextPage = hasNext, EndCursor = end } };

    private static AuditTrailForm Form(string? target = null, string? actor = null, string? action = null, string? after = null, string? trail = null) =>
        new(target, actor, action, CursorTrail.Of(after, trail));

    [Fact]
    public void Times_are_UK_local_in_summer_and_winter()
    {
        Assert.Equal("1 July 2026, 13:05:09", AuditTrailPresenter.UkLocal(new DateTimeOffset(2026, 7, 1, 12, 5, 9, TimeSpan.Zero)));
        Assert.Equal("6 December 2026, 12:05:09", AuditTrailPresenter.UkLocal(new DateTimeOffset(2026, 12, 6, 12, 5, 9, TimeSpan.Zero)));
    }

    [Fact]
    public void A_row_says_who_acted_in_what_role_and_as_whom_and_shows_a_change_indented()
    {
        var presenter = new AuditTrailPresenter(Form(), Page(1, false, null, Entry("aud-1", new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero), null, """{"name":"Hull Food Hub","kind":"VCSE"}""")), new Dictionary<string, string>());

        var row = Assert.Single(presenter.Rows);

        Assert.Equal("a.rahman", row.Actor);
        Assert.Equal("Offender manager, as prc-07", row.ActorDetail);
        Assert.Equal("2026-12-06T09:00:00Z", row.AtIso);
        Assert.True(row.HasChange);
        Assert.Null(row.Before);
        Assert.Equal("{\n  \"name\": \"Hull Food Hub\",\n  \"kind\": \"VCSE\"\n}", row.After!.ReplaceLineEndings("\n"));
        Assert.Equal("1 entry, newest first", presenter.Caption);
        Assert.Null(presenter.Pagination);
    }

    [Fact]
    public void Text_that_is_not_JSON_is_shown_as_it_is() =>
        Assert.Equal("not { json", AuditTrailPresenter.Pretty("not { json"));

    [Fact]
    public void Pages_keep_the_filters_and_the_trail_of_cursors_back()
    {
        var nodes = Enumerable.Range(1, 20).Select(i => Entry($"aud-{i}", DateTimeOffset.UnixEpoch)).ToArray();
        var second = new AuditTrailPresenter(Form("per-0001", " a.rahman ", "person read", "c20"), Page(45, true, "c40", nodes), new Dictionary<string, string>());

        Assert.Equal("/admin/audit?targetId=per-0001&actorId=a.rahman&action=PERSON_READ&after=c40&trail=c20", second.Pagination!.NextHref);
        Assert.Equal("/admin/audit?targetId=per-0001&actorId=a.rahman&action=PERSON_READ", second.Pagination.PreviousHref);
        Assert.Equal("Showing 21 to 40 of 45 entries", second.Pagination.Summary);
        Assert.Equal("45 entries match, newest first", second.Caption);
    }
}
