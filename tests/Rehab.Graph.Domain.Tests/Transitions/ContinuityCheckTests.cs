using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Projects;
using Rehab.Graph.Domain.Transitions;
using static Rehab.Graph.Domain.Tests.Connector.Make;

namespace Rehab.Graph.Domain.Tests.Transitions;

public sealed class ContinuityCheckTests
{
    private const double Reach = 10;

    private static readonly ConnectorProfile Moved = Person with { Home = North(25) };

    [Fact]
    public void A_move_beyond_reach_warns_of_a_service_and_a_mentor_in_their_own_words()
    {
        var ties = ContinuityCheck.Of(Person, Moved, [Tie(Service("svc-1")), Tie(Mentor("mnt-1"))], Reach);

        Assert.Equal([ContinuityCheck.OutOfReach, ContinuityCheck.MentorTooFar], ties.Select(t => t.Warning!.Code));
        Assert.Equal("Service svc-1 would be 25 km from home (now 0 km), further than the 10 km connect searches.", ties[0].Warning!.Message);
        Assert.Equal("Their mentor Mentor mnt-1 would be 25 km away (now 0 km), further than the 10 km connect searches.", ties[1].Warning!.Message);
        Assert.Equal((0, 25), (ties[0].DistanceKmNow, ties[0].DistanceKmAfter));
    }

    [Fact]
    public void A_move_within_reach_an_online_service_and_a_tie_already_far_that_comes_closer_are_kept()
    {
        var online = Service("svc-online") with { Online = true };
        var far = Service("svc-far") with { Lat = North(40).Latitude };

        var ties = ContinuityCheck.Of(Person, Person with { Home = North(8) }, [Tie(Service("svc-near")), Tie(online), Tie(far)], Reach);

        Assert.All(ties, t => Assert.Null(t.Warning));
        Assert.Null(ties.Single(t => t.Subject.Id == "svc-online").DistanceKmAfter);
    }

    [Fact]
    public void A_tie_already_out_of_reach_is_warned_of_only_when_the_move_takes_it_further()
    {
        var far = Service("svc-far") with { Lat = North(15).Latitude };

        Assert.Null(ContinuityCheck.Of(Person, Person with { Home = North(3) }, [Tie(far)], Reach).Single().Warning);
        Assert.Equal(ContinuityCheck.OutOfReach, ContinuityCheck.Of(Person, Person with { Home = North(-3) }, [Tie(far)], Reach).Single().Warning!.Code);
    }

    [Fact]
    public void Turning_too_old_for_a_youth_service_is_warned_of_with_its_age_limits_but_not_a_rule_broken_already()
    {
        var youth = Service("svc-youth") with { MinAge = 12, MaxAge = 17 };
        var adult = Service("svc-adult") with { MinAge = 21 };

        var ties = ContinuityCheck.Of(Person with { Age = 17 }, Person with { Age = 18 }, [Tie(youth), Tie(adult)], Reach);

        var warned = Assert.Single(ties, t => t.Warning is not null);
        Assert.Equal(HardRules.Age, warned.Warning!.Code);
        Assert.Equal("Service svc-youth: for ages 12 to 17, which they would no longer meet.", warned.Warning.Message);
    }

    [Fact]
    public void A_place_the_person_already_has_is_no_warning_however_full_it_is()
    {
        var full = Placement("plc-full") with { Capacity = 2, Filled = 2 };

        Assert.Null(ContinuityCheck.Of(Person, Person, [Tie(full)], Reach).Single().Warning);
    }

    [Fact]
    public void Ties_that_may_break_come_first_then_by_kind_and_name()
    {
        var far = Service("svc-b") with { Lat = North(-12).Latitude, Name = "B" };
        var ties = ContinuityCheck.Of(Person, Person with { Home = North(1) }, [Tie(Mentor("mnt-1")), Tie(Service("svc-z") with { Name = "Z" }), Tie(far), Tie(Service("svc-a") with { Name = "A" })], Reach);

        Assert.Equal(["svc-b", "svc-a", "svc-z", "mnt-1"], ties.Select(t => t.Subject.Id));
    }

    [Fact]
    public void Who_they_know_is_read_from_their_mentors_organisations_the_workers_they_have_met_and_people_they_know_by_kind()
    {
        var service = Service("svc-1") with { Contact = new Contact("J. Keyworker", null, null, null) };
        var placement = Placement("plc-1") with { Contact = new Contact("S. Fisher", null, null, null) };
        var project = Project("prj-1") with { Members = [Member("per-1"), Member("per-2"), Member("per-3")] };
        var ties = new PersonTies(
            [new HeldTie(TieKind.Service, "svc-1", PersonTies.Attends, null), new HeldTie(TieKind.Placement, "plc-1", "PENDING", null),
             new HeldTie(TieKind.Project, "prj-1", PersonTies.Member, null), new HeldTie(TieKind.Service, "svc-gone", PersonTies.Attends, null)],
            [new MentorAt("A. Khan", "org-hope", "Hope Trust")],
            [new ContactAt("FRIEND", "svc-1", "ATTENDED"), new ContactAt("FAMILY", "prj-1", "MEMBER_OF")]);

        var subjects = ties.Subjects(
            new Dictionary<string, ServiceListing> { ["svc-1"] = service }, new Dictionary<string, PlacementListing> { ["plc-1"] = placement },
            new Dictionary<string, MentorListing>(), new Dictionary<string, ProjectRecord> { ["prj-1"] = project });

        Assert.Equal(["svc-1", "plc-1", "prj-1"], subjects.Select(s => s.Id));
        Assert.Equal(
            ["A. Khan: Their mentor, who volunteers with Hope Trust", "J. Keyworker: The service's contact", "-: A friend of theirs goes there too"],
            subjects[0].KnownPeople.Select(Said));
        Assert.Equal(["A. Khan: Their mentor, who volunteers with Hope Trust"], subjects[1].KnownPeople.Select(Said));
        Assert.Equal(["-: 2 other members", "-: Family of theirs is a member too"], subjects[2].KnownPeople.Select(Said));
    }

    private static GeoPoint North(double km) => new(Centre.Latitude + (km / 111.195), Centre.Longitude);

    private static TieSubject Tie(ServiceListing s) => new(TieKind.Service, s.Id, s.Name, s.Organisation.Id, CommunityConnector.Offer(s), PersonTies.Attends, null, [], s);

    private static TieSubject Tie(PlacementListing p) => new(TieKind.Placement, p.Id, p.Title, p.Organisation.Id, CommunityConnector.Offer(p), "ACCEPTED", null, [], p);

    private static TieSubject Tie(MentorListing m) => new(TieKind.Mentor, m.Id, m.DisplayName, null, CommunityConnector.Offer(m), PersonTies.Mentor, null, [], m);

    private static ProjectMember Member(string id) => new(id, id, WednesdayNoon, Founder: false, OffenderManagerId: null);

    private static string Said(KnownPerson known) => $"{known.Name ?? "-"}: {known.Relationship}";
}
