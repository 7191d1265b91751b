using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Partners keeping their listings current, end to end over HTTP. These tests create, change, pause and close
/// listings, so they run on a hub and Neo4j of their own, loaded with the demo region: on the shared
/// application they would move the whole-graph counts that the directory tests compare with the seed files.
/// Items the tests create sit near <see cref="Lat"/>, <see cref="Lon"/>, far from the demo region.
/// </summary>
public sealed class ListingMutationTests(ListingMutationTests.Hub hub) : IClassFixture<ListingMutationTests.Hub>
{
    private const string Org = "org-0001";
    private const double Lat = 52.0;
    private const double Lon = -1.0;

    private const string ContactFields = "address { lines town postcode } contact { name email phone url }";

    private const string ServiceFields = "id version status name description needs { code } online location { latitude longitude } womenOnly minAge maxAge " +
        "languages unsuitableFor capacity waitingDays openingTimes referralRoute organisation { id } " + ContactFields;

    private const string PlacementFields = "id version title kind description location { latitude longitude } capacity filled womenOnly childFacing " +
        "unsuitableFor maxRiskOfHarm sessions supervisor meetingPoint skills organisation { id } " + ContactFields;

    private const string MentorFields = "id version displayName gender languages livedExperience { code } capacity spareCapacity location { latitude longitude } bio organisations { id }";

