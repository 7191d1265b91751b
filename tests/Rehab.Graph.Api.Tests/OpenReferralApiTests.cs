using System.Net;
using System.Text.Json.Nodes;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The Open Referral UK read API over real HTTP, on the demo region.
/// </summary>
public sealed class OpenReferralApiTests(RehabGraphApplication app)
{
    private static readonly string[] Envelope = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];

    private readonly HttpClient _http = app.Hub.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Uuid(string id) => OpenReferralIds.Text(OpenReferralIds.Of(id));

    [Fact]
    public async Task Every_answer_validates_against_the_Open_Referral_UK_schemas_and_is_open_to_every_origin()
    {
        var (status, list, response) = await GetAsync("/openreferral/services?per_page=200");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal(Envelope, list.AsObject().Select(p => p.Key));
        var contents = list["contents"]!.AsArray();
        Assert.Equal(list["total_items"]!.GetValue<int>(), contents.Count);
        Assert.InRange(contents.Count, DemoRegion.Services.Count - 5, DemoRegion.Services.Count);
        Assert.All(contents, service => Assert.Empty(OpenReferralSchemas.Problems(service, "compiled/service_list")));
        Assert.Empty(OpenReferralSchemas.AnswerProblems(list, "/services"));

        // An online service, one with an address and a contact, and a women-only one: each whole, as /services/{id} has it.
        string[] ids =
        [
            Id(s => s["online"]?.GetValue<bool>() == true),
            Id(s => s["address"] is not null && s["contact"]?["phone"] is not null),
            Id(s => s["womenOnly"]?.GetValue<bool>() == true),
        ];
        foreach (var id in ids)
        {
            var (found, service, _) = await GetAsync($"/openreferral/services/{Uuid(id)}");
            Assert.Equal(HttpStatusCode.OK, found);
            Assert.Empty(OpenReferralSchemas.Problems(service, "compiled/service"));
            Assert.Empty(OpenReferralSchemas.AnswerProblems(service, "/services/{id}"));
            Assert.Equal(Uuid(id), service["id"]!.GetValue<string>());
        }

        var (_, taxonomies, _) = await GetAsync("/openreferral/taxonomies");
        var taxonomy = Assert.Single(taxonomies["contents"]!.AsArray())!;
        var (_, whole, _) = await GetAsync($"/openreferral/taxonomies/{taxonomy["id"]!.GetValue<string>()}");
        var (_, terms, _) = await GetAsync("/openreferral/taxonomy_terms");
        var (_, root, _) = await GetAsync("/openreferral/");
        Assert.Empty(OpenReferralSchemas.AnswerProblems(taxonomies, "/taxonomies"));
        Assert.Empty(OpenReferralSchemas.AnswerProblems(whole, "/taxonomies/{id}"));
        Assert.Empty(OpenReferralSchemas.AnswerProblems(terms, "/taxonomy_terms"));
        Assert.Empty(OpenReferralSchemas.AnswerProblems(terms["contents"]![0], "/taxonomy_terms/{id}"));
        Assert.Empty(OpenReferralSchemas.AnswerProblems(root, "/"));
        Assert.Empty(OpenReferralSchemas.Problems(whole, "taxonomy"));
        Assert.Equal(14, whole["taxonomy_terms"]!.AsArray().Count);
        Assert.All(whole["taxonomy_terms"]!.AsArray(), term => Assert.Empty(OpenReferralSchemas.Problems(term, "taxonomy_term")));
    }

    [Fact]
    public async Task Pages_follow_one_order_and_search_and_taxonomy_terms_filter_them()
    {
        var (_, all, _) = await GetAsync("/openreferral/services?per_page=200");
        var names = Names(all);

        var (_, second, _) = await GetAsync("/openreferral/services?page=2&per_page=7");
        var (_, housing, _) = await GetAsync($"/openreferral/services?per_page=200&taxonomy_term_id={OpenReferralIds.Text(OpenReferralIds.Of("need/ACCOMMODATION"))}");
        var (_, women, _) = await GetAsync($"/openreferral/services?per_page=200&taxonomy_term_id={OpenReferralIds.Text(OpenReferralIds.Of("term/women-only"))}");
        var (_, searched, _) = await GetAsync("/openreferral/services?per_page=200&search=HOUSING");
        var (_, foreign, _) = await GetAsync("/openreferral/services?taxonomy_term_id=3f7b145d-84af-42d7-8fae-eaca714b02b2");

        Assert.Equal(names.Skip(7).Take(7), Names(second));
        Assert.Equal((2, 7, false, false), (second["page_number"]!.GetValue<int>(), second["size"]!.GetValue<int>(), second["first_page"]!.GetValue<bool>(), second["last_page"]!.GetValue<bool>()));
        Assert.Equal((names.Count + 6) / 7, second["total_pages"]!.GetValue<int>());
        Assert.Equal(Expected(s => DemoRegion.Strings(s, "needs").Contains("ACCOMMODATION")), Names(housing).Order(StringComparer.Ordinal));
        Assert.Equal(Expected(s => s["womenOnly"]?.GetValue<bool>() == true), Names(women).Order(StringComparer.Ordinal));
        Assert.NotEmpty(Names(searched));
        Assert.All(searched["contents"]!.AsArray(), s => Assert.Contains("housing", $"{s!["name"]} {s["description"]}", StringComparison.OrdinalIgnoreCase));
        Assert.Equal((0, 0, true), (foreign["total_items"]!.GetValue<int>(), foreign["total_pages"]!.GetValue<int>(), foreign["empty"]!.GetValue<bool>()));

        // The demo services the filter finds, less any another test has closed, by the names the API lists.
        IEnumerable<string> Expected(Func<JsonObject, bool> filter) =>
            DemoRegion.Services.Where(filter).Select(s => s["name"]!.GetValue<string>()).Where(names.Contains).Order(StringComparer.Ordinal);
    }

    [Fact]
    public async Task Places_are_found_around_a_postcode_nearest_first_within_the_proximity()
    {
        var hu5 = DemoRegion.Place("HU5");

        var (_, around, _) = await GetAsync("/openreferral/service_at_locations?postcode=hu5%207tg&proximity=1500&per_page=200");
        var (_, district, _) = await GetAsync("/openreferral/service_at_locations?postcode=HU5&per_page=200");
        var first = around["contents"]![0]!;
        var (found, whole, _) = await GetAsync($"/openreferral/service_at_locations/{first["id"]!.GetValue<string>()}");

        Assert.Empty(OpenReferralSchemas.AnswerProblems(around, "/service_at_locations"));
        var places = around["contents"]!.AsArray().Select(p => new GeoPoint(p!["location"]!["latitude"]!.GetValue<double>(), p["location"]!["longitude"]!.GetValue<double>()).DistanceKmTo(hu5)).ToList();
        Assert.NotEmpty(places);
        Assert.All(places, km => Assert.True(km <= 1.5, $"{km} km from HU5's centre"));
        Assert.Equal(places.Order(), places);
        // Every demo service located within 1.5 km of the district's centre, less any another test has closed.
        var within = DemoRegion.Within(DemoRegion.Services, hu5, 1.5).Select(Uuid).ToHashSet();
        var listed = around["contents"]!.AsArray().Select(p => p!["service_id"]!.GetValue<string>()).ToHashSet();
        Assert.Subset(within, listed);
        Assert.InRange(listed.Count, within.Count - 2, within.Count);
        Assert.True(district["total_items"]!.GetValue<int>() > listed.Count);
        Assert.Equal(HttpStatusCode.OK, found);
        // By the compiled service_at_location schema: the OpenAPI description's schema for this path is the service's
        // (compiled/service.json), a slip, as its own text and the profile's compiled schemas say (docs/openreferral.md).
        Assert.Empty(OpenReferralSchemas.Problems(whole, "compiled/service_at_location"));
        Assert.Equal(first["service"]!["id"]!.GetValue<string>(), whole["service"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Organisations_are_listed_by_name_and_each_is_found_by_its_UUID_with_its_services()
    {
        var (_, list, _) = await GetAsync("/openreferral/organizations?per_page=200");
        var (_, searched, _) = await GetAsync("/openreferral/organizations?search=WOMEN&per_page=200");
        const string withServices = "org-0033";
        var (found, organisation, _) = await GetAsync($"/openreferral/organizations/{Uuid(withServices)}");
        var (foundAlone, alone, _) = await GetAsync($"/openreferral/organizations/{Uuid("org-0071")}");

        var contents = list["contents"]!.AsArray();
        Assert.Equal(Envelope, list.AsObject().Select(p => p.Key));
        Assert.All(contents, o => Assert.Empty(OpenReferralSchemas.Problems(o, "compiled/organization_list")));
        // Every demo organisation, and any another test has added since.
        Assert.Subset(contents.Select(o => o!["id"]!.GetValue<string>()).ToHashSet(), DemoRegion.Organisations.Select(o => Uuid(o["id"]!.GetValue<string>())).ToHashSet());
        Assert.Equal(Names(list).Order(StringComparer.Ordinal), Names(list));
        Assert.NotEmpty(Names(searched));
        Assert.All(searched["contents"]!.AsArray(), o => Assert.Contains("women", $"{o!["name"]} {o["description"]}", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(HttpStatusCode.OK, found);
        Assert.Empty(OpenReferralSchemas.Problems(organisation, "compiled/organization"));
        Assert.Equal(Uuid(withServices), organisation["id"]!.GetValue<string>());
        var services = organisation["services"]!.AsArray();
        // Its demo services, less any another test has closed, by name, each naming the organisation by its id alone.
        var demoServices = DemoRegion.Services.Where(s => s["organisationId"]!.GetValue<string>() == withServices).Select(s => Uuid(s["id"]!.GetValue<string>())).ToList();
        Assert.Subset(demoServices.ToHashSet(), services.Select(s => s!["id"]!.GetValue<string>()).ToHashSet());
        Assert.InRange(services.Count, demoServices.Count - 1, demoServices.Count);
        Assert.Equal(Names(organisation, "services").Order(StringComparer.Ordinal), Names(organisation, "services"));
        Assert.All(services, s => Assert.Equal((Uuid(withServices), null), (s!["organization_id"]!.GetValue<string>(), s["organization"])));

        Assert.Equal(HttpStatusCode.OK, foundAlone);
        Assert.Empty(OpenReferralSchemas.Problems(alone, "compiled/organization"));
        Assert.Empty(alone["services"]!.AsArray());
    }

    [Theory]
    [InlineData("/openreferral/service_at_locations?proximity=1000", "proximity")]
    [InlineData("/openreferral/service_at_locations?postcode=HU5&proximity=-5", "proximity")]
    [InlineData("/openreferral/service_at_locations?postcode=HU5&proximity=1e9", "proximity")]
    [InlineData("/openreferral/service_at_locations?postcode=ZZ99%209ZZ", "postcode")]
    [InlineData("/openreferral/service_at_locations?postcode=not%20a%20postcode", "postcode")]
    [InlineData("/openreferral/services?page=0", "page")]
    [InlineData("/openreferral/services?per_page=201", "per_page")]
    [InlineData("/openreferral/services?per_page=ten", "per_page")]
    [InlineData("/openreferral/services?page=1&page=2", "page")]
    [InlineData("/openreferral/services?taxonomy_term_id=housing", "taxonomy_term_id")]
    [InlineData("/openreferral/services?postcode=HU1%201AA&proximity=1000", "postcode")]
    [InlineData("/openreferral/services/svc-0001", "id")]
    [InlineData("/openreferral/organizations/org-0001", "id")]
    [InlineData("/openreferral/organizations?per_page=0", "per_page")]
    [InlineData("/openreferral/organizations?taxonomy_term_id=3f7b145d-84af-42d7-8fae-eaca714b02b2", "taxonomy_term_id")]
    public async Task Bad_input_is_refused_with_400_naming_the_parameter(string path, string parameter)
    {
        var (status, body, _) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(parameter, body["parameter"]!.GetValue<string>());
        Assert.Contains($"'{parameter}'", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_is_revalidated_by_its_ETag_and_a_listing_change_is_seen_by_the_next_request()
    {
        // org-0033's first service is changed by no other test.
        var service = DemoRegion.Services.First(s => s["organisationId"]!.GetValue<string>() == "org-0033")["id"]!.GetValue<string>();
        var path = $"/openreferral/services/{Uuid(service)}";
        var (_, before, first) = await GetAsync(path);
        var tag = first.Headers.ETag!.Tag;

        var (unchanged, _, _) = await GetAsync(path, tag);
        await SetStatusAsync(service, "PAUSED");
        var (changed, after, third) = await GetAsync(path, tag);
        await SetStatusAsync(service, "ACTIVE");

        Assert.Equal("active", before["status"]!.GetValue<string>());
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, unchanged);
        Assert.Equal(HttpStatusCode.OK, changed);
        Assert.Equal("temporarily closed", after["status"]!.GetValue<string>());
        Assert.NotEqual(tag, third.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_browser_on_another_origin_may_ask_with_If_None_Match()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/openreferral/services");
        request.Headers.Add("Origin", "https://directory.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        using var response = await _http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("If-None-Match", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Headers")));
    }

    [Fact]
    public async Task Past_its_allowance_a_client_gets_429_with_Retry_After()
    {
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: new Dictionary<string, string?>
        {
            [$"{LimitOptions.Section}:{nameof(LimitOptions.AnonymousConnectsPerMinute)}"] = "2",
        });
        await hub.StartAsync();
        var http = hub.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await http.GetAsync(new Uri("/openreferral/taxonomy_terms", UriKind.Relative), Cancel);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter!.Delta > TimeSpan.Zero);
        Assert.Equal("*", Assert.Single(last.Headers.GetValues("Access-Control-Allow-Origin")));
        last.Dispose();
    }

    private static string Id(Func<JsonObject, bool> which) => DemoRegion.Services.First(which)["id"]!.GetValue<string>();

    private static List<string> Names(JsonNode page, string list = "contents") => [.. page[list]!.AsArray().Select(s => s!["name"]!.GetValue<string>())];

    private async Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> GetAsync(string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        var response = await _http.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!, response);
    }

    private async Task SetStatusAsync(string serviceId, string status)
    {
        var admin = app.CreateClient(new Caller(CallerRole.Admin, null, null));
        var read = await admin.DataAsync("query($id: ID!) { node(id: $id) { ... on Service { version } } }", new { id = serviceId });
        await admin.DataAsync(
            "mutation($id: ID!, $status: ServiceStatus!, $version: Int!) { setServiceStatus(input: {serviceId: $id, status: $status, version: $version}) { id } }",
            new { id = serviceId, status, version = read["node"]!["version"]!.GetValue<int>() });
    }
}
