using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Tests;

public sealed class ServiceImportRulesTests
{
    private const string Org = "org-0001";
    private static readonly Caller Cli = new(CallerRole.Admin, null, null, "cli");
    private static readonly HashSet<string> AllNeeds = [.. NeedCodes.All];

    private static readonly StoredService Housing = new("svc-0001", Org, "Hull Housing Desk", 3, ServiceStatus.Active);
    private static readonly StoredService Elsewhere = new("svc-0900", "org-0002", "Other Housing Desk", 1, ServiceStatus.Active);

    private static ImportRow Row(int line, string name, string? id = null, string[]? needs = null) => new(
        $"line {line}", id,
        new ServiceDraft(null, null, null, name, null, needs ?? ["ACCOMMODATION"], null, new GeoPoint(53.74, -0.33), null, null, null, null, null, null, null, null, null),
        []);

    private static ImportPlan Plan(IReadOnlyCollection<StoredService> stored, params ImportRow[] rows)
    {
        var sequence = 0;
        return ServiceImportRules.Plan(
            new ServiceImport(Org, "services.csv", rows, field => field.Replace("input.", "", StringComparison.Ordinal)),
            stored, AllNeeds, Cli, () => $"svc-new-{++sequence}");
    }

    [Fact]
    public void A_row_without_id_updates_the_service_of_the_same_name_whatever_its_case_and_spacing()
    {
        var plan = Plan([Housing], Row(2, "  hull   HOUSING desk "), Row(3, "Hull Food Hub"));

        Assert.True(plan.IsWritable);
        var (update, create) = (plan.Writes[0], plan.Writes[1]);
        Assert.Equal(("svc-0001", 4, false), (update.ServiceId, update.Version, update.IsNew));
        Assert.Equal(new ListingTarget("svc-0001", 3, Org), update.Edit.Target);
        Assert.Equal("hull   HOUSING desk", update.Edit.Name);
        Assert.Equal(("svc-new-1", 1, true), (create.ServiceId, create.Version, create.IsNew));
        Assert.Equal((1, 1), (plan.Creates, plan.Updates));
    }

    [Fact]
    public void A_row_with_an_id_updates_that_service_even_under_a_new_name()
    {
        var plan = Plan([Housing], Row(2, "Hull Housing Advice", id: "svc-0001"));

        var write = Assert.Single(plan.Writes);
        Assert.Equal(("svc-0001", 4), (write.ServiceId, write.Version));
    }

