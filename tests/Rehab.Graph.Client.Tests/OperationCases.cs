using System.Text.Json;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Client.Tests;

/// <summary>
/// One case per operation file in src/Rehab.Graph.Client/Operations: who calls it, with what, and what the answer must
/// hold. <see cref="OperationTests"/> runs each against the real hub and fails for an operation file without a case here,
/// so adding an operation means adding its line: <c>["Name"] = new(caller, async client => { call; assert; })</c>.
/// Cases share one demo hub: a case that writes makes what it changes itself, never relying on another case's writes.
/// </summary>
public static class OperationCases
{
    public static readonly Caller Anonymous = Caller.Anonymous;
    public static readonly Caller OffenderManager = new(CallerRole.OffenderManager, "prc-07", null, "a.rahman");
    public static readonly Caller Partner = new(CallerRole.Partner, null, "org-0052");
    public static readonly Caller Coordinator = new(CallerRole.Partner, null, "org-0008", "a.lee", CallerDuty.IjCoordinator);
    public static readonly Caller Referrer = new(CallerRole.Referrer, null, "org-0071");
    public static readonly Caller Commissioner = new(CallerRole.Commissioner, null, null);
    public static readonly Caller Admin = new(CallerRole.Admin, null, null, "admin");

    /// <summary>Orchard Park, Hull: a home in the demo region.</summary>
    private static readonly GeoPointInput OrchardPark = new() { Latitude = 53.7846, Longitude = -0.3903 };

    public static IReadOnlyDictionary<string, OperationCase> All => AllCases.Value;

