using System.Text;
using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Listings.Import;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Cli.Tests;

public sealed class OpenReferralServiceFileTests
{
    private static IReadOnlyList<ImportRow> Read(string json) => OpenReferralServiceFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static JsonObject Service(string name = "Hessle Road Money Advice") => new()
    {
        ["id"] = "5f0c7a52-8d1e-4b7a-9a51-3c2f5e1d0a01",
        ["name"] = name,
        ["description"] = "Help with debts.",
        ["url"] = "https://example.org",
        ["status"] = "active",
        ["minimum_age"] = 18,
        ["maximum_age"] = 64,
        ["service_at_locations"] = new JsonArray(
            new JsonObject { ["id"] = "a", ["location"] = new JsonObject { ["id"] = "v", ["location_type"] = "virtual" } },
            new JsonObject { ["id"] = "b", ["location"] = new JsonObject { ["id"] = "p", ["location_type"] = "physical", ["latitude"] = 53.736, ["longitude"] = -0.361 } },
            new JsonObject { ["id"] = "c", ["location"] = new JsonObject { ["id"] = "q", ["location_type"] = "physical", ["latitude"] = 53.9, ["longitude"] = -0.4 } }),
        ["languages"] = new JsonArray(new JsonObject { ["id"] = "l1", ["code"] = "EN" }, new JsonObject { ["id"] = "l2", ["name"] = "Polish" }),
        ["schedules"] = new JsonArray(new JsonObject { ["id"] = "s1", ["description"] = "Mon 09:30–16:00" }, new JsonObject { ["id"] = "s2", ["description"] = "Fri 10:00–12:00" }),
        ["attributes"] = new JsonArray(Term("Debt advice"), Term("Drugs & Alcohol"), Term("Something else"), Term("Women-only")),
    };

    private static JsonObject Term(string name) => new() { ["id"] = Guid.NewGuid().ToString(), ["taxonomy_term"] = new JsonObject { ["id"] = "t", ["name"] = name, ["description"] = name } };

    [Fact]
    public void A_services_contact_and_its_places_address_are_read_and_written_back_the_same()
    {
        var service = Service();
        service["email"] = "advice@hessle-road.example";
        service["contacts"] = new JsonArray(new JsonObject
        {
            ["id"] = "c1",
            ["name"] = "Advice line",
            ["phones"] = new JsonArray(new JsonObject { ["id"] = "p1", ["number"] = "01632 960111" }),
        });
        service["service_at_locations"]![1]!["location"]!["addresses"] = new JsonArray(
            new JsonObject { ["id"] = "a0", ["address_type"] = "postal", ["address_1"] = "PO Box 1", ["city"] = "Hull", ["postal_code"] = "HU1 9ZZ" },
            new JsonObject { ["id"] = "a1", ["address_type"] = "physical", ["address_1"] = "Community Hall, 12 Hessle Road", ["city"] = "Hull", ["postal_code"] = "HU3 2AA" });

        var draft = Assert.Single(Read(service.ToJsonString())).Draft;

        Assert.Equal(("Advice line", "advice@hessle-road.example", "01632 960111", "https://example.org"), (draft.Contact!.Name, draft.Contact.Email, draft.Contact.Phone, draft.Contact.Url));
        Assert.Equal(["Community Hall", "12 Hessle Road"], draft.Address!.Lines);
        Assert.Equal(("Hull", "HU3 2AA"), (draft.Address.Town, draft.Address.Postcode));

        var listing = new ServiceListing(
            "svc-0001", "Advice", null, new OrganisationListing("org-0001", "Org", "VCSE", null, 53.7, -0.3, null), [new NeedRef("FINANCE_BENEFIT_DEBT", "Finance")],
            false, 53.736, -0.361, false, null, null, [], [], null, null, null, null, null,
            Address: new Address(["Community Hall", "12 Hessle Road"], "Hull", "HU3 2AA"), Contact: new Contact("Advice line", "advice@hessle-road.example", "01632 960111", "https://example.org"));
        var written = new StringWriter();
        OpenReferralServiceFile.Write([listing], written);
        var again = Assert.Single(Read(written.ToString())).Draft;

        Assert.Equal(listing.Contact, again.Contact);
        Assert.Equal(listing.Address!.Lines, again.Address!.Lines);
        Assert.Equal((listing.Address.Town, listing.Address.Postcode), (again.Address.Town, again.Address.Postcode));
        var address = JsonNode.Parse(written.ToString())![0]!["service_at_locations"]![0]!["location"]!["addresses"]![0]!;
        Assert.Equal(("Community Hall, 12 Hessle Road", "HU3 2AA", "GB"), (address["address_1"]!.GetValue<string>(), address["postal_code"]!.GetValue<string>(), address["country"]!.GetValue<string>()));
    }

