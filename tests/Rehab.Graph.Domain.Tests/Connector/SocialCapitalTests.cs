using Rehab.Graph.Domain.Connector;

namespace Rehab.Graph.Domain.Tests.Connector;

public sealed class SocialCapitalTests
{
    private static readonly OrganisationRef Church = new("org-church", "St Mary's", "FAITH_GROUP");
    private static readonly OrganisationRef Charity = new("org-hope", "Hope Trust", "VCSE");
    private static readonly OrganisationRef Group = new("org-walk", "Walking group", "COMMUNITY_GROUP");
    private static readonly OrganisationRef WomensCentre = new("org-women", "Women's Centre", "WOMENS_CENTRE");
    private static readonly OrganisationRef Housing = new("org-housing", "City Housing", "HOUSING_PROVIDER");
    private static readonly OrganisationRef College = new("org-college", "City College", "EDUCATION_PROVIDER");

    [Fact]
    public void Bonding_counts_only_prosocial_family_friends_partners_and_peers()
    {
        var network = PersonNetwork.Empty with
        {
            Contacts =
            [
                Contact("FAMILY"), Contact("FRIEND"), Contact("PARTNER"), Contact("PEER"),
                Contact("EX_PARTNER"), Contact("CO_DEFENDANT"),
                Contact("FRIEND", prosocial: false), Contact("FAMILY", prosocial: false),
            ],
        };

        var capital = SocialCapital.Of(network, []);

        Assert.Equal(
            [new SocialTie("FAMILY", "Family member"), new SocialTie("FRIEND", "Friend"), new SocialTie("PARTNER", "Partner"), new SocialTie("PEER", "Prosocial peer")],
            capital.Bonding);
    }

    [Fact]
    public void Antisocial_ties_are_counted_apart_from_bonding()
    {
        var network = PersonNetwork.Empty with
        {
            Contacts = [Contact("FRIEND", prosocial: false), Contact("CO_DEFENDANT", prosocial: false), Contact("FRIEND")],
        };

        var capital = SocialCapital.Of(network, []);

        Assert.Equal(2, capital.AntisocialTies);
        Assert.Equal([new SocialTie("FRIEND", "Friend")], capital.Bonding);
    }

    [Fact]
    public void Bridging_is_mentors_and_community_organisations()
    {
        var network = PersonNetwork.Empty with
        {
            Mentors = [new MentorTie("mentor-17", "Sam", [], [])],
            Attended = [Attended("svc-1", Church), Attended("svc-2", Charity), Attended("svc-3", Group), Attended("svc-4", Housing)],
            Completed = [new CompletedPlacement("plc-1", "Garden tidy", WomensCentre)],
        };

        var capital = SocialCapital.Of(network, []);

        Assert.Equal(
            [
                new SocialTie("MENTOR", "Sam"),
                new SocialTie("ORGANISATION", "St Mary's"),
                new SocialTie("ORGANISATION", "Hope Trust"),
                new SocialTie("ORGANISATION", "Walking group"),
                new SocialTie("ORGANISATION", "Women's Centre"),
            ],
            capital.Bridging);
    }

    [Fact]
    public void Linking_is_other_organisations_and_completed_placements()
    {
        var network = PersonNetwork.Empty with
        {
            Attended = [Attended("svc-1", Housing), Attended("svc-2", Charity)],
            Completed = [new CompletedPlacement("plc-1", "Kitchen work trial", College)],
        };

        var capital = SocialCapital.Of(network, []);

        Assert.Equal(
            [
                new SocialTie("ORGANISATION", "City Housing"),
                new SocialTie("ORGANISATION", "City College"),
                new SocialTie("PLACEMENT", "Kitchen work trial"),
            ],
            capital.Linking);
    }

    [Fact]
    public void An_organisation_used_several_ways_is_one_tie()
    {
        var network = PersonNetwork.Empty with
        {
            Attended = [Attended("svc-1", Housing), Attended("svc-2", Housing)],
            Completed = [new CompletedPlacement("plc-1", "Repairs", Housing)],
        };

        var capital = SocialCapital.Of(network, []);

        Assert.Single(capital.Linking, t => t.Kind == "ORGANISATION");
        Assert.Single(capital.Linking, t => t.Kind == "PLACEMENT");
    }

    [Fact]
    public void Needs_without_ties_are_the_focus_needs_no_attended_service_or_mentor_addresses()
    {
        var network = PersonNetwork.Empty with
        {
            Mentors = [new MentorTie("mentor-17", "Sam", ["DRUGS"], [])],
            Attended = [Attended("svc-1", Housing, "ACCOMMODATION")],
        };

        var capital = SocialCapital.Of(network, ["ALCOHOL", "ACCOMMODATION", "DRUGS", "EDUCATION_TRAINING_EMPLOYMENT"]);

        Assert.Equal(["ALCOHOL", "EDUCATION_TRAINING_EMPLOYMENT"], capital.NeedsWithoutTies);
    }

    [Fact]
    public void An_empty_network_has_no_ties_and_leaves_every_focus_need_without_one()
    {
        var capital = SocialCapital.Of(PersonNetwork.Empty, ["DRUGS", "ALCOHOL"]);

        Assert.Empty(capital.Bonding);
        Assert.Empty(capital.Bridging);
        Assert.Empty(capital.Linking);
        Assert.Equal(0, capital.AntisocialTies);
        Assert.Equal(["DRUGS", "ALCOHOL"], capital.NeedsWithoutTies);
    }

    private static ContactTie Contact(string kind, bool prosocial = true) => new(kind, prosocial, [], []);

    private static AttendedService Attended(string id, OrganisationRef organisation, params string[] needs) =>
        new(id, $"Service {id}", organisation, needs);
}
