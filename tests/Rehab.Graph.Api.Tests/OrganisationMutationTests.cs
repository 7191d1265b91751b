using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Api.Tests;

/// <summary><c>upsertOrganisation</c>: admins manage organisations, with versions, audited.</summary>
[Collection(ReferralArea.Collection)]
public sealed class OrganisationMutationTests(ReferralArea area)
{
    private const string Fields = "id name kind description website version location { latitude longitude }";

    private readonly GraphQLClient _admin = area.CreateClient(ReferralArea.Admin);

    [Fact]
    public async Task An_admin_creates_then_changes_an_organisation_at_the_version_read()
    {
        var created = (await _admin.DataAsync($"mutation {{ upsertOrganisation(input: {{name: \"Teign Valley Trust\", kind: \"VCSE\", website: \"https://teign.example\"}}) {{ {Fields} }} }}"))["upsertOrganisation"]!;
        var id = created["id"]!.GetValue<string>();
        Assert.StartsWith("org-", id, StringComparison.Ordinal);
        Assert.Equal(1, created["version"]!.GetValue<int>());

        var changed = (await _admin.DataAsync(
            $"mutation {{ upsertOrganisation(input: {{id: \"{id}\", version: 1, name: \"Teign Valley Trust\", kind: \"COMMUNITY_GROUP\", location: {{latitude: 50.6, longitude: -3.6}}}}) {{ {Fields} }} }}"))["upsertOrganisation"]!;
        var stale = await _admin.PostAsync($"mutation {{ upsertOrganisation(input: {{id: \"{id}\", version: 1, name: \"Stale\", kind: \"VCSE\"}}) {{ id }} }}");
        var read = (await _admin.DataAsync($"{{ node(id: \"{id}\") {{ ... on Organisation {{ {Fields} }} }} }}"))["node"]!;
        var trail = (await _admin.DataAsync($"{{ auditTrail(where: {{targetId: \"{id}\"}}) {{ nodes {{ action actorId before after }} }} }}"))["auditTrail"]!["nodes"]!.AsArray();

        Assert.Equal(2, changed["version"]!.GetValue<int>());
        Assert.Equal("COMMUNITY_GROUP", changed["kind"]!.GetValue<string>());
        Assert.Null(changed["website"]);
        Assert.Equal("CONFLICT", stale.SingleError().Code);
        Assert.Equal("Teign Valley Trust", read["name"]!.GetValue<string>());
        Assert.Equal(2, trail.Count);
        Assert.All(trail, e => Assert.Equal(("ORGANISATION_UPSERTED", "admin@test"), (e!["action"]!.GetValue<string>(), e["actorId"]!.GetValue<string>())));
        Assert.Contains("\"kind\":\"VCSE\"", trail[0]!["before"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PARTNER", "FORBIDDEN")]
    [InlineData("OFFENDER_MANAGER", "FORBIDDEN")]
    [InlineData("ANONYMOUS", "UNAUTHENTICATED")]
    public async Task Only_admins_manage_organisations(string role, string code)
    {
        var caller = role switch
        {
            "PARTNER" => ReferralArea.HostPartner,
            "OFFENDER_MANAGER" => ReferralArea.OffenderManager,
            _ => Caller.Anonymous,
        };

        var response = await area.CreateClient(caller).PostAsync($"mutation {{ upsertOrganisation(input: {{id: \"{ReferralArea.HostOrganisation}\", version: 1, name: \"Mine now\", kind: \"VCSE\"}}) {{ id }} }}");

        Assert.Equal(code, response.SingleError().Code);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "name: \"  \", kind: \"VCSE\"", "input.name" },
        { "name: \"$long\", kind: \"VCSE\"", "input.name" },
        { "name: \"X\", kind: \"BANK\"", "input.kind" },
        { "name: \"X\", kind: \"VCSE\", website: \"javascript:alert(1)\"", "input.website" },
        { "name: \"X\", kind: \"VCSE\", location: {latitude: 0, longitude: 181}", "input.location.longitude" },
        { "id: \"svc-1\", version: 1, name: \"X\", kind: \"VCSE\"", "input.id" },
        { "id: \"org-devon-host\", name: \"X\", kind: \"VCSE\"", "input.version" },
        { "version: 3, name: \"X\", kind: \"VCSE\"", "input.version" },
        { "id: \"org-nowhere\", version: 1, name: \"X\", kind: \"VCSE\"", "input.id" },
        { "name: \"X\", kind: \"VCSE\", contact: {email: \"office\"}", "input.contact.email" },
        { "name: \"X\", kind: \"VCSE\", contact: {phone: \"1632 960000 ext 4\"}", "input.contact.phone" },
        { "name: \"X\", kind: \"VCSE\", contact: {url: \"ftp://teign.example\"}", "input.contact.url" },
        { "name: \"X\", kind: \"VCSE\", address: {postcode: \"TQ12\"}", "input.address.postcode" },
    };

    [Fact]
    public async Task An_organisations_address_and_contact_are_stored_tidied_and_audited()
    {
        const string input = "name: \"Exe Estuary Trust\", kind: \"VCSE\", address: {lines: [\"Unit 4\", \"  Quay  Road\"], town: \"Exeter\", postcode: \"ex2 4an\"}, " +
            "contact: {name: \"Front desk\", email: \"hello@exe-estuary.example\", phone: \"01632 960555\", url: \"https://exe-estuary.example/contact\"}";

        var created = (await _admin.DataAsync($"mutation {{ upsertOrganisation(input: {{{input}}}) {{ id address {{ lines town postcode }} contact {{ name email phone url }} }} }}"))["upsertOrganisation"]!;
        var id = created["id"]!.GetValue<string>();
        var listed = (await _admin.DataAsync("{ organisations(where: {text: \"exe estuary\"}) { nodes { id address { postcode } contact { phone } } } }"))["organisations"]!["nodes"]!.AsArray();
        var trail = (await _admin.DataAsync($"{{ auditTrail(where: {{targetId: \"{id}\"}}) {{ nodes {{ after }} }} }}"))["auditTrail"]!["nodes"]!.AsArray();

        Assert.Equal("""{"lines":["Unit 4","Quay Road"],"town":"Exeter","postcode":"EX2 4AN"}""", created["address"]!.ToJsonString());
        Assert.Equal("""{"name":"Front desk","email":"hello@exe-estuary.example","phone":"01632 960555","url":"https://exe-estuary.example/contact"}""", created["contact"]!.ToJsonString());
        Assert.Equal("EX2 4AN", listed.Single(o => o!["id"]!.GetValue<string>() == id)!["address"]!["postcode"]!.GetValue<string>());
        Assert.Contains("\"postcode\":\"EX2 4AN\"", Assert.Single(trail)!["after"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_the_field_named(string input, string field)
    {
        var response = await _admin.PostAsync($"mutation {{ upsertOrganisation(input: {{{input.Replace("$long", new string('x', 201), StringComparison.Ordinal)}}}) {{ id }} }}");

        var (code, actual) = response.SingleError();
        Assert.Contains(code, new[] { "BAD_USER_INPUT", "NOT_FOUND" });
        Assert.Equal(field, actual);
    }
}