    private static IReadOnlyDictionary<string, OperationCase> Core { get; } = new Dictionary<string, OperationCase>
    {
        ["CommissioningPage"] = new(Commissioner, async client =>
        {
            var page = await client.CommissioningPageAsync(new() { Near = new() { Place = "City Centre", RadiusKm = 5 } });
            Assert.Contains(page.Needs, n => n.Code == "ACCOMMODATION");
            Assert.True(page.NeedCounts.Count > 20, $"{page.NeedCounts.Count} need counts");
            // 200 people across the region: most counts are small, and withheld.
            Assert.Contains(page.NeedCounts, c => c.People is null);
            Assert.All(page.NeedCounts, c => Assert.True(c.People is null or >= 5));
            Assert.Equal(page.Needs.Count, page.ProvisionGaps.Count);
            var nearby = page.ProvisionGaps.Select(g => g.ServicesWithinRadius).ToList();
            Assert.Equal(nearby.Order(), nearby);

            var filtered = await client.CommissioningPageAsync(new() { Areas = ["HU3"], Needs = ["DRUGS"], Near = new() { Place = "Withernsea", RadiusKm = 3 } });
            Assert.All(filtered.NeedCounts, c => Assert.Equal(("HU3", "DRUGS"), (c.Area, c.Need.Code)));
            Assert.Equal("DRUGS", Assert.Single(filtered.ProvisionGaps).Need.Code);

            // The demo's women's centres run services by and for women, but far fewer than there are services in all.
            var women = await client.CommissioningPageAsync(new() { Near = new() { Place = "City Centre", RadiusKm = 5 }, ByAndFor = "WOMEN" });
            Assert.True(
                women.ProvisionGaps.Sum(g => g.ServicesWithinRadius) < page.ProvisionGaps.Sum(g => g.ServicesWithinRadius),
                $"{women.ProvisionGaps.Sum(g => g.ServicesWithinRadius)} services for women of {page.ProvisionGaps.Sum(g => g.ServicesWithinRadius)}");
            Assert.Contains(women.ProvisionGaps, g => g.ServicesWithinRadius > 0);
            var unknown = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.CommissioningPageAsync(new() { Near = new() { Place = "City Centre", RadiusKm = 5 }, ByAndFor = "EVERYONE" }));
            Assert.Equal("byAndFor", unknown.Field);
        }),
        ["EvaluationPage"] = new(Commissioner, async client =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var year = await client.EvaluationPageAsync(new() { From = today.AddYears(-1).AddDays(1), To = today });
            Assert.True(year.Evaluation.Count > 5, $"{year.Evaluation.Count} districts");
            Assert.All(year.Evaluation, d => Assert.True(d.PeopleWithPlans is null or 0 or >= 5 && d.PeopleReferred is null or 0 or >= 5 && d.SocialCapital.People is null or 0 or >= 5));
            Assert.Contains(year.Evaluation, d => d.PeopleWithPlans is null);

            var one = await client.EvaluationPageAsync(new() { Areas = ["hu3"], From = today.AddYears(-1).AddDays(1), To = today });
            Assert.Equal("HU3", Assert.Single(one.Evaluation).Area);
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.EvaluationPageAsync(new() { From = today, To = today.AddDays(-1) }));
            Assert.Equal("to", refused.Field);
        }),
        ["AuditTrailPage"] = new(Admin, async client =>
        {
            var name = $"Client Audit Case {Guid.NewGuid():N}";
            var organisation = await client.UpsertOrganisationAsync(new() { Input = new() { Name = name, Kind = "VCSE" } });

            var trail = await client.AuditTrailPageAsync(new() { Where = new() { TargetId = organisation.UpsertOrganisation.Id }, First = 5 });

            var entry = Assert.Single(trail.AuditTrail.Nodes);
            Assert.Equal(("ORGANISATION_UPSERTED", "ADMIN", "admin"), (entry.Action, entry.ActorRole, entry.ActorId));
            Assert.Null(entry.Before);
            Assert.Contains(name, entry.After);
            Assert.InRange(entry.At, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));

            var all = await client.AuditTrailPageAsync(new() { First = 1 });
            Assert.True(all.AuditTrail.TotalCount >= 1);
            Assert.Equal(all.AuditTrail.TotalCount > 1, all.AuditTrail.PageInfo.HasNextPage);
        }),
        ["OrganisationsPage"] = new(Admin, async client =>
        {
            var first = await client.OrganisationsPageAsync(new() { First = 5 });
            Assert.True(first.Organisations.TotalCount > 50, $"{first.Organisations.TotalCount} organisations");
            Assert.Equal(5, first.Organisations.Nodes.Count);
            Assert.All(first.Organisations.Nodes, o => Assert.True(o.Version >= 1));
            var next = await client.OrganisationsPageAsync(new() { First = 5, After = first.Organisations.PageInfo.EndCursor });
            Assert.Empty(next.Organisations.Nodes.Select(o => o.Id).Intersect(first.Organisations.Nodes.Select(o => o.Id)));
        }),
        ["OrganisationPage"] = new(Admin, async client =>
        {
            var organisation = (await client.OrganisationPageAsync(new() { Id = "org-0052" })).Node;
            Assert.Equal(("Organisation", "org-0052"), (organisation!.Typename, organisation.Id));
            Assert.False(string.IsNullOrEmpty(organisation.Name));
            Assert.True(organisation.Version >= 1);
            Assert.Null((await client.OrganisationPageAsync(new() { Id = "org-9999" })).Node);
        }),
        ["UpsertOrganisation"] = new(Admin, async client =>
        {
            var added = (await client.UpsertOrganisationAsync(new() { Input = new() { Name = "Client Case Trust", Kind = "VCSE" } })).UpsertOrganisation;
            Assert.Equal(1, added.Version);
            var edited = (await client.UpsertOrganisationAsync(new() { Input = new() { Id = added.Id, Version = 1, Name = "Client Case Trust (renamed)", Kind = "VCSE" } })).UpsertOrganisation;
            Assert.Equal(("Client Case Trust (renamed)", 2), (edited.Name, edited.Version));

            await Assert.ThrowsAsync<RehabGraphConflictException>(() =>
                client.UpsertOrganisationAsync(new() { Input = new() { Id = added.Id, Version = 1, Name = "A stale edit", Kind = "VCSE" } }));
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() =>
                client.UpsertOrganisationAsync(new() { Input = new() { Name = "Client Case Trust", Kind = "NOT_A_KIND" } }));
            Assert.Equal("input.kind", refused.Field);
        }),
        ["PractitionersPage"] = new(Admin, async client =>
        {
            var page = await client.PractitionersPageAsync(new() { First = 100 });
            Assert.True(page.Practitioners.TotalCount >= 10);
            var rahman = Assert.Single(page.Practitioners.Nodes, p => p.Id == "prc-07");
            Assert.Equal("Aisha Rahman", rahman.Name);
            Assert.True(rahman.Caseload > 0);
            Assert.Equal(200, page.Practitioners.Nodes.Sum(p => p.Caseload));
        }),
        ["PractitionerPage"] = new(Admin, async client =>
        {
            var list = (await client.PractitionersPageAsync(new() { First = 3 })).Practitioners;
            Assert.Equal(list.Nodes.Count, list.Edges.Count);

            var second = await client.PractitionerPageAsync(new() { After = list.Edges[0].Cursor });
            var first = await client.PractitionerPageAsync(new());

            var one = Assert.Single(second.Practitioners.Nodes);
            Assert.Equal((list.Nodes[1].Id, list.Nodes[1].Name, list.Nodes[1].Version, list.Nodes[1].Caseload), (one.Id, one.Name, one.Version, one.Caseload));
            Assert.Equal(list.Nodes[0].Id, Assert.Single(first.Practitioners.Nodes).Id);
        }),
        ["UpsertPractitioner"] = new(Admin, async client =>
        {
            var added = (await client.UpsertPractitionerAsync(new() { Input = new() { Name = "Client Case Officer", DeliveryUnit = "Hull" } })).UpsertPractitioner;
            Assert.Equal((1, 0), (added.Version, added.Caseload));
            var edited = (await client.UpsertPractitionerAsync(new() { Input = new() { Id = added.Id, Version = 1, Name = "Client Case Officer", DeliveryUnit = "East Riding" } })).UpsertPractitioner;
            Assert.Equal(2, edited.Version);
            await Assert.ThrowsAsync<RehabGraphConflictException>(() =>
                client.UpsertPractitionerAsync(new() { Input = new() { Id = added.Id, Version = 1, Name = "Stale", DeliveryUnit = "Hull" } }));
        }),
        ["AssignOffenderManager"] = new(Admin, async client =>
        {
            var officer = (await client.UpsertPractitionerAsync(new() { Input = new() { Name = "Client Case Receiver", DeliveryUnit = "Hull" } })).UpsertPractitioner;

            var moved = (await client.AssignOffenderManagerAsync(new() { Input = new() { PersonId = "per-0198", PractitionerId = officer.Id } })).AssignOffenderManager;

            Assert.Equal((officer.Id, 1), (moved.Id, moved.Caseload));
            await Assert.ThrowsAsync<RehabGraphNotFoundException>(() =>
                client.AssignOffenderManagerAsync(new() { Input = new() { PersonId = "per-9999", PractitionerId = officer.Id } }));
        }),
        ["DirectoryPage"] = new(Anonymous, async client =>
        {
            var near = new NearInput { Place = "Orchard Park", RadiusKm = 5 };
            var first = await client.DirectoryPageAsync(new() { Near = near, First = 3 });
            var services = first.Services;
            Assert.True(services.TotalCount > 3, $"{services.TotalCount} services near Orchard Park");
            Assert.Equal(3, services.Nodes.Count);
            Assert.All(services.Nodes, s => Assert.False(string.IsNullOrEmpty(s.Organisation.Name)));
            Assert.All(services.Nodes, s => Assert.NotEmpty(s.Needs));
            var distances = services.Nodes.Select(s => s.DistanceKm!.Value).ToList();
            Assert.Equal(distances.Order(), distances);
            Assert.True(services.PageInfo.HasNextPage);

            var next = await client.DirectoryPageAsync(new() { Near = near, First = 3, After = services.PageInfo.EndCursor });
            Assert.Empty(next.Services.Nodes.Select(s => s.Id).Intersect(services.Nodes.Select(s => s.Id)));
            Assert.True(next.Services.Nodes[0].DistanceKm >= distances[^1]);

            var womenOnly = await client.DirectoryPageAsync(new() { Where = new() { WomenOnly = true }, First = 100 });
            Assert.NotEmpty(womenOnly.Services.Nodes);
            Assert.All(womenOnly.Services.Nodes, s => Assert.True(s.WomenOnly));
            Assert.All(womenOnly.Services.Nodes, s => Assert.Null(s.DistanceKm));

            var youngAdults = await client.DirectoryPageAsync(new() { Where = new() { ByAndFor = ["YOUNG_ADULTS"] }, First = 100 });
            Assert.NotEmpty(youngAdults.Services.Nodes);
            Assert.All(youngAdults.Services.Nodes, s => Assert.Contains("YOUNG_ADULTS", s.ByAndFor));

            var housing = await client.DirectoryPageAsync(new()
            {
                Where = new ServiceFilter { Needs = ["ACCOMMODATION"] },
                Near = new NearInput { Place = "Orchard Park", RadiusKm = 3 },
                First = 5,
            });
            Assert.Equal(13, housing.Needs.Count);
            Assert.InRange(housing.Services.Nodes.Count, 1, 5);
            Assert.All(housing.Services.Nodes, s => Assert.Contains(s.Needs, n => n.Code == "ACCOMMODATION"));
            Assert.All(housing.Services.Nodes, s => Assert.InRange(s.DistanceKm!.Value, 0, 3));
        }),
        ["PlacementsWithin48Hours"] = new(Anonymous, async client =>
        {
            var started = DateTimeOffset.UtcNow;
            var result = await client.PlacementsWithin48HoursAsync(new()
            {
                Home = OrchardPark,
                Gender = Gender.Male,
                Near = new() { Place = "Orchard Park", RadiusKm = 15 },
                First = 50,
            });

            var placements = result.Connect.Placements;
            Assert.NotEmpty(placements);
            Assert.All(placements, p => Assert.InRange(p.DistanceKm, 0, 15));
            // The demo region has sessions on every day of the week, so some start within any 48 hours.
            var soon = placements.Where(p => p.CanStartWithin48h).ToList();
            Assert.NotEmpty(soon);
            Assert.All(soon, p => Assert.InRange(p.EarliestStart!.Value, started.AddMinutes(-5), started.AddHours(48).AddMinutes(5)));
            Assert.All(soon, p => Assert.Contains(p.Reasons, r => r.Code == "STARTS_WITHIN_48H"));
            Assert.All(placements, p => Assert.False(string.IsNullOrEmpty(p.Placement.Organisation.Name)));
            Assert.Contains(placements, p => p.Placement.Sessions.Count > 0);
        }),
        ["DirectoryNeeds"] = new(Anonymous, async client =>
        {
            var needs = (await client.DirectoryNeedsAsync()).Needs;
            Assert.Equal(13, needs.Count);
            Assert.Contains(needs, n => n.Code == "ACCOMMODATION" && !string.IsNullOrEmpty(n.Label));
        }),
        ["CaseloadPage"] = new(OffenderManager, async client =>
        {
            var page = await client.CaseloadPageAsync(new() { First = 5 });
            Assert.InRange(page.People.TotalCount, 6, 100);
            Assert.Equal(5, page.People.Nodes.Count);
            Assert.True(page.People.PageInfo.HasNextPage);
            Assert.Contains(page.People.Nodes, p => p.Needs.Count > 0);
            var rest = await client.CaseloadPageAsync(new() { First = 100, After = page.People.PageInfo.EndCursor });
            Assert.Equal(page.People.TotalCount - 5, rest.People.Nodes.Count);
            Assert.Empty(rest.People.Nodes.Select(p => p.Id).Intersect(page.People.Nodes.Select(p => p.Id)));
            Assert.All(page.Referrals.Nodes, r => Assert.False(string.IsNullOrEmpty(r.Person.Id)));
        }),
        ["PersonPage"] = new(OffenderManager, async client =>
        {
            var page = await client.PersonPageAsync(new() { Id = "per-0001" });
            Assert.Equal("H. Jafari", page.Person!.DisplayName);
            Assert.Contains(page.Person.Needs, n => n.Code == "RELATIONSHIPS" && n.Severity == 3);
            Assert.Contains("DOMESTIC_ABUSE_PERPETRATOR", page.Person.RiskFlags);
            var capital = page.Connect.SocialCapital!;
            Assert.Equal(capital.Bonding.Count, capital.BondingCount);
            Assert.NotEmpty(capital.Bonding);
            await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => client.PersonPageAsync(new() { Id = "per-0002" }));
        }),
        ["PersonByAndForPage"] = new(OffenderManager, async client =>
        {
            var page = await client.PersonByAndForPageAsync(new() { Id = "per-0001" });
            Assert.Equal("H. Jafari", page.Person!.DisplayName);
            Assert.True(page.Person.Version >= 0);
            await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => client.PersonByAndForPageAsync(new() { Id = "per-0002" }));
        }),
        ["UpdatePersonByAndFor"] = new(OffenderManager, async client =>
        {
            // per-0169 is on prc-07's caseload and no other case reads them.
            var read = (await client.PersonByAndForPageAsync(new() { Id = "per-0169" })).Person!;
            var wanted = (await client.UpdatePersonByAndForAsync(new() { PersonId = read.Id, Version = read.Version, ByAndFor = ["WOMEN", "OLDER_PEOPLE"] })).UpdatePerson;
            Assert.Equal(["OLDER_PEOPLE", "WOMEN"], wanted.ByAndFor.Order(StringComparer.Ordinal));
            Assert.True(wanted.Version > read.Version);
            await Assert.ThrowsAsync<RehabGraphConflictException>(() => client.UpdatePersonByAndForAsync(new() { PersonId = read.Id, Version = read.Version, ByAndFor = [] }));
            var unknown = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.UpdatePersonByAndForAsync(new() { PersonId = read.Id, Version = wanted.Version, ByAndFor = ["EVERYONE"] }));
            Assert.Equal("input.byAndFor", unknown.Field);
            Assert.Empty((await client.UpdatePersonByAndForAsync(new() { PersonId = read.Id, Version = wanted.Version, ByAndFor = [] })).UpdatePerson.ByAndFor);
            await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => client.UpdatePersonByAndForAsync(new() { PersonId = "per-0002", Version = 0, ByAndFor = ["WOMEN"] }));
        }),
        ["ExclusionZonesPage"] = new(OffenderManager, async client =>
        {
            var page = await client.ExclusionZonesPageAsync(new() { Id = "per-0001" });
            Assert.Equal("H. Jafari", page.Person!.DisplayName);
            Assert.InRange(page.Person.Home.Latitude, 53, 54);
            await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => client.ExclusionZonesPageAsync(new() { Id = "per-0002" }));
        }),
        ["UpdateExclusionZones"] = new(OffenderManager, async client =>
        {
            // per-0134 is on prc-07's caseload and no other case reads them; the zone is out at sea, so nothing they are offered changes.
            var read = (await client.ExclusionZonesPageAsync(new() { Id = "per-0134" })).Person!;
            var sea = JsonDocument.Parse("""{"type":"Polygon","coordinates":[[[1.0,54.0],[1.1,54.0],[1.1,54.1],[1.0,54.1],[1.0,54.0]]]}""").RootElement.Clone();
            var none = JsonDocument.Parse("""{"type":"FeatureCollection","features":[]}""").RootElement.Clone();

            var zoned = (await client.UpdateExclusionZonesAsync(new() { PersonId = read.Id, Version = read.Version, Zones = sea })).UpdatePerson;

            Assert.True(zoned.Version > read.Version);
            var zonedPage = (await client.ExclusionZonesPageAsync(new() { Id = read.Id })).Person!;
            Assert.Equal((JsonValueKind.Object, 1), (zonedPage.ExclusionZones?.ValueKind, zonedPage.ExclusionZoneCount));
            await Assert.ThrowsAsync<RehabGraphConflictException>(() => client.UpdateExclusionZonesAsync(new() { PersonId = read.Id, Version = read.Version, Zones = none }));
            var point = JsonDocument.Parse("""{"type":"Point","coordinates":[1.0,54.0]}""").RootElement.Clone();
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.UpdateExclusionZonesAsync(new() { PersonId = read.Id, Version = zoned.Version, Zones = point }));
            Assert.StartsWith("input.exclusionZones", refused.Field, StringComparison.Ordinal);
            await client.UpdateExclusionZonesAsync(new() { PersonId = read.Id, Version = zoned.Version, Zones = none });
        }),
        ["FindSupportPage"] = new(OffenderManager, async client =>
        {
            var page = await client.FindSupportPageAsync(new() { Id = "per-0001", RadiusKm = 10, First = 10 });
            Assert.Equal("H. Jafari", page.Person!.DisplayName);
            Assert.Equal(13, page.Needs.Count);
            Assert.NotEmpty(page.Connect.Services);
            Assert.All(page.Connect.Services, s => Assert.InRange(s.DistanceKm, 0, 10));
            Assert.All(page.Connect.Services, s => Assert.NotEmpty(s.Reasons));
            Assert.NotEmpty(page.Connect.Excluded);

            var near = await client.FindSupportPageAsync(new() { Id = "per-0001", RadiusKm = 3, Needs = ["ACCOMMODATION"], First = 10 });
            Assert.All(near.Connect.Services, s => Assert.InRange(s.DistanceKm, 0, 3));
            Assert.All(near.Connect.Placements, p => Assert.InRange(p.DistanceKm, 0, 3));
            Assert.Contains(near.Connect.Services, s => s.Reasons.Any(r => r.Text.Contains("accommodation", StringComparison.OrdinalIgnoreCase)));
        }),
        ["ReferPage"] = new(OffenderManager, async client =>
        {
            var service = await client.ReferPageAsync(new() { PersonId = "per-0001", TargetId = "svc-0121" });
            Assert.Equal("H. Jafari", service.Person!.DisplayName);
            Assert.Equal("Service", service.Node!.Typename);
            Assert.False(string.IsNullOrEmpty(service.Node.Name));
            Assert.NotEmpty(service.Node.Needs!);

            var placement = await client.ReferPageAsync(new() { PersonId = "per-0001", TargetId = "plc-0001" });
            Assert.Equal("Placement", placement.Node!.Typename);
            Assert.NotNull(placement.Node.Capacity);
            Assert.NotEmpty(placement.Node.Sessions!);
        }),
        ["ReferToService"] = new(OffenderManager, async client =>
        {
            var serviceId = await FirstServiceAsync(client, "per-0033");
            var created = await client.ReferToServiceAsync(new() { PersonId = "per-0033", ServiceId = serviceId, Note = "Client test" });
            Assert.Equal(ReferralStatus.Pending, created.CreateReferral.Status);

            // The same key twice is the same referral: a double Confirm writes once.
            var key = Guid.NewGuid().ToString("D");
            var again = await FirstServiceAsync(client, "per-0033");
            string first, second;
            using (RehabGraphIdempotency.UseKey(key))
            {
                first = (await client.ReferToServiceAsync(new() { PersonId = "per-0033", ServiceId = again })).CreateReferral.Id;
                second = (await client.ReferToServiceAsync(new() { PersonId = "per-0033", ServiceId = again })).CreateReferral.Id;
            }

            Assert.Equal(first, second);
            await Assert.ThrowsAsync<RehabGraphConflictException>(() => client.ReferToServiceAsync(new() { PersonId = "per-0033", ServiceId = again }));
        }),
        ["BookPlacement"] = new(OffenderManager, async client =>
        {
            var support = await client.FindSupportPageAsync(new() { Id = "per-0054", RadiusKm = 25, First = 50 });
            var placement = support.Connect.Placements.First(p => p.AvailableSlots > 0 && !p.AlreadyReferred);
            var created = await client.BookPlacementAsync(new() { PersonId = "per-0054", PlacementId = placement.Placement.Id, HoursOrdered = 40 });
            Assert.Equal(ReferralStatus.Pending, created.CreateReferral.Status);
            var referral = await client.ReferralPageAsync(new() { Id = created.CreateReferral.Id });
            Assert.Equal(40, referral.Referral!.HoursOrdered);
        }),
        ["PersonReferralsPage"] = new(OffenderManager, async client =>
        {
            var serviceId = await FirstServiceAsync(client, "per-0049");
            var created = await client.ReferToServiceAsync(new() { PersonId = "per-0049", ServiceId = serviceId });
            var page = await client.PersonReferralsPageAsync(new() { Id = "per-0049", First = 20 });
            var listed = Assert.Single(page.Person!.Referrals.Nodes, r => r.Id == created.CreateReferral.Id);
            Assert.Equal(ReferralStatus.Pending, listed.Status);
            Assert.NotEmpty(listed.Needs);
            Assert.Equal(0, listed.SessionsAttended);
        }),
        ["ReferralPage"] = new(OffenderManager, async client =>
        {
            var serviceId = await FirstServiceAsync(client, "per-0081");
            var created = await client.ReferToServiceAsync(new() { PersonId = "per-0081", ServiceId = serviceId, Note = "Please call in the morning" });
            var referral = (await client.ReferralPageAsync(new() { Id = created.CreateReferral.Id })).Referral!;
            Assert.Equal(serviceId, referral.Service!.Id);
            Assert.Equal("per-0081", referral.Person.Id);
            Assert.Equal("Please call in the morning", referral.Note);
            Assert.Equal("CREATE", Assert.Single(referral.History).Action);
        }),
        ["WithdrawReferral"] = new(OffenderManager, async client =>
        {
            var serviceId = await FirstServiceAsync(client, "per-0068");
            var created = await client.ReferToServiceAsync(new() { PersonId = "per-0068", ServiceId = serviceId });
            var withdrawn = await client.WithdrawReferralAsync(new() { ReferralId = created.CreateReferral.Id, Reason = "Moved out of the area" });
            Assert.Equal(ReferralStatus.Withdrawn, withdrawn.WithdrawReferral.Status);
            Assert.Equal("Moved out of the area", (await client.ReferralPageAsync(new() { Id = created.CreateReferral.Id })).Referral!.Reason);
        }),
    };

    /// <summary>The best service connect offers the person that they are not already referred to.</summary>
    private static async Task<string> FirstServiceAsync(IRehabGraphClient client, string personId)
    {
        var support = await client.FindSupportPageAsync(new() { Id = personId, RadiusKm = 25, First = 50 });
        return support.Connect.Services.First(s => !s.AlreadyReferred).Service.Id;
    }

    // After Core, so that it is initialised first.
    private static readonly Lazy<Dictionary<string, OperationCase>> AllCases = new(() => new[] { Core, PartnerOperationCases.All, PlanOperationCases.All, ProjectOperationCases.All, TransitionOperationCases.All, MentoringOperationCases.All, FundOperationCases.All }.SelectMany(c => c).ToDictionary(c => c.Key, c => c.Value));
}

/// <summary>Who calls an operation and how its answer is checked.</summary>
public sealed record OperationCase(Caller Caller, Func<IRehabGraphClient, Task> Run);
