using Rehab.Graph.Domain.Connector;

namespace Rehab.Graph.Domain.Tests.Connector;

public sealed class BridgesTests
{
    private const string ServiceId = "svc-hope-housing";
    private const string PlacementId = "plc-hope-garden";
    private const string HopeId = "org-hope";
    private const string Hope = "Hope Trust";

    private static readonly OrganisationRef HopeTrust = new(HopeId, Hope, "VCSE");
    private static readonly OrganisationRef RecoveryCafe = new("org-cafe", "Recovery Café", "COMMUNITY_GROUP");
    private static readonly OrganisationRef Jobcentre = new("org-jobs", "Jobcentre Plus", "STATUTORY");

    [Fact]
    public void A_mentor_who_volunteers_at_the_provider_is_a_bridge_of_two_hops()
    {
        var network = PersonNetwork.Empty with { Mentors = [new MentorTie("mentor-17", "Sam", [], [Jobcentre, HopeTrust])] };

        var bridge = Assert.Single(new Bridges(network).ToService(ServiceId, HopeId, Hope));

        Assert.Equal(new Bridge("Their mentor Sam volunteers at Hope Trust", 2), bridge);
    }

    [Fact]
    public void A_mentor_who_volunteers_elsewhere_is_no_bridge()
    {
        var network = PersonNetwork.Empty with { Mentors = [new MentorTie("mentor-17", "Sam", [], [Jobcentre])] };

        Assert.Empty(new Bridges(network).ToService(ServiceId, HopeId, Hope));
    }

    [Fact]
    public void Several_contacts_of_a_kind_are_one_bridge_that_reads_well()
    {
        var network = PersonNetwork.Empty with
        {
            Contacts = [new ContactTie("FRIEND", Prosocial: true, [ServiceId], []), new ContactTie("FRIEND", Prosocial: true, [ServiceId], [])],
        };

        var bridge = Assert.Single(new Bridges(network).ToService(ServiceId, HopeId, Hope));

        Assert.Equal("2 friends used this service", bridge.Text);
    }

