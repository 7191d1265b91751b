using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.ImmediateJustice;
using Case = Rehab.Graph.Client.ImmediateJusticePageResult.ImmediateJusticeCasesData;

namespace Rehab.Graph.Web.Tests.Presenters.ImmediateJustice;

public sealed class ImmediateJusticePresenterTests
{
    private static readonly WebUser Coordinator = new(WebRole.Partner, null, "org-0008", WebUser.ImmediateJusticeCoordinator, null, null);
    private static readonly WebUser OffenderManager = new(WebRole.OffenderManager, "prc-07", null, null, null, null);
    private static readonly WebUser Referrer = new(WebRole.Referrer, null, "org-0071", null, null, null);

    private static readonly DateTimeOffset ReferredAt = new(2026, 1, 15, 14, 30, 0, TimeSpan.Zero);

    private static Case Row(string id, string? coordinator, CaseStatus status = CaseStatus.Referred, double hoursSinceReferral = 2, IReadOnlyList<string>? attention = null, string? certificate = null) => new()
    {
        Id = id,
        Status = status,
        PersonDisplayName = $"Person {id}",
        Hours = 10,
        HoursDone = status == CaseStatus.Completed ? 10 : 2.5,
        ReferredAt = ReferredAt,
        DueBy = ReferredAt.AddHours(48),
        HoursLeftOnClock = new FixedClock(ReferredAt.AddHours(hoursSinceReferral)).HoursLeft(ReferredAt.AddHours(48)),
        CoordinatorId = coordinator,
        Attention = attention ?? [],
        CertificateCode = certificate,
    };

    [Fact]
    public void A_coordinator_sees_the_queue_apart_from_their_own_cases()
    {
        var presenter = new ImmediateJusticePresenter(Coordinator, [Row("ijc-1", null), Row("ijc-2", "org-0008", CaseStatus.Contacted), Row("ijc-3", null)], attentionOnly: false);

        Assert.Equal("Immediate Justice", presenter.Title);
        Assert.False(presenter.IsReferrer);
        Assert.Equal(["ijc-1", "ijc-3"], presenter.Queue.Select(r => r.Href[(ImmediateJusticePresenter.Path.Length + "/cases/".Length)..]));
        Assert.Equal("Person ijc-2", Assert.Single(presenter.Mine).Person);
        Assert.Empty(presenter.Referred);
    }

    [Fact]
    public void Each_row_has_the_person_status_clock_hours_and_referral_time_in_UK_time()
    {
        var row = new ImmediateJusticePresenter(OffenderManager, [Row("ijc-1", null, hoursSinceReferral: 45.5)], false).Queue.Single();

        Assert.Equal(
            new CaseRow("Person ijc-1", "/immediate-justice/cases/ijc-1", "Referred", "govuk-tag--blue", "2 hours 30 minutes left", "govuk-tag--orange", "2.5 of 10", "15 January 2026, 14:30", null, null),
            row);
    }

    [Fact]
    public void Overdue_and_booked_cases_show_their_clock_as_such()
    {
        var rows = new ImmediateJusticePresenter(Coordinator, [Row("late", "org-0008", hoursSinceReferral: 50, attention: ["PAST_48_HOURS"]), Row("booked", "org-0008", CaseStatus.Booked, 50)], false).Mine;

        Assert.Equal(("Overdue by 2 hours", "govuk-tag--red"), (rows[0].Clock, rows[0].ClockClass));
        Assert.Equal("Past 48 hours", rows[0].Attention);
        Assert.Null(rows[1].Clock);
        Assert.Null(rows[1].ClockClass);
    }

    [Fact]
    public void The_attention_list_has_its_own_title()
    {
        var presenter = new ImmediateJusticePresenter(Coordinator, [Row("ijc-1", "org-0008", attention: ["MISSED_SESSIONS", "CONTACT_OVERDUE"])], attentionOnly: true);

        Assert.Equal("Immediate Justice cases needing attention", presenter.Title);
        Assert.True(presenter.AttentionOnly);
        Assert.Equal("Missed sessions, Contact overdue", Assert.Single(presenter.Mine).Attention);
    }

    [Fact]
    public void A_referrer_sees_their_organisations_referrals_with_the_certificate_and_never_the_queue()
    {
        var presenter = new ImmediateJusticePresenter(Referrer, [Row("ijc-1", null), Row("ijc-2", null, CaseStatus.Completed, certificate: "abc123")], attentionOnly: true);

        Assert.Equal("Immediate Justice referrals", presenter.Title);
        Assert.True(presenter.IsReferrer);
        Assert.Empty(presenter.Queue);
        Assert.Empty(presenter.Mine);
        Assert.Equal([null, "abc123"], presenter.Referred.Select(r => r.Certificate));
        Assert.Equal("10 of 10", presenter.Referred[1].Hours);
    }

    [Fact]
    public void With_no_cases_every_list_is_empty()
    {
        foreach (var user in new[] { Coordinator, OffenderManager, Referrer })
        {
            var presenter = new ImmediateJusticePresenter(user, [], false);
            Assert.Empty(presenter.Queue);
            Assert.Empty(presenter.Mine);
            Assert.Empty(presenter.Referred);
        }
    }

    [Fact]
    public void A_case_id_is_escaped_into_its_link()
    {
        Assert.Equal("/immediate-justice/cases/x%2F..%2Fadmin", ImmediateJusticePresenter.CaseHref("x/../admin"));
    }
}
