using System.Text.Json.Nodes;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// <c>transitionCheck</c>, <c>recordTransition</c> and <c>transitions</c>: a release, a new home, a handover and the
/// move to adult services keep the person's plan, mentor, referrals and projects, say who they know at each, and warn
/// of the ties a transition may break.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class TransitionTests(ReferralArea area)
{
    private const string TieFields = "kind name how distanceKmNow distanceKmAfter knownPeople { name relationship } warning { code message } node { id }";

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _otherOm = area.CreateClient(ReferralArea.OtherOffenderManager);

    [Fact]
    public async Task A_move_far_away_warns_of_each_tie_it_may_break_and_says_who_they_know_there()
    {
        var (person, mentor, placement) = await TiedPersonAsync();

        var response = await _om.PostAsync(
            $"{{ transitionCheck(input: {{personId: \"{person}\", kind: NEW_HOME, home: {Home(30)}, postcodeDistrict: \"EX5\"}}) {{ kind reachKm ties {{ {TieFields} }} warnings {{ code }} }} }}");

        var check = response.AssertNoErrors().Data!["transitionCheck"]!;
        Assert.Equal(2, response.RoundTrips);
        // The person's profile alone: who they know at each tie comes from their ties, not connect's reading of their network.
        Assert.Contains("Transitions/transition-person.cypher", response.Statements);
        Assert.DoesNotContain("Connector/connect-person.cypher", response.Statements);
        Assert.Equal(8, response.Statements.Count);

        var ties = check["ties"]!.AsArray();
        Assert.Equal(10, check["reachKm"]!.GetValue<double>());
        Assert.Equal(["OUT_OF_REACH", "OUT_OF_REACH", "MENTOR_TOO_FAR"], check["warnings"]!.AsArray().Select(w => w!["code"]!.GetValue<string>()));
        var housing = Tie(ties, ReferralArea.HousingService);
        Assert.Equal("ATTENDS", housing["how"]!.GetValue<string>());
        Assert.Equal(0, housing["distanceKmNow"]!.GetValue<double>());
        Assert.Equal(30, housing["distanceKmAfter"]!.GetValue<double>(), 0.2);
        Assert.Contains("A friend of theirs goes there too", Relationships(housing));
        Assert.Contains("Their mentor, who volunteers with Devon Test Trust", Relationships(housing));
        Assert.StartsWith("Exeter Housing Advice would be 30", housing["warning"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var placed = Tie(ties, placement);
        Assert.Equal("ACCEPTED", placed["how"]!.GetValue<string>());
        Assert.Contains(placed["knownPeople"]!.AsArray(), k => k!["name"]!.GetValue<string>() == "S. Fisher" && k["relationship"]!.GetValue<string>() == "Supervises the placement");
        var mentoring = Tie(ties, mentor);
        Assert.Equal("MENTOR", mentoring["kind"]!.GetValue<string>());
        Assert.StartsWith("Their mentor Mentor T. would be 30", mentoring["warning"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(person, check.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_nearby_keeps_every_tie_without_a_warning()
    {
        var (person, _, _) = await TiedPersonAsync();

        var check = (await _om.DataAsync(
            $"{{ transitionCheck(input: {{personId: \"{person}\", kind: RELEASE, home: {Home(3)}, postcodeDistrict: \"EX4\", on: \"{area.Day(30)}\"}}) {{ ties {{ name warning {{ code }} }} warnings {{ code }} }} }}"))
            ["transitionCheck"]!;

        Assert.Equal(3, check["ties"]!.AsArray().Count);
        Assert.Empty(check["warnings"]!.AsArray());
    }

    [Fact]
    public async Task Recording_a_new_home_moves_them_keeps_plan_mentor_and_referrals_and_lists_it_with_its_warnings()
    {
        var (person, mentor, _) = await TiedPersonAsync();
        await _om.DataAsync($"mutation {{ addGoal(input: {{personId: \"{person}\", text: \"Keep my allotment\", needs: [\"ACCOMMODATION\"]}}) {{ id }} }}");
        var version = await VersionAsync(person);

        var recorded = (await _om.DataAsync(
            $"mutation {{ recordTransition(input: {{personId: \"{person}\", version: {version}, kind: NEW_HOME, home: {Home(30)}, postcodeDistrict: \"ex5\", note: \"Moving in with her sister\"}}) {{ id kind on toDistrict note warnings {{ code }} }} }}"))
            ["recordTransition"]!;
        var after = (await _om.DataAsync(
            $"{{ person(id: \"{person}\") {{ postcodeDistrict home {{ latitude }} version referrals {{ nodes {{ status }} }} }} plan(personId: \"{person}\") {{ goals {{ text }} mentors {{ mentor {{ id }} }} }} transitions(personId: \"{person}\") {{ id kind toDistrict recordedBy warnings {{ code }} }} }}"));

        Assert.Equal("NEW_HOME", recorded["kind"]!.GetValue<string>());
        Assert.Equal(area.Today, recorded["on"]!.GetValue<string>());
        Assert.Equal("EX5", recorded["toDistrict"]!.GetValue<string>());
        Assert.Equal(3, recorded["warnings"]!.AsArray().Count);
        Assert.Equal("EX5", after["person"]!["postcodeDistrict"]!.GetValue<string>());
        Assert.Equal(ReferralArea.Lat + (30 / ReferralArea.KmPerDegreeOfLatitude), after["person"]!["home"]!["latitude"]!.GetValue<double>(), 5);
        Assert.Equal(version + 1, after["person"]!["version"]!.GetValue<int>());
        Assert.Equal(["ACCEPTED"], after["person"]!["referrals"]!["nodes"]!.AsArray().Select(n => n!["status"]!.GetValue<string>()));
        Assert.Equal("Keep my allotment", after["plan"]!["goals"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(mentor, after["plan"]!["mentors"]![0]!["mentor"]!["id"]!.GetValue<string>());
        var history = after["transitions"]!.AsArray().Single()!;
        Assert.Equal(recorded["id"]!.GetValue<string>(), history["id"]!.GetValue<string>());
        Assert.Equal(ReferralArea.OffenderManager.PractitionerId, history["recordedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Of_several_transitions_recorded_at_once_from_one_version_exactly_one_lands()
    {
        var person = await MovablePersonAsync();
        var version = await VersionAsync(person);

        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(km => _om.PostAsync(
            $"mutation {{ recordTransition(input: {{personId: \"{person}\", version: {version}, kind: NEW_HOME, home: {Home(km)}, postcodeDistrict: \"EX4\"}}) {{ id }} }}")));

        Assert.Single(responses, r => r.Errors.Count == 0);
        Assert.All(responses.Where(r => r.Errors.Count > 0), r => Assert.Equal("CONFLICT", r.SingleError().Code));
        Assert.Equal(version + 1, await VersionAsync(person));
        Assert.Single((await _om.DataAsync($"{{ transitions(personId: \"{person}\") {{ id }} }}"))["transitions"]!.AsArray());
    }

    [Fact]
    public async Task A_handover_takes_plan_referrals_and_mentor_to_the_next_offender_manager_and_the_last_one_loses_sight()
    {
        var (person, mentor, _) = await TiedPersonAsync();
        await _om.DataAsync($"mutation {{ addGoal(input: {{personId: \"{person}\", text: \"Get my own flat\", needs: [\"ACCOMMODATION\"]}}) {{ id }} }}");
        var version = await VersionAsync(person);
        var handover = $"personId: \"{person}\", kind: OFFENDER_MANAGER_CHANGE, practitionerId: \"{ReferralArea.OtherOffenderManager.PractitionerId}\"";

        var check = (await _om.DataAsync($"{{ transitionCheck(input: {{{handover}}}) {{ toPractitioner {{ name deliveryUnit email }} }} }}"))["transitionCheck"]!;
        var recorded = (await _om.DataAsync(
            $"mutation {{ recordTransition(input: {{{handover}, version: {version}, note: \"Works best with morning appointments\"}}) {{ fromPractitionerId toPractitionerId recordedByPractitioner {{ name }} fromPractitioner {{ name }} toPractitioner {{ name }} warnings {{ code }} }} }}"))
            ["recordTransition"]!;
        var next = await _otherOm.DataAsync(
            $"{{ plan(personId: \"{person}\") {{ goals {{ text }} mentors {{ mentor {{ id }} }} }} person(id: \"{person}\") {{ referrals {{ totalCount }} }} transitions(personId: \"{person}\") {{ kind note }} }}");
        var last = await _om.PostAsync($"{{ plan(personId: \"{person}\") {{ id }} }}");

        Assert.Equal(ReferralArea.OffenderManager.PractitionerId, recorded["fromPractitionerId"]!.GetValue<string>());
        Assert.Equal(ReferralArea.OtherOffenderManager.PractitionerId, recorded["toPractitionerId"]!.GetValue<string>());
        Assert.Equal("""{"name":"OM Two","deliveryUnit":"Test","email":"om.two@probation.example"}""", check["toPractitioner"]!.ToJsonString());
        Assert.Equal(
            ("OM One", "OM One", "OM Two"),
            (recorded["recordedByPractitioner"]!["name"]!.GetValue<string>(), recorded["fromPractitioner"]!["name"]!.GetValue<string>(), recorded["toPractitioner"]!["name"]!.GetValue<string>()));
        Assert.Empty(recorded["warnings"]!.AsArray());
        Assert.Equal("Get my own flat", next["plan"]!["goals"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(mentor, next["plan"]!["mentors"]![0]!["mentor"]!["id"]!.GetValue<string>());
        Assert.Equal(1, next["person"]!["referrals"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Works best with morning appointments", next["transitions"]![0]!["note"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", last.SingleError().Code);
    }

    [Fact]
    public async Task What_recordTransition_answers_is_the_transition_as_their_history_reads_it_without_reading_the_history()
    {
        const string every = "id kind on recordedAt recordedBy recordedByPractitioner { id name deliveryUnit email phone } fromDistrict toDistrict fromPractitionerId toPractitionerId "
            + "fromPractitioner { id name deliveryUnit email phone } toPractitioner { id name deliveryUnit email phone } note warnings { code message }";
        var (moving, _, _) = await TiedPersonAsync();
        await area.Cypher.RunAsync(new CypherStatement("test: lives in EX4", "MATCH (p:Person {id: $id}) SET p.postcodeDistrict = 'EX4'", new Dictionary<string, object?> { ["id"] = moving }));
        var handedOver = await area.NewPersonAsync();

        var move = await _om.PostAsync(
            $"mutation {{ recordTransition(input: {{personId: \"{moving}\", version: {await VersionAsync(moving)}, kind: NEW_HOME, home: {Home(30)}, postcodeDistrict: \"EX5\", note: \"Near her sister\"}}) {{ {every} }} }}");
        var handover = await _om.PostAsync(
            $"mutation {{ recordTransition(input: {{personId: \"{handedOver}\", version: {await VersionAsync(handedOver)}, kind: OFFENDER_MANAGER_CHANGE, practitionerId: \"{ReferralArea.OtherOffenderManager.PractitionerId}\"}}) {{ {every} }} }}");
        var moveHistory = await _om.DataAsync($"{{ transitions(personId: \"{moving}\") {{ {every} }} }}");
        var handoverHistory = await _otherOm.DataAsync($"{{ transitions(personId: \"{handedOver}\") {{ {every} }} }}");

        Assert.Equal(moveHistory["transitions"]![0]!.ToJsonString(), move.AssertNoErrors().Data!["recordTransition"]!.ToJsonString());
        Assert.Equal(handoverHistory["transitions"]![0]!.ToJsonString(), handover.AssertNoErrors().Data!["recordTransition"]!.ToJsonString());
        Assert.Equal(("EX4", "EX5"), (move.Data!["recordTransition"]!["fromDistrict"]!.GetValue<string>(), move.Data["recordTransition"]!["toDistrict"]!.GetValue<string>()));
        Assert.Equal(3, move.Data["recordTransition"]!["warnings"]!.AsArray().Count);
        Assert.Equal("OM Two", handover.Data!["recordTransition"]!["toPractitioner"]!["name"]!.GetValue<string>());
        foreach (var recorded in new[] { move, handover })
        {
            Assert.Equal(3, recorded.RoundTrips);
            Assert.DoesNotContain("Transitions/transitions.cypher", recorded.Statements);
            Assert.DoesNotContain("Connector/connect-person.cypher", recorded.Statements);
        }

        Assert.Equal((10, 12), (move.Statements.Count, handover.Statements.Count));
    }

    [Fact]
    public async Task An_admins_move_between_caseloads_is_on_the_persons_transitions_too()
    {
        var person = await area.NewPersonAsync();

        await area.CreateClient(ReferralArea.Admin).DataAsync(
            $"mutation {{ assignOffenderManager(input: {{personId: \"{person}\", practitionerId: \"{ReferralArea.OtherOffenderManager.PractitionerId}\"}}) {{ id }} }}");

        var history = (await _otherOm.DataAsync($"{{ transitions(personId: \"{person}\") {{ kind fromPractitionerId toPractitionerId fromPractitioner {{ name }} toPractitioner {{ name }} recordedBy recordedByPractitioner {{ name }} }} }}"))["transitions"]!;
        Assert.Equal(
            """[{"kind":"OFFENDER_MANAGER_CHANGE","fromPractitionerId":"prc-devon-1","toPractitionerId":"prc-devon-2","fromPractitioner":{"name":"OM One"},"toPractitioner":{"name":"OM Two"},"recordedBy":null,"recordedByPractitioner":null}]""",
            history.ToJsonString());
    }

    [Fact]
    public async Task The_move_to_adult_services_warns_of_a_youth_service_they_will_be_too_old_for()
    {
        var person = await area.NewPersonAsync();
        var youth = $"svc-devon-youth-{Guid.NewGuid():N}";
        var year = area.Clock.GetUtcNow().Year;
        await area.Cypher.RunAsync(new CypherStatement("test: a 17-year-old at a youth service", """
            MATCH (p:Person {id: $person}), (o:Organisation {id: $organisation})
            SET p.birthYear = $birthYear
            CREATE (o)-[:OFFERS]->(s:Service {id: $youth, name: 'Exe Youth Boxing', online: false, lat: p.homeLat, lon: p.homeLon,
                    womenOnly: false, minAge: 12, maxAge: 17, languages: ['en'], unsuitableFor: []})
            CREATE (p)-[:ATTENDED]->(s)
            """, new Dictionary<string, object?> { ["person"] = person, ["organisation"] = ReferralArea.HostOrganisation, ["birthYear"] = year - 17, ["youth"] = youth }));

        var check = (await _om.DataAsync(
            $"{{ transitionCheck(input: {{personId: \"{person}\", kind: YOUTH_TO_ADULT, on: \"{year + 1}-01-15\"}}) {{ ties {{ node {{ id }} warning {{ code message }} }} }} }}"))
            ["transitionCheck"]!;

        var warning = Tie(check["ties"]!.AsArray(), youth)["warning"]!;
        Assert.Equal("AGE", warning["code"]!.GetValue<string>());
        Assert.Equal("Exe Youth Boxing: for ages 12 to 17, which they would no longer meet.", warning["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_transitions_are_refused_naming_the_field_and_change_nothing()
    {
        var person = await area.NewPersonAsync();
        var someoneElses = await area.NewPersonAsync(ReferralArea.OtherOffenderManager);
        await area.Cypher.RunAsync(new CypherStatement("test: exclusion zone", "MATCH (p:Person {id: $id}) SET p.exclusionZones = $zones",
            new Dictionary<string, object?> { ["id"] = person, ["zones"] = ZoneAround(20) }));
        var version = await VersionAsync(person);
        var far = area.Day(400);
        var longNote = new string('x', 2001);
        var cases = new Dictionary<string, (string Code, string? Field)>
        {
            [$"personId: \"svc-1\", version: {version}, kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4\""] = ("BAD_USER_INPUT", "input.personId"),
            [$"personId: \"per-nobody\", version: 0, kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4\""] = ("NOT_FOUND", "input.personId"),
            [$"personId: \"{someoneElses}\", version: 0, kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4\""] = ("FORBIDDEN", null),
            [$"personId: \"{person}\", version: {version}, kind: NEW_HOME, postcodeDistrict: \"EX4\""] = ("BAD_USER_INPUT", "input.home"),
            [$"personId: \"{person}\", version: {version}, kind: RELEASE, home: {Home(5)}"] = ("BAD_USER_INPUT", "input.postcodeDistrict"),
            [$"personId: \"{person}\", version: {version}, kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4 4QJ\""] = ("BAD_USER_INPUT", "input.postcodeDistrict"),
            [$"personId: \"{person}\", version: {version}, kind: NEW_HOME, home: {{latitude: 91, longitude: 0}}, postcodeDistrict: \"EX4\""] = ("BAD_USER_INPUT", "input.home.latitude"),
            [$"personId: \"{person}\", version: {version}, kind: NEW_HOME, home: {Home(20)}, postcodeDistrict: \"EX4\""] = ("BAD_USER_INPUT", "input.home"),
            [$"personId: \"{person}\", version: {version}, kind: OFFENDER_MANAGER_CHANGE, practitionerId: \"prc-devon-2\", home: {Home(5)}"] = ("BAD_USER_INPUT", "input.home"),
            [$"personId: \"{person}\", version: {version}, kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4\", practitionerId: \"prc-devon-2\""] = ("BAD_USER_INPUT", "input.practitionerId"),
            [$"personId: \"{person}\", version: {version}, kind: OFFENDER_MANAGER_CHANGE"] = ("BAD_USER_INPUT", "input.practitionerId"),
            [$"personId: \"{person}\", version: {version}, kind: OFFENDER_MANAGER_CHANGE, practitionerId: \"prc-nobody\""] = ("NOT_FOUND", "input.practitionerId"),
            [$"personId: \"{person}\", version: {version}, kind: OFFENDER_MANAGER_CHANGE, practitionerId: \"prc-devon-1\""] = ("BAD_USER_INPUT", "input.practitionerId"),
            [$"personId: \"{person}\", version: {version}, kind: YOUTH_TO_ADULT"] = ("BAD_USER_INPUT", "input.on"),
            [$"personId: \"{person}\", version: {version}, kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4\", on: \"{far}\""] = ("BAD_USER_INPUT", "input.on"),
            [$"personId: \"{person}\", version: {version}, kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4\", note: \"{longNote}\""] = ("BAD_USER_INPUT", "input.note"),
            [$"personId: \"{person}\", version: {version}, kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4\", reachKm: 0"] = ("BAD_USER_INPUT", "input.reachKm"),
            [$"personId: \"{person}\", version: {version + 1}, kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4\""] = ("CONFLICT", null),
            [$"personId: \"{person}\", version: {version}, kind: MOVE, home: {Home(5)}, postcodeDistrict: \"EX4\""] = ("GRAPHQL_VALIDATION_FAILED", null),
        };

        foreach (var (input, (code, field)) in cases)
        {
            var response = await _om.PostAsync($"mutation {{ recordTransition(input: {{{input}}}) {{ id }} }}");
            Assert.True(code == response.SingleError().Code, $"{input}: expected {code}, got {response.SingleError().Code} on {response.SingleError().Field}: {response.Errors[0]}");
            Assert.Equal(field, response.SingleError().Field);
        }

        Assert.Equal(version, await VersionAsync(person));
        Assert.Empty((await _om.DataAsync($"{{ transitions(personId: \"{person}\") {{ id }} }}"))["transitions"]!.AsArray());
    }

    [Fact]
    public async Task An_operation_holds_as_many_checks_as_it_would_connects_and_is_refused_whole_beyond_that()
    {
        var person = await area.NewPersonAsync();
        string Checks(int count) => "{ " + string.Concat(Enumerable.Range(0, count).Select(i =>
            $"c{i}: transitionCheck(input: {{personId: \"{person}\", kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4\"}}) {{ ties {{ name knownPeople {{ name }} warning {{ code }} }} }} ")) + "}";

        var fits = await _om.PostAsync(Checks(20));
        var refused = await _om.PostAsync(Checks(40));

        fits.AssertNoErrors();
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", refused.SingleError().Code);
        Assert.Contains("complexity", refused.Errors[0]["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, refused.RoundTrips);
    }

    [Fact]
    public async Task Only_the_offender_manager_checks_records_or_reads_transitions()
    {
        var person = await area.NewPersonAsync();
        var check = $"{{ transitionCheck(input: {{personId: \"{person}\", kind: NEW_HOME, home: {Home(5)}, postcodeDistrict: \"EX4\"}}) {{ kind }} }}";
        var history = $"{{ transitions(personId: \"{person}\") {{ id }} }}";

        Assert.Equal("FORBIDDEN", (await _otherOm.PostAsync(check)).SingleError().Code);
        Assert.Equal("FORBIDDEN", (await _otherOm.PostAsync(history)).SingleError().Code);
        Assert.Equal("FORBIDDEN", (await area.CreateClient(ReferralArea.Admin).PostAsync(check)).SingleError().Code);
        Assert.Equal("UNAUTHENTICATED", (await area.CreateClient().PostAsync(history)).SingleError().Code);
    }

    /// <summary>
    /// A person at the area's centre who attends the housing service (with a friend who goes too), has an accepted referral to
    /// a placement there and a mentor of the host organisation.
    /// </summary>
    private async Task<(string Person, string Mentor, string Placement)> TiedPersonAsync()
    {
        var person = await MovablePersonAsync();
        var friend = await area.NewPersonAsync();
        var placement = await area.NewPlacementAsync();
        var mentor = (await area.CreateClient(ReferralArea.HostPartner).DataAsync(
            $"mutation {{ upsertMentor(input: {{organisationId: \"{ReferralArea.HostOrganisation}\", displayName: \"Mentor T.\", gender: MALE, capacity: 3, location: {{latitude: {ReferralArea.Lat}, longitude: {ReferralArea.Lon}}}}}) {{ id }} }}"))
            ["upsertMentor"]!["id"]!.GetValue<string>();
        await _om.DataAsync($"mutation {{ assignMentor(input: {{personId: \"{person}\", mentorId: \"{mentor}\"}}) {{ id }} }}");
        var referral = (await _om.DataAsync($"mutation {{ createReferral(input: {{personId: \"{person}\", placementId: \"{placement}\", hoursOrdered: 40}}) {{ id }} }}"))["createReferral"]!["id"]!.GetValue<string>();
        await area.CreateClient(ReferralArea.HostPartner).DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{referral}\"}}) {{ id }} }}");
        await area.Cypher.RunAsync(new CypherStatement("test: attends with a friend", """
            MATCH (p:Person {id: $person}), (f:Person {id: $friend}), (s:Service {id: $service})
            CREATE (p)-[:ATTENDED]->(s), (f)-[:ATTENDED]->(s), (p)-[:KNOWS {kind: 'FRIEND', prosocial: true}]->(f)
            """, new Dictionary<string, object?> { ["person"] = person, ["friend"] = friend, ["service"] = ReferralArea.HousingService }));
        return (person, mentor, placement);
    }

    /// <summary>
    /// A person with no assessed needs: recording a move gives them a postcode district, and <see cref="NeedCountTests"/>
    /// counts the people with needs in every district of this area.
    /// </summary>
    private async Task<string> MovablePersonAsync()
    {
        var person = await area.NewPersonAsync();
        await area.Cypher.RunAsync(new CypherStatement("test: no assessed needs", "MATCH (:Person {id: $id})-[h:HAS_NEED]->() DELETE h",
            new Dictionary<string, object?> { ["id"] = person }));
        return person;
    }

    private async Task<int> VersionAsync(string person) =>
        (await _om.DataAsync($"{{ person(id: \"{person}\") {{ version }} }}"))["person"]!["version"]!.GetValue<int>();

    private static string Home(double kmNorth) =>
        FormattableString.Invariant($"{{latitude: {ReferralArea.Lat + (kmNorth / ReferralArea.KmPerDegreeOfLatitude)}, longitude: {ReferralArea.Lon}}}");

    /// <summary>A licence exclusion zone, a square 2 km across, <paramref name="kmNorth"/> km north of the area's centre.</summary>
    private static string ZoneAround(double kmNorth)
    {
        var lat = ReferralArea.Lat + (kmNorth / ReferralArea.KmPerDegreeOfLatitude);
        var d = 1 / ReferralArea.KmPerDegreeOfLatitude;
        var ring = FormattableString.Invariant($"[[{ReferralArea.Lon - (2 * d)},{lat - d}],[{ReferralArea.Lon + (2 * d)},{lat - d}],[{ReferralArea.Lon + (2 * d)},{lat + d}],[{ReferralArea.Lon - (2 * d)},{lat + d}],[{ReferralArea.Lon - (2 * d)},{lat - d}]]");
        return $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Exe Valley zone"},"geometry":{"type":"Polygon","coordinates":[{{{ring}}}]}}]}""";
    }

    private static JsonNode Tie(JsonArray ties, string id) => ties.Single(t => t!["node"]!["id"]!.GetValue<string>() == id)!;

    private static List<string> Relationships(JsonNode tie) => [.. tie["knownPeople"]!.AsArray().Select(k => k!["relationship"]!.GetValue<string>())];
}