    [Fact]
    public void A_prosocial_contact_who_went_to_the_service_is_a_bridge_that_names_only_the_kind_of_tie()
    {
        var network = PersonNetwork.Empty with
        {
            Mentors = [new MentorTie("mentor-17", "Sam", [], [Jobcentre])],
            Contacts = [new ContactTie("FRIEND", Prosocial: true, [ServiceId], [])],
        };

        var bridge = Assert.Single(new Bridges(network).ToService(ServiceId, HopeId, Hope));

        Assert.Equal(2, bridge.Hops);
        Assert.Equal("A friend used this service", bridge.Text);
        Assert.DoesNotContain("mentor-17", bridge.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ServiceId, bridge.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contact_who_is_not_prosocial_is_no_bridge()
    {
        var network = PersonNetwork.Empty with { Contacts = [new ContactTie("CO_DEFENDANT", Prosocial: false, [ServiceId], [PlacementId])] };

        Assert.Empty(new Bridges(network).ToService(ServiceId, HopeId, Hope));
        Assert.Empty(new Bridges(network).ToPlacement(PlacementId, HopeId, Hope));
    }

    [Fact]
    public void Only_the_prosocial_contacts_of_a_kind_are_counted()
    {
        var network = PersonNetwork.Empty with
        {
            Contacts =
            [
                new ContactTie("FAMILY", Prosocial: true, [ServiceId], []),
                new ContactTie("FAMILY", Prosocial: false, [ServiceId], []),
            ],
        };

        var bridge = Assert.Single(new Bridges(network).ToService(ServiceId, HopeId, Hope));

        Assert.Equal("A family member used this service", bridge.Text);
    }

    [Fact]
    public void A_contact_who_went_to_another_service_is_no_bridge_to_this_one()
    {
        var network = PersonNetwork.Empty with { Contacts = [new ContactTie("FRIEND", Prosocial: true, ["svc-other"], [])] };

        Assert.Empty(new Bridges(network).ToService(ServiceId, HopeId, Hope));
    }

    [Fact]
    public void A_prosocial_contact_who_completed_the_placement_is_a_bridge_to_it()
    {
        var network = PersonNetwork.Empty with { Contacts = [new ContactTie("PARTNER", Prosocial: true, [], [PlacementId])] };

        var bridge = Assert.Single(new Bridges(network).ToPlacement(PlacementId, HopeId, Hope));

        Assert.Equal(new Bridge("Their partner completed this placement", 2), bridge);
    }

    [Fact]
    public void Using_another_service_of_the_provider_is_a_bridge_of_two_hops()
    {
        var network = PersonNetwork.Empty with { Attended = [new AttendedService("svc-food", "Food bank", HopeTrust, [])] };

        var bridge = Assert.Single(new Bridges(network).ToService(ServiceId, HopeId, Hope));

        Assert.Equal(new Bridge("They already use Hope Trust (Food bank)", 2), bridge);
    }

    [Fact]
    public void Using_a_service_of_the_provider_is_a_bridge_to_its_placements()
    {
        var network = PersonNetwork.Empty with { Attended = [new AttendedService("svc-food", "Food bank", HopeTrust, [])] };

        var bridge = Assert.Single(new Bridges(network).ToPlacement(PlacementId, HopeId, Hope));

        Assert.Equal(new Bridge("They already use Hope Trust (Food bank)", 2), bridge);
    }

    [Fact]
    public void Using_a_service_of_another_provider_is_no_bridge()
    {
        var network = PersonNetwork.Empty with { Attended = [new AttendedService("svc-cafe", "Drop-in", RecoveryCafe, [])] };

        Assert.Empty(new Bridges(network).ToService(ServiceId, HopeId, Hope));
    }

    [Fact]
    public void An_organisation_they_use_that_partners_with_the_provider_is_a_bridge_of_three_hops()
    {
        var network = PersonNetwork.Empty with { Partners = [new PartnerLink(RecoveryCafe, HopeTrust)] };

        var bridge = Assert.Single(new Bridges(network).ToService(ServiceId, HopeId, Hope));

        Assert.Equal(new Bridge("Recovery Café, which they use, partners with Hope Trust", 3), bridge);
    }

    [Fact]
    public void A_partnership_with_another_provider_is_no_bridge()
    {
        var network = PersonNetwork.Empty with { Partners = [new PartnerLink(RecoveryCafe, Jobcentre)] };

        Assert.Empty(new Bridges(network).ToPlacement(PlacementId, HopeId, Hope));
    }

    [Fact]
    public void Nothing_in_common_means_no_bridges()
    {
        Assert.Empty(new Bridges(PersonNetwork.Empty).ToService(ServiceId, HopeId, Hope));
        Assert.Empty(new Bridges(PersonNetwork.Empty).ToPlacement(PlacementId, HopeId, Hope));
    }

    [Fact]
    public void Every_bridge_is_within_the_maximum_number_of_hops()
    {
        var network = new PersonNetwork(
            [new MentorTie("mentor-17", "Sam", [], [HopeTrust])],
            [new ContactTie("FRIEND", true, [ServiceId], [PlacementId]), new ContactTie("PEER", true, [ServiceId], [PlacementId])],
            [new AttendedService("svc-food", "Food bank", HopeTrust, [])],
            [],
            [new PartnerLink(RecoveryCafe, HopeTrust)],
            [],
            []);

        var toService = new Bridges(network).ToService(ServiceId, HopeId, Hope);
        var toPlacement = new Bridges(network).ToPlacement(PlacementId, HopeId, Hope);

        Assert.Equal(5, toService.Count);
        Assert.Equal(5, toPlacement.Count);
        Assert.All(toService.Concat(toPlacement), b => Assert.InRange(b.Hops, 1, Bridges.MaxHops));
    }

    [Fact]
    public void A_match_lists_at_most_the_most_bridges_fewest_hops_first()
    {
        var network = PersonNetwork.Empty with
        {
            Mentors = [.. Enumerable.Range(1, Bridges.MaxPerMatch + 2).Select(i => new MentorTie($"mentor-{i}", $"Mentor {i}", [], [HopeTrust]))],
            Partners = [new PartnerLink(RecoveryCafe, HopeTrust)],
        };

        var bridges = new Bridges(network).ToService(ServiceId, HopeId, Hope);

        Assert.Equal(Bridges.MaxPerMatch, bridges.Count);
        Assert.All(bridges, b => Assert.Equal(2, b.Hops));
    }
}