    private readonly GraphQLClient _partner = hub.CreateClient(new Caller(CallerRole.Partner, null, Org));
    private readonly GraphQLClient _anonymous = hub.CreateClient();
    private readonly GraphQLClient _admin = hub.CreateClient(new Caller(CallerRole.Admin, null, null));

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        { "Service", "name", Json(new string('n', 201)), "input.name" },
        { "Service", "name", Json("   "), "input.name" },
        { "Service", "description", Json(new string('d', 2001)), "input.description" },
        { "Service", "openingTimes", Json(new string('o', 201)), "input.openingTimes" },
        { "Service", "capacity", "-1", "input.capacity" },
        { "Service", "waitingDays", "400", "input.waitingDays" },
        { "Service", "maxAge", "121", "input.maxAge" },
        { "Service", "needs", """["ALCOHOL", "MONEY"]""", "input.needs" },
        { "Service", "needs", "[]", "input.needs" },
        { "Service", "unsuitableFor", """["THEFT"]""", "input.unsuitableFor" },
        { "Service", "languages", """["english"]""", "input.languages" },
        { "Service", "referralRoute", Json("EMAIL"), "input.referralRoute" },
        { "Service", "id", Json("plc-0001"), "input.id" },
        { "Service", "organisationId", Json("svc-0001"), "input.organisationId" },
        { "Service", "version", "1", "input.version" },
        { "Service", "online", "true", "input.location" },
        { "Service", "location", """{"latitude": 91, "longitude": -1}""", "input.location.latitude" },
        { "Service", "location", """{"latitude": 52, "longitude": -181}""", "input.location.longitude" },
        { "Placement", "title", Json(new string('t', 201)), "input.title" },
        { "Placement", "kind", Json("GARDENING"), "input.kind" },
        { "Placement", "capacity", "-1", "input.capacity" },
        { "Placement", "sessions", """["Thu 09:30-15:30", "Thursday 9 till 5"]""", "input.sessions" },
        { "Placement", "sessions", """["Thu 15:30-09:30"]""", "input.sessions" },
        { "Placement", "skills", """["JUGGLING"]""", "input.skills" },
        { "Placement", "supervisor", Json(new string('s', 201)), "input.supervisor" },
        { "Placement", "id", Json("svc-0001"), "input.id" },
        { "Placement", "location", """{"latitude": -95, "longitude": 0}""", "input.location.latitude" },
        { "Mentor", "displayName", Json(new string('m', 101)), "input.displayName" },
        { "Mentor", "livedExperience", """["MONEY"]""", "input.livedExperience" },
        { "Mentor", "capacity", "21", "input.capacity" },
        { "Mentor", "bio", Json(new string('b', 2001)), "input.bio" },
        { "Mentor", "id", Json("mnt-"), "input.id" },
        { "Service", "contact", """{"email": "drop-in at example.org"}""", "input.contact.email" },
        { "Service", "contact", """{"email": "a@b"}""", "input.contact.email" },
        { "Service", "contact", """{"phone": "call 0800 FLOWERS"}""", "input.contact.phone" },
        { "Service", "contact", """{"phone": "+1 212 555 0100"}""", "input.contact.phone" },
        { "Service", "contact", """{"phone": "01632 96"}""", "input.contact.phone" },
        { "Service", "contact", """{"url": "javascript:alert(1)"}""", "input.contact.url" },
        { "Service", "contact", $$"""{"name": "{{new string('n', 201)}}"}""", "input.contact.name" },
        { "Service", "address", """{"postcode": "HULL 1"}""", "input.address.postcode" },
        { "Service", "address", """{"lines": ["1", "2", "3", "4", "5"]}""", "input.address.lines" },
        { "Service", "address", $$"""{"town": "{{new string('t', 101)}}"}""", "input.address.town" },
        { "Placement", "contact", """{"email": "supervisor@"}""", "input.contact.email" },
        { "Placement", "address", """{"postcode": "12345"}""", "input.address.postcode" },
        { "Placement", "meetingPoint", Json(new string('m', 201)), "input.meetingPoint" },
    };

    public static TheoryData<string, string> RequiredFields => new()
    {
        { "Service", "organisationId" },
        { "Service", "name" },
        { "Service", "needs" },
        { "Placement", "title" },
        { "Placement", "kind" },
        { "Placement", "location" },
        { "Placement", "capacity" },
        { "Mentor", "gender" },
        { "Mentor", "capacity" },
    };

    [Fact]
    public async Task A_partner_creates_a_service_and_changes_it_at_the_version_it_read()
    {
        var input = NewService();

        var created = Data(await UpsertAsync(_partner, "Service", input), "upsertService");

        var id = created["id"]!.GetValue<string>();
        Assert.StartsWith("svc-", id, StringComparison.Ordinal);
        Assert.Equal(1, created["version"]!.GetValue<int>());
        Assert.Equal("ACTIVE", created["status"]!.GetValue<string>());
        Assert.Equal(Org, created["organisation"]!["id"]!.GetValue<string>());
        Assert.Equal(["ALCOHOL"], Codes(created["needs"]!));

        var change = Change(input, id, 1);
        change["name"] = input["name"]!.GetValue<string>() + " (moved)";
        change["needs"] = new JsonArray("DRUGS", "MENTAL_HEALTH");
        change["openingTimes"] = "Thu 18:00–20:00";
        change["minAge"] = 18;
        change["maxAge"] = 25;
        change["location"] = Point(Lat + 0.01, Lon);
        change.Remove("description");
        var response = await UpsertAsync(_partner, "Service", change);
        var updated = Data(response, "upsertService");

        Assert.Equal(2, response.RoundTrips);
        Assert.Equal(id, updated["id"]!.GetValue<string>());
        Assert.Equal(2, updated["version"]!.GetValue<int>());
        var node = await NodeAsync(_anonymous, id, ServiceFields);
        Assert.Equal(change["name"]!.GetValue<string>(), node["name"]!.GetValue<string>());
        Assert.Equal(["DRUGS", "MENTAL_HEALTH"], Codes(node["needs"]!).Order());
        Assert.Equal("Thu 18:00–20:00", node["openingTimes"]!.GetValue<string>());
        Assert.Equal((18, 25), (node["minAge"]!.GetValue<int>(), node["maxAge"]!.GetValue<int>()));
        Assert.Equal(Lat + 0.01, node["location"]!["latitude"]!.GetValue<double>(), 6);
        Assert.Null(node["description"]);
        Assert.Equal(2, node["version"]!.GetValue<int>());

        var listed = await _anonymous.DataAsync(
            "query($text: String) { services(where: {text: $text, needs: [\"DRUGS\"]}, first: 5) { nodes { id version } } }", new { text = change["name"]!.GetValue<string>() });
        Assert.Equal(id, Assert.Single(listed["services"]!["nodes"]!.AsArray())!["id"]!.GetValue<string>());
        var byOldNeed = await _anonymous.DataAsync(
            "query($text: String) { services(where: {text: $text, needs: [\"ALCOHOL\"]}, first: 5) { totalCount } }", new { text = change["name"]!.GetValue<string>() });
        Assert.Equal(0, byOldNeed["services"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_online_service_has_no_place_of_its_own()
    {
        var input = NewService();
        input.Remove("location");
        input["online"] = true;

        var created = Data(await UpsertAsync(_partner, "Service", input), "upsertService");

        Assert.True(created["online"]!.GetValue<bool>());
        var online = await _anonymous.DataAsync("query($text: String) { services(where: {online: true, text: $text}) { nodes { id } } }", new { text = input["name"]!.GetValue<string>() });
        Assert.Single(online["services"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task A_partner_creates_a_placement_with_no_place_filled_and_changes_it()
    {
        var input = NewPlacement();
        input["sessions"] = new JsonArray(" Thu 09:30-15:30", "Sat 10:00-16:00", "Thu 09:30-15:30");

        var created = Data(await UpsertAsync(_partner, "Placement", input), "upsertPlacement");

        var id = created["id"]!.GetValue<string>();
        Assert.StartsWith("plc-", id, StringComparison.Ordinal);
        Assert.Equal(1, created["version"]!.GetValue<int>());
        Assert.Equal(0, created["filled"]!.GetValue<int>());
        Assert.Equal("LOW", created["maxRiskOfHarm"]!.GetValue<string>());
        Assert.Equal(["Thu 09:30-15:30", "Sat 10:00-16:00"], Strings(created["sessions"]!));
        Assert.Equal(["COOKING", "GARDENING"], Strings(created["skills"]!).Order());

        var change = Change(input, id, 1);
        change["capacity"] = 3;
        change["sessions"] = new JsonArray("Mon 08:00-12:00");
        change["skills"] = new JsonArray("DIY");
        change["maxRiskOfHarm"] = "HIGH";
        change["unsuitableFor"] = new JsonArray("ARSON");
        Data(await UpsertAsync(_partner, "Placement", change), "upsertPlacement");

        var node = await NodeAsync(_anonymous, id, PlacementFields + " earliestStart");
        Assert.Equal(2, node["version"]!.GetValue<int>());
        Assert.Equal(3, node["capacity"]!.GetValue<int>());
        Assert.Equal(["Mon 08:00-12:00"], Strings(node["sessions"]!));
        Assert.Equal(["DIY"], Strings(node["skills"]!));
        Assert.Equal(["ARSON"], Strings(node["unsuitableFor"]!));
        Assert.Equal("HIGH", node["maxRiskOfHarm"]!.GetValue<string>());
        Assert.NotNull(node["earliestStart"]);
    }

    [Fact]
    public async Task A_seeded_placement_is_at_version_1_and_its_capacity_cannot_drop_below_its_filled_places()
    {
        var partner = hub.CreateClient(new Caller(CallerRole.Partner, null, "org-0002"));
        var seeded = await NodeAsync(partner, "plc-0001", PlacementFields);
        Assert.Equal(1, seeded["version"]!.GetValue<int>());
        Assert.Equal(2, seeded["filled"]!.GetValue<int>());
        var change = AsInput(seeded, "org-0002");
        change["capacity"] = 1;

        var tooSmall = await UpsertAsync(partner, "Placement", change);

        Assert.Equal(("BAD_USER_INPUT", "input.capacity"), tooSmall.SingleError());
        Assert.Contains("2 places already filled", tooSmall.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);

        change["capacity"] = 2;
        var updated = Data(await UpsertAsync(partner, "Placement", change), "upsertPlacement");
        Assert.Equal(2, updated["version"]!.GetValue<int>());
        Assert.Equal(2, updated["capacity"]!.GetValue<int>());
        Assert.Equal(2, updated["filled"]!.GetValue<int>());
        Assert.Equal(Strings(seeded["sessions"]!), Strings(updated["sessions"]!));
        Assert.Equal(Strings(seeded["skills"]!).Order(), Strings(updated["skills"]!).Order());
    }

    [Fact]
    public async Task A_partner_adds_a_mentor_who_volunteers_with_it_and_changes_them()
    {
        var input = NewMentor();

        var created = Data(await UpsertAsync(_partner, "Mentor", input), "upsertMentor");

        var id = created["id"]!.GetValue<string>();
        Assert.StartsWith("mnt-", id, StringComparison.Ordinal);
        Assert.Equal(1, created["version"]!.GetValue<int>());
        Assert.Equal([Org], created["organisations"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()));
        Assert.Equal(2, created["spareCapacity"]!.GetValue<int>());

        var change = Change(input, id, 1);
        change["livedExperience"] = new JsonArray("DRUGS");
        change["displayName"] = "Sam T. (Tuesdays)";
        Data(await UpsertAsync(_partner, "Mentor", change), "upsertMentor");

        var near = await _anonymous.DataAsync(
            $"query($lat: Float!, $lon: Float!) {{ mentors(near: {{point: {{latitude: $lat, longitude: $lon}}, radiusKm: 1}}, where: {{livedExperience: [\"DRUGS\"]}}) {{ nodes {{ {MentorFields} }} }} }}",
            new { lat = Lat, lon = Lon });
        var mentor = near["mentors"]!["nodes"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(2, mentor["version"]!.GetValue<int>());
        Assert.Equal("Sam T. (Tuesdays)", mentor["displayName"]!.GetValue<string>());
        Assert.Equal(["DRUGS"], Codes(mentor["livedExperience"]!));
    }

    [Fact]
    public async Task A_mentor_shared_by_two_organisations_stays_with_both_and_keeps_room_for_their_mentees()
    {
        var partner = hub.CreateClient(new Caller(CallerRole.Partner, null, "org-0033"));
        var seeded = await NodeAsync(partner, "mnt-0017", MentorFields);
        var change = AsInput(seeded, "org-0033");
        change["capacity"] = 2;

        var tooSmall = await UpsertAsync(partner, "Mentor", change);

        Assert.Equal(("BAD_USER_INPUT", "input.capacity"), tooSmall.SingleError());
        change["capacity"] = 4;
        var updated = Data(await UpsertAsync(partner, "Mentor", change), "upsertMentor");
        Assert.Equal(["org-0017", "org-0033"], updated["organisations"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).Order());
        Assert.Equal(1, updated["spareCapacity"]!.GetValue<int>());
        Assert.Equal(2, updated["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_change_to_an_old_version_is_a_conflict_and_changes_nothing()
    {
        var input = NewService();
        var id = (Data(await UpsertAsync(_partner, "Service", input), "upsertService"))["id"]!.GetValue<string>();
        var first = Change(input, id, 1);
        first["name"] = "First change " + Guid.NewGuid().ToString("N");
        Data(await UpsertAsync(_partner, "Service", first), "upsertService");
        var stale = Change(input, id, 1);
        stale["name"] = "Stale change";
        stale["capacity"] = 99;

        var response = await UpsertAsync(_partner, "Service", stale);

        Assert.Equal("CONFLICT", response.SingleError().Code);
        Assert.Contains("version 2", response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var node = await NodeAsync(_anonymous, id, ServiceFields);
        Assert.Equal(first["name"]!.GetValue<string>(), node["name"]!.GetValue<string>());
        Assert.Equal(10, node["capacity"]!.GetValue<int>());
        Assert.Equal(2, node["version"]!.GetValue<int>());
        Assert.Equal(2, (await AuditAsync(id)).Count);

        var staleStatus = await SetStatusAsync(_partner, id, "PAUSED", 1);
        Assert.Equal("CONFLICT", staleStatus.SingleError().Code);
        Assert.Equal("ACTIVE", (await NodeAsync(_anonymous, id, ServiceFields))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Of_concurrent_changes_to_one_version_exactly_one_wins()
    {
        var input = NewPlacement();
        var id = (Data(await UpsertAsync(_partner, "Placement", input), "upsertPlacement"))["id"]!.GetValue<string>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
        {
            var change = Change(input, id, 1);
            change["title"] = $"Racer {i}";
            change["capacity"] = 10 + i;
            return UpsertAsync(_partner, "Placement", change);
        }));

        var winner = Assert.Single(responses, r => r.Errors.Count == 0);
        Assert.All(responses.Where(r => r != winner), r => Assert.Equal("CONFLICT", r.SingleError().Code));
        var won = winner.Data!["upsertPlacement"]!;
        Assert.Equal(2, won["version"]!.GetValue<int>());
        var node = await NodeAsync(_anonymous, id, PlacementFields);
        Assert.Equal(2, node["version"]!.GetValue<int>());
        Assert.Equal(won["title"]!.GetValue<string>(), node["title"]!.GetValue<string>());
        Assert.Equal(won["capacity"]!.GetValue<int>(), node["capacity"]!.GetValue<int>());
        Assert.Equal(2, (await AuditAsync(id)).Count);
    }

    [Fact]
    public async Task Another_organisations_listings_are_forbidden()
    {
        var otherService = await NodeAsync(_anonymous, "svc-0004", ServiceFields);
        var asOurs = AsInput(otherService, Org);
        var asTheirs = AsInput(otherService, "org-0002");
        var otherMentor = AsInput(await NodeAsync(_anonymous, "mnt-0001", MentorFields), Org);

        Assert.Equal("FORBIDDEN", (await UpsertAsync(_partner, "Service", asOurs)).SingleError().Code);
        Assert.Equal("FORBIDDEN", (await UpsertAsync(_partner, "Service", asTheirs)).SingleError().Code);
        var forThem = NewService();
        forThem["organisationId"] = "org-0002";

        Assert.Equal("FORBIDDEN", (await UpsertAsync(_partner, "Service", forThem)).SingleError().Code);
        Assert.Equal("FORBIDDEN", (await UpsertAsync(_partner, "Mentor", otherMentor)).SingleError().Code);
        Assert.Equal("FORBIDDEN", (await SetStatusAsync(_partner, "svc-0004", "CLOSED", 1)).SingleError().Code);

        var after = await NodeAsync(_anonymous, "svc-0004", ServiceFields);
        Assert.Equal(otherService.ToJsonString(), after.ToJsonString());
    }

    [Fact]
    public async Task Only_signed_in_partners_and_admins_manage_listings()
    {
        var offenderManager = hub.CreateClient(new Caller(CallerRole.OffenderManager, "prc-0001", null));
        var commissioner = hub.CreateClient(new Caller(CallerRole.Commissioner, null, null));
        var inputs = new[] { ("Service", NewService()), ("Placement", NewPlacement()), ("Mentor", NewMentor()) };

        foreach (var (kind, input) in inputs)
        {
            Assert.Equal("UNAUTHENTICATED", (await UpsertAsync(_anonymous, kind, input)).SingleError().Code);
            Assert.Equal("FORBIDDEN", (await UpsertAsync(offenderManager, kind, input)).SingleError().Code);
            Assert.Equal("FORBIDDEN", (await UpsertAsync(commissioner, kind, input)).SingleError().Code);
        }

        Assert.Equal("UNAUTHENTICATED", (await SetStatusAsync(_anonymous, "svc-0001", "CLOSED", 1)).SingleError().Code);
        Assert.Equal("FORBIDDEN", (await SetStatusAsync(offenderManager, "svc-0001", "CLOSED", 1)).SingleError().Code);
        Assert.Equal("ACTIVE", (await NodeAsync(_anonymous, "svc-0001", ServiceFields))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_admin_manages_any_organisations_listings_but_does_not_move_them()
    {
        var input = NewService();
        input["organisationId"] = "org-0003";

        var created = Data(await UpsertAsync(_admin, "Service", input), "upsertService");

        Assert.Equal("org-0003", created["organisation"]!["id"]!.GetValue<string>());
        var move = Change(input, created["id"]!.GetValue<string>(), 1);
        move["organisationId"] = "org-0004";
        Assert.Equal(("BAD_USER_INPUT", "input.organisationId"), (await UpsertAsync(_admin, "Service", move)).SingleError());
    }

    [Fact]
    public async Task Unknown_ids_and_organisations_are_not_found()
    {
        Assert.Equal(("NOT_FOUND", "input.id"), (await UpsertAsync(_partner, "Service", Change(NewService(), "svc-no-such-service", 1))).SingleError());
        Assert.Equal(("NOT_FOUND", "input.id"), (await UpsertAsync(_partner, "Placement", Change(NewPlacement(), "plc-no-such-placement", 1))).SingleError());
        Assert.Equal(("NOT_FOUND", "input.id"), (await UpsertAsync(_partner, "Mentor", Change(NewMentor(), "mnt-no-such-mentor", 1))).SingleError());
        Assert.Equal(("NOT_FOUND", "input.serviceId"), (await SetStatusAsync(_partner, "svc-no-such-service", "PAUSED", 1)).SingleError());

        var input = NewService();
        input["organisationId"] = "org-no-such-organisation";
        Assert.Equal(("NOT_FOUND", "input.organisationId"), (await UpsertAsync(_admin, "Service", input)).SingleError());
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_naming_the_field_and_writes_nothing(string kind, string key, string json, string field)
    {
        var input = kind switch { "Service" => NewService(), "Placement" => NewPlacement(), _ => NewMentor() };
        input[key] = JsonNode.Parse(json);
        var written = await WrittenByUsAsync();

        var response = await UpsertAsync(_partner, kind, input);

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
        Assert.Contains(field, response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(written, await WrittenByUsAsync());
    }

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public async Task A_missing_required_field_is_bad_input_naming_it(string kind, string key)
    {
        var input = kind switch { "Service" => NewService(), "Placement" => NewPlacement(), _ => NewMentor() };
        input.Remove(key);

        var response = await UpsertAsync(_partner, kind, input);

        Assert.Equal("BAD_USER_INPUT", response.SingleError().Code);
        Assert.Contains(key, response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paused_service_is_listed_but_not_offered_and_a_closed_one_is_gone_until_reopened()
    {
        var input = NewService();
        var id = (Data(await UpsertAsync(_partner, "Service", input), "upsertService"))["id"]!.GetValue<string>();
        var otherPartner = hub.CreateClient(new Caller(CallerRole.Partner, null, "org-0002"));
        var alcoholServices = await AlcoholServiceCountAsync();
        Assert.Contains(id, await OfferedAsync());

        var paused = Data(await SetStatusAsync(_partner, id, "PAUSED", 1), "setServiceStatus");

        Assert.Equal(("PAUSED", 2), (paused["status"]!.GetValue<string>(), paused["version"]!.GetValue<int>()));
        Assert.Contains(id, await ListedNearAsync());
        Assert.Contains(id, await OrganisationServicesAsync());
        Assert.Equal("PAUSED", (await NodeAsync(_anonymous, id, ServiceFields))["status"]!.GetValue<string>());
        Assert.DoesNotContain(id, await OfferedAsync());
        Assert.Equal(alcoholServices, await AlcoholServiceCountAsync());

        var closed = Data(await SetStatusAsync(_partner, id, "CLOSED", 2), "setServiceStatus");

        Assert.Equal(("CLOSED", 3), (closed["status"]!.GetValue<string>(), closed["version"]!.GetValue<int>()));
        Assert.DoesNotContain(id, await ListedNearAsync());
        Assert.DoesNotContain(id, await OrganisationServicesAsync());
        Assert.DoesNotContain(id, await OfferedAsync());
        Assert.Equal(alcoholServices - 1, await AlcoholServiceCountAsync());
        Assert.Null((await _anonymous.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id }))["node"]);
        Assert.Null((await otherPartner.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id }))["node"]);
        Assert.Equal("CLOSED", (await NodeAsync(_partner, id, ServiceFields))["status"]!.GetValue<string>());

        var change = Change(input, id, 3);
        change["capacity"] = 4;
        var edited = Data(await UpsertAsync(_partner, "Service", change), "upsertService");
        Assert.Equal(("CLOSED", 4), (edited["status"]!.GetValue<string>(), edited["version"]!.GetValue<int>()));

        var reopened = Data(await SetStatusAsync(_partner, id, "ACTIVE", 4), "setServiceStatus");

        Assert.Equal(("ACTIVE", 5), (reopened["status"]!.GetValue<string>(), reopened["version"]!.GetValue<int>()));
        Assert.Contains(id, await ListedNearAsync());
        Assert.Contains(id, await OfferedAsync());
        Assert.Equal(alcoholServices, await AlcoholServiceCountAsync());
    }

    [Fact]
    public async Task An_organisation_and_admins_list_its_closed_services_when_they_ask_so_that_it_can_reopen_them()
    {
        var id = Data(await UpsertAsync(_partner, "Service", NewService()), "upsertService")["id"]!.GetValue<string>();
        Data(await SetStatusAsync(_partner, id, "CLOSED", 1), "setServiceStatus");

        Assert.Contains(id, await OwnServicesAsync(_partner, includeClosed: true));
        Assert.Contains(id, await OwnServicesAsync(_admin, includeClosed: true));
        Assert.DoesNotContain(id, await OwnServicesAsync(_partner, includeClosed: false));
        Assert.DoesNotContain(id, await OwnServicesAsync(_partner, includeClosed: null));
        Assert.DoesNotContain(id, await OrganisationServicesAsync());

        var both = await _partner.DataAsync(
            "query($org: ID!) { all: services(where: {organisationId: $org, includeClosed: true}, first: 100) { totalCount nodes { id status } } " +
            "listed: services(where: {organisationId: $org}, first: 100) { totalCount } }", new { org = Org });
        Assert.Equal("CLOSED", both["all"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == id)!["status"]!.GetValue<string>());
        Assert.Equal(both["listed"]!["totalCount"]!.GetValue<int>() + ClosedCount(both["all"]!), both["all"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Nobody_else_lists_an_organisations_closed_services_however_they_ask()
    {
        var id = Data(await UpsertAsync(_partner, "Service", NewService()), "upsertService")["id"]!.GetValue<string>();
        Data(await SetStatusAsync(_partner, id, "CLOSED", 1), "setServiceStatus");
        var otherPartner = hub.CreateClient(new Caller(CallerRole.Partner, null, "org-0002"));
        var offenderManager = hub.CreateClient(new Caller(CallerRole.OffenderManager, "prc-0001", null));
        const string Query = "query($org: ID, $closed: Boolean) { services(where: {organisationId: $org, includeClosed: $closed}, first: 100) { nodes { id } } }";

        Assert.Equal("FORBIDDEN", (await otherPartner.PostAsync(Query, new { org = Org, closed = true })).SingleError().Code);
        Assert.Equal("UNAUTHENTICATED", (await _anonymous.PostAsync(Query, new { org = Org, closed = true })).SingleError().Code);
        Assert.Equal("FORBIDDEN", (await offenderManager.PostAsync(Query, new { org = Org, closed = true })).SingleError().Code);
        Assert.Equal(("BAD_USER_INPUT", "where.includeClosed"), (await _partner.PostAsync(Query, new { org = (string?)null, closed = true })).SingleError());

        // An alias beside the public list, and the filter inside a fragment: refused, and as services is non-null the
        // refusal nulls the whole answer, so nothing the request asked for comes back.
        var crafted = await otherPartner.PostAsync(
            "query($org: ID!) { listed: services(where: {organisationId: $org}, first: 100) { nodes { id } } ...Closed } " +
            "fragment Closed on Query { closed: services(where: {organisationId: $org, includeClosed: true}, first: 100) { nodes { id } } }", new { org = Org });
        Assert.Equal("FORBIDDEN", crafted.SingleError().Code);
        Assert.Null(crafted.Body["data"]);
        Assert.DoesNotContain(id, await OwnServicesAsync(otherPartner, includeClosed: false));
        Assert.Null((await otherPartner.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id }))["node"]);
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_trail_with_the_listing_before_and_after()
    {
        var input = NewService();
        var id = (Data(await UpsertAsync(_partner, "Service", input), "upsertService"))["id"]!.GetValue<string>();
        var change = Change(input, id, 1);
        change["name"] = input["name"]!.GetValue<string>() + " renamed";
        Data(await UpsertAsync(_partner, "Service", change), "upsertService");
        Data(await SetStatusAsync(_partner, id, "PAUSED", 2), "setServiceStatus");

        var entries = await AuditAsync(id);

        Assert.Equal(["SERVICE_STATUS_SET", "SERVICE_UPSERTED", "SERVICE_UPSERTED"], entries.Select(e => e["action"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal(("PARTNER", Org), (e["actorRole"]!.GetValue<string>(), e["actorId"]!.GetValue<string>())));
        var (statusSet, renamed, created) = (entries[0], entries[1], entries[2]);
        Assert.Null(created["before"]);
        var createdAfter = Parse(created["after"]);
        Assert.Equal((input["name"]!.GetValue<string>(), 1, "ACTIVE"), (createdAfter["name"]!.GetValue<string>(), createdAfter["version"]!.GetValue<int>(), createdAfter["status"]!.GetValue<string>()));
        Assert.Equal(Org, createdAfter["organisation"]!["id"]!.GetValue<string>());
        Assert.Equal(["ALCOHOL"], Codes(createdAfter["needs"]!));
        Assert.Equal(input["name"]!.GetValue<string>(), Parse(renamed["before"])["name"]!.GetValue<string>());
        Assert.Equal((change["name"]!.GetValue<string>(), 2), (Parse(renamed["after"])["name"]!.GetValue<string>(), Parse(renamed["after"])["version"]!.GetValue<int>()));
        Assert.Equal(("ACTIVE", "PAUSED"), (Parse(statusSet["before"])["status"]!.GetValue<string>(), Parse(statusSet["after"])["status"]!.GetValue<string>()));

        var placementId = (Data(await UpsertAsync(_partner, "Placement", NewPlacement()), "upsertPlacement"))["id"]!.GetValue<string>();
        var mentorId = (Data(await UpsertAsync(_partner, "Mentor", NewMentor()), "upsertMentor"))["id"]!.GetValue<string>();
        Assert.Equal("PLACEMENT_UPSERTED", Assert.Single(await AuditAsync(placementId))["action"]!.GetValue<string>());
        var mentorEntry = Assert.Single(await AuditAsync(mentorId));
        Assert.Equal("MENTOR_UPSERTED", mentorEntry["action"]!.GetValue<string>());
        Assert.Equal(["ALCOHOL"], Codes(Parse(mentorEntry["after"])["livedExperience"]!));
    }

    [Fact]
    public async Task A_listing_keeps_the_address_and_contact_it_was_sent_tidied_audited_and_cleared_when_left_out()
    {
        var input = NewService();
        input["address"] = new JsonObject { ["lines"] = new JsonArray("  12  Humber   Street ", " "), ["town"] = "Hull", ["postcode"] = "hu1 1tu" };
        input["contact"] = new JsonObject { ["name"] = " Drop-in  team ", ["email"] = "dropin@test-trust.example", ["phone"] = "+44 1632  960123", ["url"] = "https://test-trust.example/dropin" };

        var created = Data(await UpsertAsync(_partner, "Service", input), "upsertService");

        var id = created["id"]!.GetValue<string>();
        var node = await NodeAsync(_anonymous, id, ServiceFields);
        Assert.Equal("""{"lines":["12 Humber Street"],"town":"Hull","postcode":"HU1 1TU"}""", Compact(node["address"]!));
        Assert.Equal("""{"name":"Drop-in team","email":"dropin@test-trust.example","phone":"+44 1632 960123","url":"https://test-trust.example/dropin"}""", Compact(node["contact"]!));
        var near = await _anonymous.DataAsync(
            $"query($lat: Float!, $lon: Float!) {{ services(near: {{point: {{latitude: $lat, longitude: $lon}}, radiusKm: 1}}, first: 100) {{ nodes {{ id {ContactFields} }} }} }}",
            new { lat = Lat, lon = Lon });
        var listed = near["services"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(Compact(node["address"]!), Compact(listed["address"]!));
        Assert.Equal(Compact(node["contact"]!), Compact(listed["contact"]!));
        var audited = Parse(Assert.Single(await AuditAsync(id))["after"]);
        Assert.Equal("HU1 1TU", audited["address"]!["postcode"]!.GetValue<string>());
        Assert.Equal("dropin@test-trust.example", audited["contact"]!["email"]!.GetValue<string>());

        var change = Change(input, id, 1);
        change.Remove("address");
        change.Remove("contact");
        var cleared = Data(await UpsertAsync(_partner, "Service", change), "upsertService");

        Assert.Null(cleared["address"]);
        Assert.Null(cleared["contact"]);
        Assert.Equal("Hull", Parse((await AuditAsync(id))[0]["before"])["address"]!["town"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_placements_contact_is_its_supervisors_line()
    {
        var input = NewPlacement();
        input["contact"] = new JsonObject { ["phone"] = "07700 900123", ["email"] = "j.test@garden.example" };
        input["address"] = new JsonObject { ["lines"] = new JsonArray("Allotments, Gate 2"), ["town"] = "Hull", ["postcode"] = "HU5 3XY" };

        var created = Data(await UpsertAsync(_partner, "Placement", input), "upsertPlacement");

        Assert.Equal("""{"name":"J. Test","email":"j.test@garden.example","phone":"07700 900123","url":null}""", Compact(created["contact"]!));
        Assert.Equal(["Allotments, Gate 2"], Strings(created["address"]!["lines"]!));
        var read = await NodeAsync(_anonymous, created["id"]!.GetValue<string>(), PlacementFields);
        Assert.Equal(Compact(created["contact"]!), Compact(read["contact"]!));
    }

    [Fact]
    public async Task A_placement_keeps_its_meeting_point_tidied_audited_and_cleared_when_left_out_or_blank()
    {
        var input = NewPlacement();
        input["meetingPoint"] = "  the front gate\ton   Humber Street ";

        var created = Data(await UpsertAsync(_partner, "Placement", input), "upsertPlacement");

        var id = created["id"]!.GetValue<string>();
        Assert.Equal("the front gate on Humber Street", created["meetingPoint"]!.GetValue<string>());
        Assert.Equal("the front gate on Humber Street", (await NodeAsync(_anonymous, id, PlacementFields))["meetingPoint"]!.GetValue<string>());
        var near = await _anonymous.DataAsync(
            "query($lat: Float!, $lon: Float!) { placements(near: {point: {latitude: $lat, longitude: $lon}, radiusKm: 1}, first: 100) { nodes { id meetingPoint } } }",
            new { lat = Lat, lon = Lon });
        var listed = near["placements"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("the front gate on Humber Street", listed["meetingPoint"]!.GetValue<string>());
        Assert.Equal("the front gate on Humber Street", Parse(Assert.Single(await AuditAsync(id))["after"])["meetingPoint"]!.GetValue<string>());

        var moved = Change(input, id, 1);
        moved["meetingPoint"] = "reception";
        Assert.Equal("reception", Data(await UpsertAsync(_partner, "Placement", moved), "upsertPlacement")["meetingPoint"]!.GetValue<string>());

        var blank = Change(input, id, 2);
        blank["meetingPoint"] = "  \t ";
        Assert.Null(Data(await UpsertAsync(_partner, "Placement", blank), "upsertPlacement")["meetingPoint"]);

        var restored = Change(input, id, 3);
        Assert.Equal("the front gate on Humber Street", Data(await UpsertAsync(_partner, "Placement", restored), "upsertPlacement")["meetingPoint"]!.GetValue<string>());
        var leftOut = Change(input, id, 4);
        leftOut.Remove("meetingPoint");
        Assert.Null(Data(await UpsertAsync(_partner, "Placement", leftOut), "upsertPlacement")["meetingPoint"]);

        Assert.Null((await NodeAsync(_anonymous, id, PlacementFields))["meetingPoint"]);
        var audit = await AuditAsync(id);
        Assert.Equal(5, audit.Count);
        var latest = audit.Single(e => Parse(e["after"])["version"]!.GetValue<int>() == 5);
        Assert.Equal("the front gate on Humber Street", Parse(latest["before"])["meetingPoint"]!.GetValue<string>());
        Assert.Null(Parse(latest["after"])["meetingPoint"]);
        var moving = audit.Single(e => Parse(e["after"])["version"]!.GetValue<int>() == 2);
        Assert.Equal(("the front gate on Humber Street", "reception"),
            (Parse(moving["before"])["meetingPoint"]!.GetValue<string>(), Parse(moving["after"])["meetingPoint"]!.GetValue<string>()));
    }

    private static string Json(string text) => JsonSerializer.Serialize(text);

    /// <summary>JSON as written, without the escaping of '+' and other HTML-sensitive characters.</summary>
    private static string Compact(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}";

    private static JsonObject Point(double latitude, double longitude) => new() { ["latitude"] = latitude, ["longitude"] = longitude };

    private static JsonObject NewService() => new()
    {
        ["organisationId"] = Org,
        ["name"] = Unique("Test alcohol drop-in"),
        ["description"] = "Tuesday drop-in for anyone worried about their drinking.",
        ["needs"] = new JsonArray("ALCOHOL"),
        ["location"] = Point(Lat, Lon),
        ["languages"] = new JsonArray("en"),
        ["capacity"] = 10,
        ["waitingDays"] = 0,
        ["openingTimes"] = "Tue 10:00–14:00",
        ["referralRoute"] = "SELF",
    };

    private static JsonObject NewPlacement() => new()
    {
        ["organisationId"] = Org,
        ["title"] = Unique("Test community garden"),
        ["kind"] = "UNPAID_WORK",
        ["location"] = Point(Lat, Lon),
        ["capacity"] = 6,
        ["sessions"] = new JsonArray("Thu 09:30-15:30"),
        ["skills"] = new JsonArray("GARDENING", "COOKING"),
        ["supervisor"] = "J. Test",
    };

    private static JsonObject NewMentor() => new()
    {
        ["organisationId"] = Org,
        ["displayName"] = Unique("Sam T."),
        ["gender"] = "FEMALE",
        ["languages"] = new JsonArray("en"),
        ["livedExperience"] = new JsonArray("ALCOHOL"),
        ["capacity"] = 2,
        ["location"] = Point(Lat, Lon),
    };

    private static JsonObject Change(JsonObject input, string id, int version)
    {
        var change = input.DeepClone().AsObject();
        change["id"] = id;
        change["version"] = version;
        return change;
    }

    /// <summary>A listing as read, turned back into the input that would store it unchanged.</summary>
    private static JsonObject AsInput(JsonNode listing, string organisationId)
    {
        var input = listing.DeepClone().AsObject();
        input["organisationId"] = organisationId;
        foreach (var key in new[] { "organisation", "organisations", "filled", "spareCapacity", "status" })
        {
            input.Remove(key);
        }

        foreach (var key in new[] { "needs", "livedExperience" })
        {
            if (input[key] is JsonArray needs)
            {
                input[key] = new JsonArray([.. needs.Select(n => (JsonNode?)n!["code"]!.GetValue<string>())]);
            }
        }

        return input;
    }

    private static Task<GraphQLResponse> UpsertAsync(GraphQLClient client, string kind, JsonObject input)
    {
        var fields = kind switch { "Service" => ServiceFields, "Placement" => PlacementFields, _ => MentorFields };
        return client.PostAsync($"mutation($input: {kind}Input!) {{ upsert{kind}(input: $input) {{ {fields} }} }}", new { input });
    }

    private static Task<GraphQLResponse> SetStatusAsync(GraphQLClient client, string serviceId, string status, int version) =>
        client.PostAsync(
            $"mutation($input: SetServiceStatusInput!) {{ setServiceStatus(input: $input) {{ {ServiceFields} }} }}",
            new { input = new { serviceId, status, version } });

    private static JsonNode Data(GraphQLResponse response, string field) => response.AssertNoErrors().Data![field]!;

    private static async Task<JsonNode> NodeAsync(GraphQLClient client, string id, string fields)
    {
        var type = id.Split('-')[0] switch { "svc" => "Service", "plc" => "Placement", _ => "Mentor" };
        var data = await client.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on {type} {{ {fields} }} }} }}", new { id });
        return data["node"] ?? throw new InvalidOperationException($"No node '{id}'.");
    }

    private async Task<IReadOnlyList<JsonNode>> AuditAsync(string targetId)
    {
        var data = await _admin.DataAsync(
            "query($id: ID) { auditTrail(where: {targetId: $id}, first: 100) { nodes { action actorRole actorId targetId summary before after } } }", new { id = targetId });
        return [.. data["auditTrail"]!["nodes"]!.AsArray().Select(n => n!)];
    }

    /// <summary>How many changes our organisation has made: tests in a class run one at a time, so only a test's own writes move it.</summary>
    private async Task<int> WrittenByUsAsync()
    {
        var data = await _admin.DataAsync("query($actor: String) { auditTrail(where: {actorId: $actor}) { totalCount } }", new { actor = Org });
        return data["auditTrail"]!["totalCount"]!.GetValue<int>();
    }

    private async Task<IReadOnlyList<string>> ListedNearAsync()
    {
        var data = await _anonymous.DataAsync(
            "query($lat: Float!, $lon: Float!) { services(near: {point: {latitude: $lat, longitude: $lon}, radiusKm: 2}, first: 100) { nodes { id } } }", new { lat = Lat, lon = Lon });
        return Ids(data["services"]!["nodes"]!);
    }

    private async Task<IReadOnlyList<string>> OfferedAsync()
    {
        var data = await _anonymous.DataAsync(
            "query($lat: Float!, $lon: Float!) { connect(input: {profile: {home: {latitude: $lat, longitude: $lon}, gender: MALE, age: 30, needs: [\"ALCOHOL\"]}, " +
            "near: {point: {latitude: $lat, longitude: $lon}, radiusKm: 2}, first: 50}) { services { service { id } } } }",
            new { lat = Lat, lon = Lon });
        return [.. data["connect"]!["services"]!.AsArray().Select(m => m!["service"]!["id"]!.GetValue<string>())];
    }

    private async Task<IReadOnlyList<string>> OrganisationServicesAsync()
    {
        var data = await _anonymous.DataAsync($"{{ node(id: \"{Org}\") {{ ... on Organisation {{ services {{ id }} }} }} }}");
        return Ids(data["node"]!["services"]!);
    }

    private static async Task<IReadOnlyList<string>> OwnServicesAsync(GraphQLClient client, bool? includeClosed)
    {
        var data = await client.DataAsync(
            "query($org: ID!, $closed: Boolean) { services(where: {organisationId: $org, includeClosed: $closed}, first: 100) { nodes { id } } }",
            new { org = Org, closed = includeClosed });
        return Ids(data["services"]!["nodes"]!);
    }

    private static int ClosedCount(JsonNode connection) =>
        connection["nodes"]!.AsArray().Count(n => n!["status"]!.GetValue<string>() == "CLOSED");

    private async Task<int> AlcoholServiceCountAsync()
    {
        var data = await _anonymous.DataAsync("{ needs { code serviceCount } }");
        return data["needs"]!.AsArray().Single(n => n!["code"]!.GetValue<string>() == "ALCOHOL")!["serviceCount"]!.GetValue<int>();
    }

    private static IReadOnlyList<string> Ids(JsonNode nodes) => [.. nodes.AsArray().Select(n => n!["id"]!.GetValue<string>())];

    private static IReadOnlyList<string> Codes(JsonNode needs) => [.. needs.AsArray().Select(n => n!["code"]!.GetValue<string>())];

    private static IReadOnlyList<string> Strings(JsonNode values) => [.. values.AsArray().Select(n => n!.GetValue<string>())];

    private static JsonNode Parse(JsonNode? json) => JsonNode.Parse(json!.GetValue<string>())!;

    /// <summary>A hub and Neo4j of this class's own, with the demo region loaded.</summary>
    public sealed class Hub : IAsyncLifetime
    {
        private TestNeo4jServer? _neo4j;
        private HubFactory? _factory;

        public GraphQLClient CreateClient(Caller? caller = null) => _factory!.CreateGraphQLClient(caller);

        public async ValueTask InitializeAsync()
        {
            _neo4j = await TestNeo4jServer.StartAsync();
            _factory = new HubFactory(_neo4j.Uri, seedDemoData: true);
            await _factory.StartAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (_factory is not null)
            {
                await _factory.DisposeAsync();
            }

            if (_neo4j is not null)
            {
                await _neo4j.DisposeAsync();
            }
        }
    }
}