    [Fact]
    public void A_row_with_the_uuid_an_export_gave_a_service_updates_that_service_and_one_with_anothers_uuid_goes_by_name()
    {
        var exported = OpenReferralIds.Text(OpenReferralIds.Of("svc-0001"));

        var renamed = Plan([Housing], Row(2, "Hull Housing Advice", id: exported.ToUpperInvariant()));
        var foreign = Plan([Housing], Row(2, "Hull Housing Desk", id: "5f0c7a52-8d1e-4b7a-9a51-3c2f5e1d0a01"), Row(3, "Hull Food Hub", id: "6e0c7a52-8d1e-4b7a-9a51-3c2f5e1d0a02"));
        var elsewhere = Plan([Housing, Elsewhere], Row(2, "Other Housing Desk", id: OpenReferralIds.Text(OpenReferralIds.Of("svc-0900"))));

        Assert.Equal(("svc-0001", 4), (Assert.Single(renamed.Writes).ServiceId, renamed.Writes[0].Version));
        Assert.Equal([("svc-0001", false), ("svc-new-1", true)], foreign.Writes.Select(w => (w.ServiceId, w.IsNew)));
        Assert.Contains("'org-0002'", Assert.Single(Assert.Single(elsewhere.Rejections).Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_naming_another_organisations_service_is_rejected()
    {
        var plan = Plan([Housing, Elsewhere], Row(2, "Other Housing Desk", id: "svc-0900"));

        var rejection = Assert.Single(plan.Rejections);
        Assert.Equal("id", Assert.Single(rejection.Problems).Field);
        Assert.Contains("'org-0002'", rejection.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Empty(plan.Writes);
        Assert.False(plan.IsWritable);
    }

    [Fact]
    public void Another_organisations_service_of_the_same_name_is_not_matched()
    {
        var plan = Plan([Elsewhere], Row(2, "Other Housing Desk"));

        Assert.True(Assert.Single(plan.Writes).IsNew);
    }

    [Theory]
    [InlineData("svc-missing", "No service with id 'svc-missing'")]
    [InlineData("plc-0001", "must be a service id")]
    public void A_row_whose_id_names_no_service_of_ours_is_rejected(string id, string reason)
    {
        var plan = Plan([Housing], Row(2, "Hull Housing Desk", id: id));

        var problem = Assert.Single(Assert.Single(plan.Rejections).Problems);
        Assert.Equal("id", problem.Field);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rows_may_not_write_one_service_nor_create_two_of_one_name()
    {
        var plan = Plan([Housing], Row(2, "Hull Housing Desk"), Row(3, "Other name", id: "svc-0001"), Row(4, "Food Hub"), Row(5, "food hub"));

        Assert.Equal(["line 3", "line 5"], plan.Rejections.Select(r => r.Row.Position));
        Assert.Contains("line 2 already writes 'svc-0001'", plan.Rejections[0].Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("line 4 creates", plan.Rejections[1].Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_shared_by_two_stored_services_needs_an_id()
    {
        var plan = Plan([Housing, Housing with { Id = "svc-0002" }], Row(2, "Hull Housing Desk"));

        var problem = Assert.Single(Assert.Single(plan.Rejections).Problems);
        Assert.Equal("name", problem.Field);
        Assert.Contains("svc-0001, svc-0002", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_service_is_matched_by_id_but_not_by_name()
    {
        var closed = Housing with { Status = ServiceStatus.Closed };

        Assert.True(Assert.Single(Plan([closed], Row(2, "Hull Housing Desk")).Writes).IsNew);
        Assert.False(Assert.Single(Plan([closed], Row(2, "Hull Housing Desk", id: "svc-0001")).Writes).IsNew);
    }

    [Fact]
    public void Rows_are_held_to_the_rules_of_upsertService_and_reported_in_the_files_own_field_names()
    {
        var ages = Row(2, "Youth Housing");
        ages = ages with { Draft = ages.Draft with { MinAge = 30, MaxAge = 18 } };

        var plan = Plan([], ages, Row(3, "Food Hub", needs: ["HOUSING"]), Row(4, " "));

        var problems = plan.Rejections.Select(r => Assert.Single(r.Problems)).ToList();
        Assert.Equal(["maxAge", "needs", "name"], problems.Select(p => p.Field));
        Assert.Equal("'maxAge' (18) is below 'minAge' (30).", problems[0].Reason);
        Assert.StartsWith("Unknown need code 'HOUSING' in 'needs'.", problems[1].Reason, StringComparison.Ordinal);
        Assert.Equal("'name' is required.", problems[2].Reason);
    }

    [Fact]
    public void A_need_the_graph_does_not_hold_rejects_the_row()
    {
        var plan = ServiceImportRules.Plan(new ServiceImport(Org, "f", [Row(2, "Food Hub", needs: ["ALCOHOL"])], f => f), [], new HashSet<string> { "ACCOMMODATION" }, Cli, () => "svc-x");

        var problem = Assert.Single(Assert.Single(plan.Rejections).Problems);
        Assert.Equal("input.needs", problem.Field);
        Assert.Contains("holds no need 'ALCOHOL'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Readers_problems_and_skips_pass_through_without_the_rules()
    {
        var unreadable = Row(2, "Food Hub") with { Problems = [new ImportProblem("capacity", "'capacity' must be a whole number (got 'lots').")] };
        var skipped = Row(3, "Old service") with { SkipReason = "Its status is 'defunct'." };

        var plan = Plan([], unreadable, skipped, Row(4, "New service"));

        Assert.Equal(unreadable.Problems, Assert.Single(plan.Rejections).Problems);
        Assert.Equal("Its status is 'defunct'.", Assert.Single(plan.Skips).Reason);
        Assert.Single(plan.Writes);
    }

    [Theory]
    [InlineData(false, 12, 5, "PRACTITIONER", "ARSON")]
    [InlineData(true, null, null, null, null)]
    public void A_format_without_referral_details_leaves_a_stored_services_as_they_are_and_one_with_them_sets_them(
        bool carries, int? capacity, int? waitingDays, string? route, string? unsuitable)
    {
        var stored = Housing with { Details = new ReferralDetails(12, 5, "PRACTITIONER", ["ARSON"]) };
        var import = new ServiceImport(Org, "services.json", [Row(2, "Hull Housing Desk"), Row(3, "Hull Food Hub")], field => field, carries);

        var plan = ServiceImportRules.Plan(import, [stored], AllNeeds, Cli, () => "svc-new");

        var (update, create) = (plan.Writes[0].Edit, plan.Writes[1].Edit);
        Assert.Equal((capacity, waitingDays, route), (update.Capacity, update.WaitingDays, update.ReferralRoute));
        Assert.Equal(unsuitable is null ? [] : [unsuitable], update.UnsuitableFor);
        Assert.Equal((null, null, null, 0), (create.Capacity, create.WaitingDays, create.ReferralRoute, create.UnsuitableFor.Count));
    }
}
