using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Tests;

public sealed class ListingEditTests
{
    private const string Org = "org-0001";
    private static readonly Caller Partner = new(CallerRole.Partner, null, Org);
    private static readonly GeoPoint Hull = new(53.745, -0.336);

    private static ServiceDraft Service() => new(
        Id: null, Version: null, OrganisationId: Org, Name: "Housing desk", Description: "Same-day advice.", Needs: ["ACCOMMODATION"], Online: null,
        Location: Hull, WomenOnly: null, MinAge: null, MaxAge: null, Languages: null, UnsuitableFor: null, Capacity: 10, WaitingDays: 3,
        OpeningTimes: "Mon–Fri 09:00–17:00", ReferralRoute: "SELF");

    private static PlacementDraft Placement() => new(
        Id: null, Version: null, OrganisationId: Org, Title: "Allotment", Kind: "UNPAID_WORK", Description: null, Location: Hull, Capacity: 6,
        WomenOnly: null, ChildFacing: null, UnsuitableFor: null, MaxRiskOfHarm: null, Sessions: ["Thu 09:30-15:30"], Supervisor: null, Skills: null);

    private static MentorDraft Mentor() => new(
        Id: null, Version: null, OrganisationId: Org, DisplayName: "Sam T.", Gender: Gender.Female, Languages: ["en"], LivedExperience: ["ALCOHOL"],
        Capacity: 2, Location: Hull, Bio: null);

