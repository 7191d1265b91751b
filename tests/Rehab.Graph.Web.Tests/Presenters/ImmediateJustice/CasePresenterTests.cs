using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.ImmediateJustice;
using Rehab.Graph.Web.Pages.Partner;
using Case = Rehab.Graph.Client.ImmediateJusticeCasePageResult.ImmediateJusticeCaseData;
using Placements = Rehab.Graph.Client.ImmediateJusticePlacementsResult.ConnectData.PlacementsData;

namespace Rehab.Graph.Web.Tests.Presenters.ImmediateJustice;

public sealed class CasePresenterTests
{
    private static readonly WebUser Coordinator = new(WebRole.Partner, null, "org-0008", WebUser.ImmediateJusticeCoordinator, null, null);
    private static readonly WebUser OffenderManager = new(WebRole.OffenderManager, "prc-07", null, null, null, null);
    private static readonly WebUser Referrer = new(WebRole.Referrer, null, "org-0071", null, null, null);

    /// <summary>Referred on 10 June 2026 at 09:00 UTC (10:00 in the UK), read by the hub an hour later.</summary>
    private static readonly DateTimeOffset ReferredAt = new(2026, 6, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly FixedClock Hub = new(ReferredAt.AddHours(1));

    private static Case InQueue() => new()
    {
        Id = "ijc-0001",
        Status = CaseStatus.Referred,
        PersonDisplayName = "J. Smith",
        PersonId = "per-ij-1",
        PersonContact = new() { Email = "j.smith@example.org", Phone = "07700900123" },
        PersonPostalAddress = "1 High Street, Hull",
        Referrer = new() { Name = "Humber Police OCD Team", Email = "ooc@police.example", Phone = "01482 000000" },
        OffenceSummary = "Criminal damage to a bus shelter",
        Hours = 6,
        HoursDone = 0,
        SessionsMissed = 0,
        ReferredAt = ReferredAt,
        DueBy = ReferredAt.AddHours(48),
        HoursLeftOnClock = Hub.HoursLeft(ReferredAt.AddHours(48)),
        ContactDueBy = new DateTimeOffset(2026, 6, 10, 16, 0, 0, TimeSpan.Zero),
        Attention = [],
    };

    private static Case Taken() => InQueue() with { CoordinatorId = "org-0008" };

    private static Case Contacted() => Taken() with { Status = CaseStatus.Contacted, ContactedAt = ReferredAt.AddHours(2) };

    private static Case Assessed() => Contacted() with { Status = CaseStatus.Assessed, AssessedAt = ReferredAt.AddHours(3) };

    private static Case Booked() => Assessed() with
    {
        Status = CaseStatus.Booked,
        FirstSessionAt = ReferredAt.AddHours(26),
        Referral = new() { Id = "ref-9", Status = ReferralStatus.Accepted, Placement = new() { Id = "plc-0001", Title = "Park clean-up" } },
    };

    private static Case Completed() => Booked() with { Status = CaseStatus.Completed, BriefedAt = ReferredAt.AddHours(25), HoursDone = 6, CompletedAt = ReferredAt.AddDays(7), CertificateCode = "0123456789abcdef0123456789abcdef" };

    private static CasePresenter Show(Case @case, WebUser? user = null, string? task = null, string? done = null, IReadOnlyList<Placements>? placements = null, FieldErrors? errors = null) =>
        new(user ?? Coordinator, @case, task, errors ?? new FieldErrors(), done, placements);

    private static IReadOnlyList<(string Name, bool Link, string Status)> Tasks(CasePresenter presenter) =>
        presenter.TaskList.Select(t => (t.Name, t.Href is not null, t.Status)).ToList();

    [Fact]
    public void A_case_in_the_queue_can_only_be_taken()
    {
        var presenter = Show(InQueue());

        Assert.True(presenter.InQueue);
        Assert.True(presenter.ShowsTasks);
        Assert.Equal("Immediate Justice case for J. Smith", presenter.Title);
        Assert.Equal(("Referred", "govuk-tag--blue"), presenter.Status);
        Assert.Equal(("47 hours left", "govuk-tag--grey"), presenter.Clock);
        Assert.Equal(
            [("Take the case", false, "Not yet started"), ("Contact the person", false, "Cannot start yet"), ("Assess risk", false, "Cannot start yet"),
             ("Book a placement", false, "Cannot start yet"), ("Give the safety briefing", false, "Cannot start yet")],
            Tasks(presenter));
        Assert.Equal(0, presenter.TasksDone);
    }

    [Fact]
    public void Each_step_done_opens_the_next_and_only_the_next()
    {
        Assert.Equal(
            [("Take the case", false, "Completed"), ("Contact the person", true, "Not yet started"), ("Assess risk", false, "Cannot start yet"),
             ("Book a placement", false, "Cannot start yet"), ("Give the safety briefing", false, "Cannot start yet")],
            Tasks(Show(Taken())));
        Assert.Equal(
            [("Take the case", false, "Completed"), ("Contact the person", false, "Completed"), ("Assess risk", true, "Not yet started"),
             ("Book a placement", false, "Cannot start yet"), ("Give the safety briefing", false, "Cannot start yet")],
            Tasks(Show(Contacted())));
        Assert.Equal(
            [("Take the case", false, "Completed"), ("Contact the person", false, "Completed"), ("Assess risk", false, "Completed"),
             ("Book a placement", true, "Not yet started"), ("Give the safety briefing", false, "Cannot start yet")],
            Tasks(Show(Assessed())));
        Assert.Equal(
            [("Take the case", false, "Completed"), ("Contact the person", false, "Completed"), ("Assess risk", false, "Completed"),
             ("Book a placement", false, "Completed"), ("Give the safety briefing", true, "Not yet started")],
            Tasks(Show(Booked())));
        Assert.Equal(5, Show(Completed()).TasksDone);
        Assert.All(Show(Completed()).TaskList, t => Assert.Null(t.Href));
    }

    [Fact]
    public void Each_tasks_link_is_the_cases_address_and_the_task()
    {
        Assert.Equal("/immediate-justice/cases/ijc-0001/contact", Show(Taken()).TaskList[1].Href);
        Assert.Equal("/immediate-justice/cases/ijc-0001/risk", Show(Contacted()).TaskList[2].Href);
        Assert.Equal("/immediate-justice/cases/ijc-0001/book", Show(Assessed()).TaskList[3].Href);
        Assert.Equal("/immediate-justice/cases/ijc-0001/briefing", Show(Booked()).TaskList[4].Href);
        Assert.Equal("/immediate-justice/cases/a%2Fb%3Fc", Show(Taken() with { Id = "a/b?c" }).Href);
    }

    [Fact]
    public void A_booking_declined_or_withdrawn_gives_the_booking_task_back()
    {
        var rebook = Booked() with { Status = CaseStatus.Assessed, FirstSessionAt = null, Referral = Booked().Referral! with { Status = ReferralStatus.Declined } };

        Assert.Equal(("Book a placement", true, "Not yet started"), Tasks(Show(rebook))[3]);
        Assert.Equal(("Give the safety briefing", false, "Cannot start yet"), Tasks(Show(rebook))[4]);
    }

    [Fact]
    public void The_clock_stops_once_a_placement_is_booked()
    {
        Assert.NotNull(Show(Assessed()).Clock);
        Assert.Null(Show(Booked()).Clock);
        Assert.Null(Show(Completed()).Clock);
    }

    [Fact]
    public void The_coordinator_sees_how_to_reach_the_person_and_the_referrer_in_UK_time()
    {
        var rows = Show(Taken()).Summary.ToDictionary(r => r.Key, r => r.Value);

        Assert.Equal("ijc-0001", rows["Reference"]);
        Assert.Equal("0 of 6 done", rows["Hours"]);
        Assert.Equal("10 June 2026, 10:00", rows["Referred"]);
        Assert.Equal("12 June 2026, 10:00", rows["First session due by"]);
        Assert.Equal("10 June 2026, 17:00", rows["Contact due by"]);
        Assert.Equal("j.smith@example.org, 07700900123", rows["Person's contact"]);
        Assert.Equal("1 High Street, Hull", rows["Person's address"]);
        Assert.Equal("Humber Police OCD Team, ooc@police.example, 01482 000000", rows["Referred by"]);
        Assert.DoesNotContain("Certificate code", rows.Keys);
    }

    [Fact]
    public void A_person_reachable_only_by_post_has_no_empty_contact_row()
    {
        var byPost = Taken() with { PersonContact = new() { Email = null, Phone = null } };

        var keys = Show(byPost).Summary.Select(r => r.Key).ToList();

        Assert.DoesNotContain("Person's contact", keys);
        Assert.Contains("Person's address", keys);
        Assert.All(Show(byPost).Summary, r => Assert.False(string.IsNullOrWhiteSpace(r.Value), r.Key));
    }

    [Fact]
    public void The_referrer_follows_the_case_without_the_coordinators_details()
    {
        var presenter = Show(Completed() with { PersonContact = null, PersonPostalAddress = null, Referrer = null, CoordinatorId = null, FirstSessionAt = null, Referral = null }, Referrer);
        var rows = presenter.Summary.ToDictionary(r => r.Key, r => r.Value);

        Assert.False(presenter.ShowsTasks);
        Assert.True(presenter.IsReferrer);
        Assert.Equal("6 of 6 done", rows["Hours"]);
        Assert.Equal("0123456789abcdef0123456789abcdef", rows["Certificate code"]);
        Assert.DoesNotContain("Contact due by", rows.Keys);
        Assert.DoesNotContain("Referred by", rows.Keys);
        Assert.DoesNotContain("Person's contact", rows.Keys);
    }

    [Fact]
    public void A_booked_case_names_its_placement_and_first_session()
    {
        var rows = Show(Booked()).Summary.ToDictionary(r => r.Key, r => r.Value);

        Assert.Equal("Park clean-up", rows["Placement"]);
        Assert.Equal("11 June 2026, 12:00", rows["First session"]);
    }

    [Fact]
    public void Reasons_for_attention_read_as_words()
    {
        var rows = Show(Taken() with { Attention = ["CONTACT_OVERDUE", "PAST_48_HOURS"] }).Summary.ToDictionary(r => r.Key, r => r.Value);

        Assert.Equal("Contact overdue, Past 48 hours", rows["Needs attention"]);
    }

    [Theory]
    [InlineData(null, "Immediate Justice case for J. Smith")]
    [InlineData("contact", "Record contact")]
    [InlineData("risk", "Risk assessment")]
    [InlineData("book", "Book a placement")]
    [InlineData("briefing", "Safety briefing")]
    public void Each_task_has_its_own_title(string? task, string title)
    {
        Assert.Equal(title, Show(Taken(), task: task).Title);
    }

    [Theory]
    [InlineData("taken", "You have taken this case")]
    [InlineData("contact", "Contact recorded")]
    [InlineData("risk", "Risk assessment recorded")]
    [InlineData("book", "Placement booked")]
    [InlineData("briefing", "Safety briefing recorded")]
    [InlineData("referred", null)]
    [InlineData("<script>", null)]
    [InlineData(null, null)]
    public void The_banner_after_a_task_says_what_was_done_and_nothing_else(string? done, string? banner)
    {
        Assert.Equal(banner, Show(Taken(), done: done).Banner);
    }

    [Fact]
    public void Only_the_referrer_who_has_just_referred_sees_the_confirmation_panel()
    {
        Assert.True(Show(InQueue(), Referrer, done: "referred").JustReferred);
        Assert.False(Show(InQueue(), Referrer).JustReferred);
        Assert.False(Show(InQueue(), OffenderManager, done: "referred").JustReferred);
    }

    [Fact]
    public void An_offender_manager_coordinates_as_a_partner_coordinator_does()
    {
        var presenter = Show(Taken() with { CoordinatorId = "prc-07" }, OffenderManager);

        Assert.True(presenter.ShowsTasks);
        Assert.False(presenter.InQueue);
        Assert.Equal(("Contact the person", true, "Not yet started"), Tasks(presenter)[1]);
    }

    [Fact]
    public void Errors_go_beside_their_field_and_into_the_summary()
    {
        var errors = new FieldErrors();
        errors.Add("riskOfHarm", "Select the person's risk of harm");

        var presenter = Show(Contacted(), task: "risk", errors: errors);

        Assert.True(presenter.HasErrors);
        Assert.Equal("Select the person's risk of harm", presenter.ErrorFor("riskOfHarm"));
        Assert.Null(presenter.ErrorFor("note"));
        Assert.Equal("#riskOfHarm", Assert.Single(presenter.ErrorSummary).Href);
    }

    private static Placements Placement(string id, double km, int slots, bool soon, DateTimeOffset? start) => new()
    {
        Placement = new() { Id = id, Title = $"Placement {id}", Kind = "IMMEDIATE_JUSTICE", Organisation = new() { Name = "Kingston Community Payback" } },
        DistanceKm = km,
        AvailableSlots = slots,
        CanStartWithin48h = soon,
        EarliestStart = start,
    };

    [Fact]
    public void Placements_that_can_start_within_48_hours_come_first_then_the_nearest_and_full_ones_are_left_out()
    {
        var placements = new[]
        {
            Placement("far-soon", 9.5, 1, true, ReferredAt.AddHours(20)),
            Placement("near-later", 0.8, 2, false, ReferredAt.AddDays(5)),
            Placement("near-soon", 1.26, 3, true, ReferredAt.AddHours(24)),
            Placement("full", 0.1, 0, true, ReferredAt.AddHours(2)),
            Placement("none", 2, 1, false, null),
        };

        var choices = Show(Assessed(), task: "book", placements: placements).Placements;

        Assert.Equal(["near-soon", "far-soon", "near-later", "none"], choices.Select(c => c.Id));
        Assert.Equal("Kingston Community Payback, 1.3 km from home. Next session 11 June 2026, 10:00, within 48 hours", choices[0].Hint);
        Assert.True(choices[0].Soon);
        Assert.Equal("Kingston Community Payback, 2.0 km from home. No session available", choices[3].Hint);
        Assert.Empty(Show(Assessed(), task: "book").Placements);
    }
}