    [Fact]
    public void Every_service_written_validates_against_the_Open_Referral_UK_service_schema()
    {
        var organisation = new OrganisationListing("org-0001", "Org", "VCSE", null, 53.7, -0.3, null);
        ServiceListing[] services =
        [
            new("svc-0001", "Advice", "Help with debts.", organisation, [new NeedRef("FINANCE_BENEFIT_DEBT", "Finance, benefits and debt"), new NeedRef("ALCOHOL", "Alcohol misuse")],
                false, 53.736, -0.361, true, 18, 64, ["en", "pl"], ["ARSON"], 10, 5, "Mon 09:30–16:00", "SELF", null,
                Address: new Address(["Community Hall", "12 Hessle Road"], "Hull", "HU3 2AA"),
                Contact: new Contact("Advice line", "advice@hessle-road.example", "01632 960111", "https://example.org/advice")),
            new("svc-0002", "Online support", null, organisation, [new NeedRef("MENTAL_HEALTH", "Mental health and wellbeing")],
                true, 0, 0, false, null, null, [], [], null, null, null, null, null, ServiceStatus.Paused),
        ];
        var written = new StringWriter();

        OpenReferralServiceFile.Write(services, written);

        var array = JsonNode.Parse(written.ToString())!.AsArray();
        Assert.Equal(services.Length, array.Count);
        Assert.All(array, service => Assert.Empty(OpenReferralSchemas.Problems(service, "compiled/service")));
        Assert.Equal(OpenReferralIds.Text(OpenReferralIds.Of("svc-0001")), array[0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void The_import_example_is_valid_Open_Referral_UK()
    {
        var example = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("seed", "import-examples", "services.oruk.json")))!.AsArray();

        Assert.NotEmpty(example);
        Assert.All(example, service => Assert.Empty(OpenReferralSchemas.Problems(service, "compiled/service")));
    }

    [Fact]
    public void A_service_the_schema_refuses_is_told_by_the_field_at_fault()
    {
        var service = Service();
        service["schedules"]![0]!["id"] = "s1";
        service.Remove("status");

        var problems = OpenReferralSchemas.Problems(service, "compiled/service");

        Assert.Contains(problems, p => p.StartsWith("/schedules/0/id:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("status", StringComparison.Ordinal));
        // An answer is checked by the OpenAPI description's schema of its path: the envelope and each item.
        var page = new JsonObject { ["total_items"] = "many", ["contents"] = new JsonArray(new JsonObject { ["id"] = "s1", ["name"] = "x", ["status"] = "active" }) };
        var answer = OpenReferralSchemas.AnswerProblems(page, "/services");
        Assert.Contains(answer, p => p.StartsWith("/total_items:", StringComparison.Ordinal));
        Assert.Contains(answer, p => p.StartsWith("/contents/0/id:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_is_read_with_its_first_physical_place_its_mapped_needs_languages_and_schedules()
    {
        var row = Assert.Single(Read(Service().ToJsonString()));

        Assert.Empty(row.Problems);
        Assert.Equal("service (id 5f0c7a52-8d1e-4b7a-9a51-3c2f5e1d0a01)", row.Position);
        Assert.Equal("5f0c7a52-8d1e-4b7a-9a51-3c2f5e1d0a01", row.Id);
        var draft = row.Draft;
        Assert.Equal(("Hessle Road Money Advice", "Help with debts.", 18, 64), (draft.Name, draft.Description, draft.MinAge, draft.MaxAge));
        Assert.Equal((new GeoPoint(53.736, -0.361), false, true), (draft.Location, draft.Online, draft.WomenOnly));
        Assert.Equal(["FINANCE_BENEFIT_DEBT", "ALCOHOL", "DRUGS"], draft.Needs!);
        Assert.Equal(["en"], draft.Languages!);
        Assert.Equal("Mon 09:30–16:00; Fri 10:00–12:00", draft.OpeningTimes);
    }

    [Fact]
    public void A_service_whose_places_are_all_virtual_is_online()
    {
        var service = Service();
        service["service_at_locations"] = new JsonArray(new JsonObject { ["id"] = "a", ["location"] = new JsonObject { ["id"] = "v", ["location_type"] = "virtual" } });

        var row = Assert.Single(Read(service.ToJsonString()));

        Assert.Empty(row.Problems);
        Assert.Equal((null, true), (row.Draft.Location, row.Draft.Online));
    }

    [Fact]
    public void A_service_without_a_location_is_rejected()
    {
        var service = Service();
        service.Remove("service_at_locations");

        var problem = Assert.Single(Assert.Single(Read(service.ToJsonString())).Problems);

        Assert.Equal("service_at_locations", problem.Field);
        Assert.Contains("No location with a latitude and longitude", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_with_half_a_position_is_a_problem_named_by_its_path()
    {
        var service = Service();
        service["service_at_locations"] = new JsonArray(new JsonObject { ["id"] = "b", ["location"] = new JsonObject { ["id"] = "p", ["location_type"] = "physical", ["latitude"] = 53.7 } });

        var problem = Assert.Single(Assert.Single(Read(service.ToJsonString())).Problems);

        Assert.Equal("service_at_locations[0].location.longitude", problem.Field);
    }

    [Fact]
    public void A_service_none_of_whose_terms_maps_to_a_need_is_rejected_naming_its_terms()
    {
        var service = Service();
        service["attributes"] = new JsonArray(Term("Housing for older people"), Term("Women only"));

        var problem = Assert.Single(Assert.Single(Read(service.ToJsonString())).Problems);

        Assert.Equal("attributes", problem.Field);
        Assert.Contains("'Housing for older people'", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("minimum_age", "17.5", "'minimum_age' must be a whole number of years (got 17.5).")]
    [InlineData("maximum_age", "\"sixty\"", "'maximum_age' must be a number (got \"sixty\").")]
    [InlineData("name", "42", "'name' must be a string.")]
    [InlineData("attributes", "{}", "'attributes' must be an array.")]
    public void A_value_of_the_wrong_type_is_a_problem_naming_the_property(string property, string json, string reason)
    {
        var service = Service();
        service[property] = JsonNode.Parse(json);

        Assert.Contains(new ImportProblem(property, reason), Assert.Single(Read(service.ToJsonString())).Problems);
    }

    [Fact]
    public void A_service_that_is_not_active_is_skipped()
    {
        var service = Service();
        service["status"] = "temporarily closed";

        var row = Assert.Single(Read(service.ToJsonString()));

        Assert.Equal("Its status is 'temporarily closed': only active services are imported.", row.SkipReason);
    }

    [Fact]
    public void Arrays_and_pages_of_services_are_read_with_their_index_and_the_ids_that_may_be_ours()
    {
        var ours = Service("Ours");
        ours["id"] = "svc-0007";

        var array = Read(new JsonArray(Service(), ours).ToJsonString());
        var page = Read(new JsonObject { ["total_items"] = 1, ["contents"] = new JsonArray(Service()) }.ToJsonString());

        Assert.Equal(["[0] (id 5f0c7a52-8d1e-4b7a-9a51-3c2f5e1d0a01)", "[1] (id svc-0007)"], array.Select(r => r.Position));
        // A UUID may be one an export gave our service: the import plan looks it up (ServiceImportRulesTests).
        Assert.Equal(["5f0c7a52-8d1e-4b7a-9a51-3c2f5e1d0a01", "svc-0007"], array.Select(r => r.Id));
        Assert.Equal("contents[0] (id 5f0c7a52-8d1e-4b7a-9a51-3c2f5e1d0a01)", Assert.Single(page).Position);
    }

    [Theory]
    [InlineData("{\"name\": ", "not JSON")]
    [InlineData("\"a service\"", "neither a service")]
    public void A_file_that_is_not_a_service_is_not_read_at_all(string json, string message)
    {
        var error = Assert.Throws<ImportFileException>(() => Read(json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Housing", new[] { "ACCOMMODATION" })]
    [InlineData("MENTAL_HEALTH", new[] { "MENTAL_HEALTH" })]
    [InlineData("  finance,  Benefits and DEBT ", new[] { "FINANCE_BENEFIT_DEBT" })]
    [InlineData("Substance misuse", new[] { "ALCOHOL", "DRUGS" })]
    [InlineData("Housing for older people", new string[0])]
    public void Terms_map_to_needs_by_their_whole_text(string term, string[] needs) => Assert.Equal(needs, NeedTerms.Needs(term));

    [Fact]
    public void IMPORT_md_documents_exactly_the_terms_that_map_to_each_need()
    {
        var documented = File.ReadAllLines(RepositoryPaths.Combine("seed", "IMPORT.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .SelectMany(cells => cells[2].Split(';', StringSplitOptions.TrimEntries).Append(cells[1].Trim('`'))
                .Select(term => (Term: NeedTerms.Normalise(term), Code: cells[1].Trim('`'))))
            .ToHashSet();

        var mapped = NeedTerms.All.SelectMany(t => t.Needs.Select(code => (t.Term, Code: code))).ToHashSet();

        Assert.Equal(mapped.Order(), documented.Order());
    }
}