    private static void AssertInvalid(string field, Action validate)
    {
        var error = Assert.Throws<InvalidInputException>(validate);
        Assert.Equal(field, error.Field);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_service_gets_its_defaults_and_sorted_code_sets()
    {
        var edit = ListingRules.Service(Service() with { Needs = ["HEALTH", "ACCOMMODATION", "HEALTH"], Languages = ["pl", "en"], Name = "  Housing desk  " }, Partner);

        Assert.Equal(new ListingTarget(null, null, Org), edit.Target);
        Assert.Equal("Housing desk", edit.Name);
        Assert.Equal(["ACCOMMODATION", "HEALTH"], edit.Needs);
        Assert.Equal(["en", "pl"], edit.Languages);
        Assert.False(edit.Online);
        Assert.False(edit.WomenOnly);
        Assert.Equal(Hull, edit.Location);
        Assert.Empty(edit.UnsuitableFor);
    }

    [Fact]
    public void A_service_says_whom_it_is_by_and_for_as_a_sorted_set_of_communities()
    {
        Assert.Empty(ListingRules.Service(Service(), Partner).ByAndFor!);
        Assert.Equal(["MINORITY_ETHNIC", "WOMEN"], ListingRules.Service(Service() with { ByAndFor = ["WOMEN", "MINORITY_ETHNIC", "WOMEN"] }, Partner).ByAndFor);
        AssertInvalid("input.byAndFor", () => ListingRules.Service(Service() with { ByAndFor = ["EVERYONE"] }, Partner));
    }

    [Fact]
    public void A_change_names_the_listing_and_the_version_it_was_made_to()
    {
        var edit = ListingRules.Service(Service() with { Id = "svc-0001", Version = 3 }, Partner);

        Assert.Equal(new ListingTarget("svc-0001", 3, Org), edit.Target);
    }

    [Fact]
    public void Anonymous_callers_must_sign_in()
    {
        Assert.Throws<UnauthenticatedException>(() => ListingRules.Service(Service(), Caller.Anonymous));
        Assert.Throws<UnauthenticatedException>(() => ListingRules.Status("svc-0001", ServiceStatus.Closed, 1, Caller.Anonymous));
    }

    [Theory]
    [InlineData(CallerRole.OffenderManager)]
    [InlineData(CallerRole.Commissioner)]
    [InlineData(CallerRole.Referrer)]
    public void Only_partners_and_admins_manage_listings(CallerRole role)
    {
        var caller = new Caller(role, "prc-0001", Org);

        Assert.Throws<ForbiddenException>(() => ListingRules.Placement(Placement(), caller));
        Assert.Throws<ForbiddenException>(() => ListingRules.Status("svc-0001", ServiceStatus.Paused, 1, caller));
    }

    [Fact]
    public void The_sign_in_is_checked_before_the_input()
    {
        Assert.Throws<UnauthenticatedException>(() => ListingRules.Service(Service() with { Name = null, OrganisationId = "svc-1" }, Caller.Anonymous));
    }

    [Fact]
    public void A_partner_manages_its_own_organisation_only_and_an_admin_any()
    {
        Assert.Throws<ForbiddenException>(() => ListingRules.Mentor(Mentor() with { OrganisationId = "org-0002" }, Partner));
        Assert.Throws<ForbiddenException>(() => ListingRules.Mentor(Mentor(), new Caller(CallerRole.Partner, null, null)));

        var admin = new Caller(CallerRole.Admin, null, null);
        Assert.Equal("org-0002", ListingRules.Mentor(Mentor() with { OrganisationId = "org-0002" }, admin).Target.OrganisationId);
        Assert.True(ListingRules.MayManage(admin, "org-0002"));
        Assert.True(ListingRules.MayManage(Partner, Org));
        Assert.False(ListingRules.MayManage(Partner, "org-0002"));
    }

    [Theory]
    [InlineData(null, "input.organisationId")]
    [InlineData("svc-0001", "input.organisationId")]
    [InlineData("", "input.organisationId")]
    public void The_organisation_must_be_an_organisation_id(string? organisationId, string field)
    {
        AssertInvalid(field, () => ListingRules.Service(Service() with { OrganisationId = organisationId }, Partner));
    }

    [Theory]
    [InlineData("plc-0001")]
    [InlineData("svc-")]
    [InlineData("0001")]
    public void An_id_must_be_of_the_listing_kind(string id)
    {
        AssertInvalid("input.id", () => ListingRules.Service(Service() with { Id = id, Version = 1 }, Partner));
    }

    [Fact]
    public void A_placement_or_mentor_id_must_be_of_its_kind_too()
    {
        AssertInvalid("input.id", () => ListingRules.Placement(Placement() with { Id = "svc-0001", Version = 1 }, Partner));
        AssertInvalid("input.id", () => ListingRules.Mentor(Mentor() with { Id = "plc-0001", Version = 1 }, Partner));
        AssertInvalid("input.serviceId", () => ListingRules.Status("mnt-0001", ServiceStatus.Active, 1, Partner));
    }

    [Fact]
    public void A_change_needs_a_version_of_1_or_more_and_a_new_listing_none()
    {
        AssertInvalid("input.version", () => ListingRules.Service(Service() with { Id = "svc-0001" }, Partner));
        AssertInvalid("input.version", () => ListingRules.Service(Service() with { Id = "svc-0001", Version = 0 }, Partner));
        AssertInvalid("input.version", () => ListingRules.Service(Service() with { Version = 1 }, Partner));
        AssertInvalid("input.version", () => ListingRules.Status("svc-0001", ServiceStatus.Closed, -1, Partner));
        AssertInvalid("input.version", () => ListingRules.Status("svc-0001", ServiceStatus.Closed, null, Partner));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_name_or_title_is_required(string? name)
    {
        AssertInvalid("input.name", () => ListingRules.Service(Service() with { Name = name }, Partner));
        AssertInvalid("input.title", () => ListingRules.Placement(Placement() with { Title = name }, Partner));
        AssertInvalid("input.displayName", () => ListingRules.Mentor(Mentor() with { DisplayName = name }, Partner));
    }

    [Fact]
    public void Texts_have_their_length_limits_after_trimming()
    {
        var name = new string('n', ListingRules.MaxNameLength);
        Assert.Equal(name, ListingRules.Service(Service() with { Name = $"  {name}  " }, Partner).Name);

        AssertInvalid("input.name", () => ListingRules.Service(Service() with { Name = name + "n" }, Partner));
        AssertInvalid("input.title", () => ListingRules.Placement(Placement() with { Title = name + "n" }, Partner));
        AssertInvalid("input.displayName", () => ListingRules.Mentor(Mentor() with { DisplayName = new string('m', ListingRules.MaxDisplayNameLength + 1) }, Partner));
        var description = new string('d', ListingRules.MaxDescriptionLength + 1);
        AssertInvalid("input.description", () => ListingRules.Service(Service() with { Description = description }, Partner));
        AssertInvalid("input.description", () => ListingRules.Placement(Placement() with { Description = description }, Partner));
        AssertInvalid("input.bio", () => ListingRules.Mentor(Mentor() with { Bio = description }, Partner));
        var shortText = new string('s', ListingRules.MaxShortTextLength + 1);
        AssertInvalid("input.openingTimes", () => ListingRules.Service(Service() with { OpeningTimes = shortText }, Partner));
        AssertInvalid("input.supervisor", () => ListingRules.Placement(Placement() with { Supervisor = shortText }, Partner));
    }

    [Fact]
    public void Blank_optional_texts_are_cleared()
    {
        var edit = ListingRules.Service(Service() with { Description = "  ", OpeningTimes = "", ReferralRoute = " " }, Partner);

        Assert.Null(edit.Description);
        Assert.Null(edit.OpeningTimes);
        Assert.Null(edit.ReferralRoute);
    }

    [Fact]
    public void A_service_addresses_known_needs_and_at_least_one()
    {
        AssertInvalid("input.needs", () => ListingRules.Service(Service() with { Needs = [] }, Partner));
        AssertInvalid("input.needs", () => ListingRules.Service(Service() with { Needs = null }, Partner));
        AssertInvalid("input.needs", () => ListingRules.Service(Service() with { Needs = ["ACCOMMODATION", "HOUSING"] }, Partner));
    }

    [Fact]
    public void A_mentors_lived_experience_is_of_known_needs()
    {
        Assert.Empty(ListingRules.Mentor(Mentor() with { LivedExperience = null }, Partner).LivedExperience);
        AssertInvalid("input.livedExperience", () => ListingRules.Mentor(Mentor() with { LivedExperience = ["alcohol"] }, Partner));
    }

    [Fact]
    public void A_service_has_a_place_unless_it_is_online()
    {
        AssertInvalid("input.location", () => ListingRules.Service(Service() with { Location = null }, Partner));
        AssertInvalid("input.location", () => ListingRules.Service(Service() with { Online = true }, Partner));

        var online = ListingRules.Service(Service() with { Online = true, Location = null }, Partner);
        Assert.True(online.Online);
        Assert.Null(online.Location);
    }

    [Theory]
    [InlineData(91, 0, "input.location.latitude")]
    [InlineData(-90.5, 0, "input.location.latitude")]
    [InlineData(53, 180.5, "input.location.longitude")]
    [InlineData(53, -181, "input.location.longitude")]
    public void Coordinates_are_in_range(double latitude, double longitude, string field)
    {
        var point = new GeoPoint(latitude, longitude);

        AssertInvalid(field, () => ListingRules.Service(Service() with { Location = point }, Partner));
        AssertInvalid(field, () => ListingRules.Placement(Placement() with { Location = point }, Partner));
        AssertInvalid(field, () => ListingRules.Mentor(Mentor() with { Location = point }, Partner));
    }

    [Fact]
    public void Placements_and_mentors_need_a_location()
    {
        AssertInvalid("input.location", () => ListingRules.Placement(Placement() with { Location = null }, Partner));
        AssertInvalid("input.location", () => ListingRules.Mentor(Mentor() with { Location = null }, Partner));
    }

    [Fact]
    public void Risk_flags_are_from_the_fixed_list()
    {
        Assert.Equal(["ARSON", "NO_CONTACT_CHILDREN"], ListingRules.Placement(Placement() with { UnsuitableFor = ["NO_CONTACT_CHILDREN", "ARSON"] }, Partner).UnsuitableFor);

        AssertInvalid("input.unsuitableFor", () => ListingRules.Service(Service() with { UnsuitableFor = ["THEFT"] }, Partner));
        AssertInvalid("input.unsuitableFor", () => ListingRules.Placement(Placement() with { UnsuitableFor = ["arson"] }, Partner));
    }

    [Fact]
    public void Skills_are_known_strengths()
    {
        Assert.Equal(["COOKING", "GARDENING"], ListingRules.Placement(Placement() with { Skills = ["GARDENING", "COOKING"] }, Partner).Skills);

        AssertInvalid("input.skills", () => ListingRules.Placement(Placement() with { Skills = ["JUGGLING"] }, Partner));
    }

    [Fact]
    public void A_placement_kind_is_required_and_known()
    {
        AssertInvalid("input.kind", () => ListingRules.Placement(Placement() with { Kind = null }, Partner));
        AssertInvalid("input.kind", () => ListingRules.Placement(Placement() with { Kind = "VCSE" }, Partner));
        Assert.Equal("IMMEDIATE_JUSTICE", ListingRules.Placement(Placement() with { Kind = "IMMEDIATE_JUSTICE" }, Partner).Kind);
    }

    [Fact]
    public void A_referral_route_is_known()
    {
        Assert.Equal("GP", ListingRules.Service(Service() with { ReferralRoute = "GP" }, Partner).ReferralRoute);

        AssertInvalid("input.referralRoute", () => ListingRules.Service(Service() with { ReferralRoute = "EMAIL" }, Partner));
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("eng")]
    [InlineData("")]
    public void Languages_are_two_letter_codes(string language)
    {
        AssertInvalid("input.languages", () => ListingRules.Service(Service() with { Languages = ["en", language] }, Partner));
        AssertInvalid("input.languages", () => ListingRules.Mentor(Mentor() with { Languages = [language] }, Partner));
    }

    [Fact]
    public void Languages_are_at_most_twenty()
    {
        var many = Enumerable.Range(0, ListingRules.MaxLanguages + 1).Select(i => $"{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}").ToList();

        AssertInvalid("input.languages", () => ListingRules.Service(Service() with { Languages = many }, Partner));
    }

    [Theory]
    [InlineData(-1, null, "input.minAge")]
    [InlineData(null, 121, "input.maxAge")]
    [InlineData(30, 25, "input.maxAge")]
    public void Ages_are_0_to_120_and_in_order(int? minAge, int? maxAge, string field)
    {
        AssertInvalid(field, () => ListingRules.Service(Service() with { MinAge = minAge, MaxAge = maxAge }, Partner));
    }

    [Fact]
    public void An_age_range_of_one_year_is_fine()
    {
        var edit = ListingRules.Service(Service() with { MinAge = 18, MaxAge = 18 }, Partner);

        Assert.Equal((18, 18), (edit.MinAge, edit.MaxAge));
    }

    [Fact]
    public void Capacities_and_waiting_times_are_in_range()
    {
        AssertInvalid("input.capacity", () => ListingRules.Service(Service() with { Capacity = -1 }, Partner));
        AssertInvalid("input.capacity", () => ListingRules.Service(Service() with { Capacity = ListingRules.MaxCapacity + 1 }, Partner));
        AssertInvalid("input.waitingDays", () => ListingRules.Service(Service() with { WaitingDays = -1 }, Partner));
        AssertInvalid("input.waitingDays", () => ListingRules.Service(Service() with { WaitingDays = ListingRules.MaxWaitingDays + 1 }, Partner));
        AssertInvalid("input.capacity", () => ListingRules.Placement(Placement() with { Capacity = -1 }, Partner));
        AssertInvalid("input.capacity", () => ListingRules.Placement(Placement() with { Capacity = null }, Partner));
        AssertInvalid("input.capacity", () => ListingRules.Mentor(Mentor() with { Capacity = ListingRules.MaxMentees + 1 }, Partner));
        Assert.Null(ListingRules.Service(Service() with { Capacity = null, WaitingDays = null }, Partner).Capacity);
    }

    [Fact]
    public void A_placement_may_have_no_places_to_stop_new_referrals()
    {
        Assert.Equal(0, ListingRules.Placement(Placement() with { Capacity = 0 }, Partner).Capacity);
    }

    [Fact]
    public void A_placement_without_a_risk_limit_is_for_low_risk_only()
    {
        Assert.Equal(RiskLevel.Low, ListingRules.Placement(Placement(), Partner).MaxRiskOfHarm);
        Assert.Equal(RiskLevel.High, ListingRules.Placement(Placement() with { MaxRiskOfHarm = RiskLevel.High }, Partner).MaxRiskOfHarm);
    }

    [Fact]
    public void Sessions_are_parsed_deduplicated_and_written_canonically()
    {
        var edit = ListingRules.Placement(Placement() with { Sessions = [" Thu 09:30-15:30", "Sat 10:00-16:00", "Thu 09:30-15:30 "] }, Partner);

        Assert.Equal(["Thu 09:30-15:30", "Sat 10:00-16:00"], edit.Sessions);
        Assert.Empty(ListingRules.Placement(Placement() with { Sessions = null }, Partner).Sessions);
    }

    [Theory]
    [InlineData("Thursday 09:30-15:30")]
    [InlineData("Thu 15:30-09:30")]
    [InlineData("Thu 9:30-15:30")]
    [InlineData("Thu 25:00-26:00")]
    public void A_session_must_read_like_Thu_09_30_15_30(string session)
    {
        AssertInvalid("input.sessions", () => ListingRules.Placement(Placement() with { Sessions = ["Mon 09:00-12:00", session] }, Partner));
    }

    [Fact]
    public void Sessions_are_at_most_fourteen()
    {
        var sessions = Enumerable.Range(0, ListingRules.MaxSessions + 1).Select(i => $"Mon {i + 6:00}:00-{i + 6:00}:30").ToList();

        AssertInvalid("input.sessions", () => ListingRules.Placement(Placement() with { Sessions = sessions }, Partner));
    }

    [Fact]
    public void A_mentor_needs_a_gender()
    {
        AssertInvalid("input.gender", () => ListingRules.Mentor(Mentor() with { Gender = null }, Partner));
    }

    [Fact]
    public void Errors_come_in_field_order()
    {
        AssertInvalid("input.name", () => ListingRules.Service(Service() with { Name = null, Needs = [], Capacity = -1 }, Partner));
    }

    [Fact]
    public void A_status_change_needs_a_status()
    {
        AssertInvalid("input.status", () => ListingRules.Status("svc-0001", null, 1, Partner));
        Assert.Equal(new ServiceStatusEdit("svc-0001", ServiceStatus.Paused, 2), ListingRules.Status("svc-0001", ServiceStatus.Paused, 2, Partner));
    }

    [Fact]
    public void A_change_to_the_stored_version_writes_the_next_one()
    {
        Assert.Equal(4, ListingRules.NextVersion("svc-0001", stored: 3, changed: 3));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(3, 4)]
    public void A_change_to_another_version_is_a_conflict(int stored, int changed)
    {
        var error = Assert.Throws<ConflictException>(() => ListingRules.NextVersion("svc-0001", stored, changed));

        Assert.Contains($"version {stored}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_owner_or_an_admin_changes_a_stored_listing()
    {
        ListingRules.CheckOwner(Partner, "mnt-0001", ["org-0002", Org], Org);
        ListingRules.CheckOwner(new Caller(CallerRole.Admin, null, null), "svc-0001", ["org-0002"], "org-0002");

        Assert.Throws<ForbiddenException>(() => ListingRules.CheckOwner(Partner, "svc-0001", ["org-0002"], Org));
        Assert.Throws<ForbiddenException>(() => ListingRules.CheckOwner(Partner, "svc-0001", ["org-0002"], null));
    }

    [Fact]
    public void A_listing_does_not_move_to_another_organisation()
    {
        AssertInvalid("input.organisationId", () => ListingRules.CheckOwner(new Caller(CallerRole.Admin, null, null), "svc-0001", [Org], "org-0002"));
    }

    [Fact]
    public void Capacity_may_not_drop_below_the_places_taken()
    {
        ListingRules.CheckCapacity(3, 3, "places already filled");

        AssertInvalid("input.capacity", () => ListingRules.CheckCapacity(2, 3, "places already filled"));
    }

    [Fact]
    public void New_ids_carry_their_kind_and_are_unique()
    {
        var now = DateTimeOffset.UtcNow;
        var first = ListingRules.NewId(Ids.Placement, now);

        Assert.Equal(first, Ids.Require(first, Ids.Placement, "id"));
        Assert.NotEqual(first, ListingRules.NewId(Ids.Placement, now));
    }
}
