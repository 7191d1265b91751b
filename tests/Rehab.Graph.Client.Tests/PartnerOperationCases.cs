namespace Rehab.Graph.Client.Tests;

/// <summary>
/// The partner's and Immediate Justice operations' cases (see <see cref="OperationCases"/>). Each write makes what it
/// changes itself: its own service, or its own placement with the offender manager's referral to it.
/// </summary>
public static class PartnerOperationCases
{
    private const string Organisation = "org-0052";

    private static ServiceInput NewService(string name) => new()
    {
        OrganisationId = Organisation,
        Name = name,
        Needs = ["LIFESTYLE"],
        Location = new() { Latitude = 53.7446, Longitude = -0.3352 },
        Contact = new() { Email = "client-tests@example.org" },
    };

    private static PlacementInput NewPlacement(string title) => new()
    {
        OrganisationId = Organisation,
        Title = title,
        Kind = "VOLUNTEERING",
        Location = new() { Latitude = 53.7446, Longitude = -0.3352 },
        Capacity = 0,
        Sessions = ["Wed 10:00-13:00"],
        Skills = ["GARDENING"],
    };

    private static MentorInput NewMentor(string name) => new()
    {
        OrganisationId = Organisation,
        DisplayName = name,
        Gender = Gender.NotStated,
        Capacity = 0,
        Location = new() { Latitude = 53.7446, Longitude = -0.3352 },
        LivedExperience = ["LIFESTYLE"],
    };

    /// <summary>A placement of org-0052's with a session every day, and prc-07's referral of C. Ellis (per-0084) to it for 10 hours.</summary>
    private static async Task<string> ReferralAsync()
    {
        var hub = ClientHub.Current ?? throw new InvalidOperationException("No hub is running.");
        var placement = await hub.Raw(OperationCases.Partner).MutateAsync("""
            mutation SetupPlacement($input: PlacementInput!) { upsertPlacement(input: $input) { id } }
            """, new
        {
            input = new
            {
                organisationId = Organisation,
                title = $"Client test workshop {Guid.NewGuid():N}",
                kind = "UNPAID_WORK",
                location = new { latitude = 53.76499, longitude = -0.35363 },
                capacity = 5,
                maxRiskOfHarm = "HIGH",
                sessions = new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }.Select(d => $"{d} 00:00-23:45").ToArray(),
            },
        });
        var referral = await hub.Raw(OperationCases.OffenderManager).MutateAsync("""
            mutation SetupReferral($input: CreateReferralInput!) { createReferral(input: $input) { id } }
            """, new { input = new { personId = "per-0084", placementId = placement.GetProperty("upsertPlacement").GetProperty("id").GetString(), hoursOrdered = 10 } });
        return referral.GetProperty("createReferral").GetProperty("id").GetString()!;
    }

    private static async Task<string> AcceptedReferralAsync(IRehabGraphClient client)
    {
        var id = await ReferralAsync();
        await client.AcceptReferralAsync(new() { Input = new() { ReferralId = id } });
        return id;
    }

    private static DateOnly UkToday => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    /// <summary>A case the referrer (org-0071) refers: a man at Orchard Park, 6 hours.</summary>
    private static async Task<string> NewCaseAsync()
    {
        var hub = ClientHub.Current ?? throw new InvalidOperationException("No hub is running.");
        var created = await hub.Client(OperationCases.Referrer).ReferForImmediateJusticeAsync(new() { Input = CaseInput() });
        return created.ReferForImmediateJustice.Id;
    }

    private static ImmediateJusticeReferralInput CaseInput() => new()
    {
        DisplayName = $"J. Client{Guid.NewGuid().ToString("N")[..4]}",
        Gender = Gender.Male,
        Home = new() { Latitude = 53.7846, Longitude = -0.3903 },
        Phone = "07700900123",
        OffenceSummary = "Criminal damage to a bus shelter",
        Hours = 6,
        ReferrerEmail = "ooc@police.example",
    };

    /// <summary>A new case taken, contacted and (to <paramref name="step"/>) assessed by the coordinator.</summary>
    private static async Task<string> CaseAtAsync(IRehabGraphClient coordinator, string step)
    {
        var id = await NewCaseAsync();
        await coordinator.TakeImmediateJusticeCaseAsync(new() { Input = new() { CaseId = id } });
        if (step == "taken")
        {
            return id;
        }

        await coordinator.RecordCaseContactAsync(new() { Input = new() { CaseId = id, Note = "Rang them" } });
        if (step == "contacted")
        {
            return id;
        }

        await coordinator.RecordRiskAssessmentAsync(new() { Input = new() { CaseId = id, RiskOfHarm = RiskLevel.Low, RiskFlags = [] } });
        return id;
    }

    private static async Task<string> SoonestPlacementAsync(IRehabGraphClient coordinator, string caseId)
    {
        var personId = (await coordinator.ImmediateJusticeCasePageAsync(new() { Id = caseId })).ImmediateJusticeCase!.PersonId!;
        var placements = (await coordinator.ImmediateJusticePlacementsAsync(new() { PersonId = personId })).Connect.Placements;
        return placements.First(p => p.CanStartWithin48h && p.AvailableSlots > 0).Placement.Id;
    }

    public static IReadOnlyDictionary<string, OperationCase> All { get; } = new Dictionary<string, OperationCase>
    {
        ["PartnerPage"] = new(OperationCases.Partner, async client =>
        {
            var page = await client.PartnerPageAsync(new() { OrganisationId = Organisation });
            Assert.Equal("Fishermen's Quay Arts", page.Organisation?.Name);
            Assert.Contains(page.Services.Nodes, s => s.Id == "svc-0121" && s.Name == "Thinking Through Drama");
            Assert.Contains(page.Placements.Nodes, p => p.Id == "plc-0033");
            Assert.Contains(page.Mentors.Nodes, m => m.Id == "mnt-0013");
            Assert.True(page.Pending.TotalCount >= 0);
        }),
        ["ServiceEditPage"] = new(OperationCases.Partner, async client =>
        {
            var page = await client.ServiceEditPageAsync(new() { Id = "svc-0121" });
            Assert.Equal("Service", page.Node!.Typename);
            Assert.Equal("Thinking Through Drama", page.Node.Name);
            Assert.Equal(Organisation, page.Node.Organisation!.Id);
            Assert.True(page.Node.Version >= 1);
            Assert.NotNull(page.Node.ByAndFor);
            Assert.Contains(page.Needs, n => n.Code == "RELATIONSHIPS");
        }),
        ["UpsertService"] = new(OperationCases.Partner, async client =>
        {
            var created = (await client.UpsertServiceAsync(new() { Input = NewService("Client test club") })).UpsertService;
            Assert.Equal(1, created.Version);
            var changed = (await client.UpsertServiceAsync(new() { Input = NewService("Client test club, renamed") with { Id = created.Id, Version = 1 } })).UpsertService;
            Assert.Equal(2, changed.Version);
            Assert.Equal("Client test club, renamed", changed.Name);
            await Assert.ThrowsAsync<RehabGraphConflictException>(() => client.UpsertServiceAsync(new() { Input = NewService("Stale") with { Id = created.Id, Version = 1 } }));
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.UpsertServiceAsync(new() { Input = NewService("Bad") with { Contact = new() { Email = "nope" } } }));
            Assert.Equal("input.contact.email", refused.Field);

            var byAndFor = (await client.UpsertServiceAsync(new() { Input = NewService("Client test women's club") with { ByAndFor = ["WOMEN"] } })).UpsertService;
            Assert.Equal(["WOMEN"], (await client.ServiceEditPageAsync(new() { Id = byAndFor.Id })).Node!.ByAndFor);
            Assert.Contains((await client.PartnerPageAsync(new() { OrganisationId = Organisation })).Services.Nodes, s => s.Id == byAndFor.Id && s.ByAndFor.SequenceEqual(["WOMEN"]));
            var unknown = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.UpsertServiceAsync(new() { Input = NewService("Bad") with { ByAndFor = ["EVERYONE"] } }));
            Assert.Equal("input.byAndFor", unknown.Field);
        }),
        ["SetServiceStatus"] = new(OperationCases.Partner, async client =>
        {
            var created = (await client.UpsertServiceAsync(new() { Input = NewService("Client test pause") })).UpsertService;
            var paused = (await client.SetServiceStatusAsync(new() { Input = new() { ServiceId = created.Id, Status = ServiceStatus.Paused, Version = created.Version } })).SetServiceStatus;
            Assert.Equal(ServiceStatus.Paused, paused.Status);
            Assert.True(paused.Version > created.Version);
        }),
        ["PlacementEditPage"] = new(OperationCases.Partner, async client =>
        {
            var placement = (await client.PlacementEditPageAsync(new() { Id = "plc-0033" })).Node!;
            Assert.Equal("Placement", placement.Typename);
            Assert.Equal("Theatre set building", placement.Title);
            Assert.Equal(Organisation, placement.Organisation!.Id);
            Assert.Equal(RiskLevel.Medium, placement.MaxRiskOfHarm);
            Assert.Contains("Thu 10:00-16:00", placement.Sessions!);
            Assert.Contains("DIY", placement.Skills!);
            Assert.Equal("HU1 6BP", placement.Address!.Postcode);
            Assert.True(placement.Version >= 1);
        }),
        ["UpsertPlacement"] = new(OperationCases.Partner, async client =>
        {
            var created = (await client.UpsertPlacementAsync(new() { Input = NewPlacement("Client test garden") })).UpsertPlacement;
            Assert.Equal(1, created.Version);
            var changed = (await client.UpsertPlacementAsync(new() { Input = NewPlacement("Client test garden, renamed") with { Id = created.Id, Version = 1 } })).UpsertPlacement;
            Assert.Equal(2, changed.Version);
            Assert.Equal("Client test garden, renamed", changed.Title);
            await Assert.ThrowsAsync<RehabGraphConflictException>(() => client.UpsertPlacementAsync(new() { Input = NewPlacement("Stale") with { Id = created.Id, Version = 1 } }));
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.UpsertPlacementAsync(new() { Input = NewPlacement("Bad") with { Sessions = ["Thursday mornings"] } }));
            Assert.Equal("input.sessions", refused.Field);
        }),
        ["MentorEditPage"] = new(OperationCases.Partner, async client =>
        {
            var page = await client.MentorEditPageAsync(new() { Id = "mnt-0013" });
            Assert.Equal("Mentor", page.Node!.Typename);
            Assert.Equal("E. Munteanu", page.Node.DisplayName);
            Assert.Equal(Gender.Male, page.Node.Gender);
            Assert.Contains(page.Node.Organisations!, o => o.Id == Organisation);
            Assert.Contains(page.Node.LivedExperience!, n => n.Code == "RELATIONSHIPS");
            Assert.Contains(page.Needs, n => n.Code == "RELATIONSHIPS");
        }),
        ["UpsertMentor"] = new(OperationCases.Partner, async client =>
        {
            var created = (await client.UpsertMentorAsync(new() { Input = NewMentor("T. Client") })).UpsertMentor;
            Assert.Equal(1, created.Version);
            var changed = (await client.UpsertMentorAsync(new() { Input = NewMentor("T. Client-Test") with { Id = created.Id, Version = 1 } })).UpsertMentor;
            Assert.Equal(2, changed.Version);
            Assert.Equal("T. Client-Test", changed.DisplayName);
            await Assert.ThrowsAsync<RehabGraphConflictException>(() => client.UpsertMentorAsync(new() { Input = NewMentor("Stale") with { Id = created.Id, Version = 1 } }));
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.UpsertMentorAsync(new() { Input = NewMentor("Bad") with { Capacity = 21 } }));
            Assert.Equal("input.capacity", refused.Field);
        }),
        ["ImportServices"] = new(OperationCases.Partner, async client =>
        {
            var content = await File.ReadAllTextAsync(Rehab.Graph.Testing.RepositoryPaths.Combine("seed", "import-examples", "services.csv"));
            var report = (await client.ImportServicesAsync(new() { Input = new() { Format = ServiceFileFormat.Csv, Content = content, FileName = "services.csv", DryRun = true } })).ImportServices;
            Assert.True(report.DryRun);
            Assert.False(report.Written);
            Assert.Equal(4, report.Creates);
            Assert.Empty(report.Rejected);
            Assert.Contains(report.Changes, c => c.Name == "Humber Street Tenancy Clinic" && c.IsNew);
        }),
        ["PartnerReferralPage"] = new(OperationCases.Partner, async client =>
        {
            var id = await ReferralAsync();
            var referral = (await client.PartnerReferralPageAsync(new() { Id = id })).Referral!;
            Assert.Equal(ReferralStatus.Pending, referral.Status);
            Assert.Equal("C. Ellis", referral.Person.DisplayName);
            Assert.Equal(10, referral.HoursOrdered);
            Assert.Equal("CREATE", Assert.Single(referral.History).Action);
        }),
        ["AcceptReferral"] = new(OperationCases.Partner, async client =>
        {
            var id = await ReferralAsync();
            Assert.Equal(ReferralStatus.Accepted, (await client.AcceptReferralAsync(new() { Input = new() { ReferralId = id, Note = "See you Thursday" } })).AcceptReferral.Status);
        }),
        ["DeclineReferral"] = new(OperationCases.Partner, async client =>
        {
            var id = await ReferralAsync();
            Assert.Equal(ReferralStatus.Declined, (await client.DeclineReferralAsync(new() { Input = new() { ReferralId = id, Reason = "Full" } })).DeclineReferral.Status);
        }),
        ["LogAttendance"] = new(OperationCases.Partner, async client =>
        {
            var id = await AcceptedReferralAsync(client);
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.LogAttendanceAsync(new() { Input = new() { ReferralId = id, Date = UkToday.AddDays(1), Attended = true } }));
            Assert.Equal("input.date", refused.Field);
            var logged = (await client.LogAttendanceAsync(new() { Input = new() { ReferralId = id, Date = UkToday, Attended = true } })).LogAttendance;
            Assert.Equal(1, logged.SessionsAttended);
            Assert.Equal(ReferralStatus.InProgress, logged.Status);
        }),
        ["LogHours"] = new(OperationCases.Partner, async client =>
        {
            var id = await AcceptedReferralAsync(client);
            Assert.Equal(2.5, (await client.LogHoursAsync(new() { Input = new() { ReferralId = id, Date = UkToday, Hours = 2.5 } })).LogHours.HoursDone);
        }),
        ["CompleteReferral"] = new(OperationCases.Partner, async client =>
        {
            var id = await AcceptedReferralAsync(client);
            await client.LogHoursAsync(new() { Input = new() { ReferralId = id, Date = UkToday, Hours = 10 } });
            Assert.Equal(ReferralStatus.Completed, (await client.CompleteReferralAsync(new() { Input = new() { ReferralId = id, Outcome = "Done" } })).CompleteReferral.Status);
        }),
        ["ReferForImmediateJustice"] = new(OperationCases.Referrer, async client =>
        {
            var created = (await client.ReferForImmediateJusticeAsync(new() { Input = CaseInput() })).ReferForImmediateJustice;
            Assert.Equal(CaseStatus.Referred, created.Status);
            Assert.InRange(created.DueBy, DateTimeOffset.UtcNow.AddHours(47), DateTimeOffset.UtcNow.AddHours(49));
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.ReferForImmediateJusticeAsync(new() { Input = CaseInput() with { Hours = 41 } }));
            Assert.Equal("input.hours", refused.Field);
        }),
        ["ImmediateJusticePage"] = new(OperationCases.Coordinator, async client =>
        {
            var id = await NewCaseAsync();
            var queue = (await client.ImmediateJusticePageAsync(new())).ImmediateJusticeCases;
            var found = Assert.Single(queue, c => c.Id == id);
            Assert.Null(found.CoordinatorId);
            Assert.InRange(found.HoursLeftOnClock, 47, 48);
        }),
        ["ImmediateJusticeCasePage"] = new(OperationCases.Referrer, async client =>
        {
            var id = await NewCaseAsync();
            var found = (await client.ImmediateJusticeCasePageAsync(new() { Id = id })).ImmediateJusticeCase!;
            Assert.Equal("Criminal damage to a bus shelter", found.OffenceSummary);
            Assert.Equal(6, found.Hours);
            Assert.Equal(CaseStatus.Referred, found.Status);
        }),
        ["TakeImmediateJusticeCase"] = new(OperationCases.Coordinator, async client =>
        {
            var id = await NewCaseAsync();
            Assert.Equal("org-0008", (await client.TakeImmediateJusticeCaseAsync(new() { Input = new() { CaseId = id } })).TakeImmediateJusticeCase.CoordinatorId);
        }),
        ["RecordCaseContact"] = new(OperationCases.Coordinator, async client =>
        {
            var id = await CaseAtAsync(client, "taken");
            Assert.Equal(CaseStatus.Contacted, (await client.RecordCaseContactAsync(new() { Input = new() { CaseId = id } })).RecordCaseContact.Status);
        }),
        ["RecordRiskAssessment"] = new(OperationCases.Coordinator, async client =>
        {
            var id = await CaseAtAsync(client, "contacted");
            var assessed = (await client.RecordRiskAssessmentAsync(new() { Input = new() { CaseId = id, RiskOfHarm = RiskLevel.Medium, RiskFlags = ["WEAPONS"] } })).RecordRiskAssessment;
            Assert.Equal(CaseStatus.Assessed, assessed.Status);
        }),
        ["ImmediateJusticePlacements"] = new(OperationCases.Coordinator, async client =>
        {
            var id = await CaseAtAsync(client, "taken");
            var personId = (await client.ImmediateJusticeCasePageAsync(new() { Id = id })).ImmediateJusticeCase!.PersonId;
            Assert.NotNull(personId);
            var placements = (await client.ImmediateJusticePlacementsAsync(new() { PersonId = personId })).Connect.Placements;
            Assert.Contains(placements, p => p.CanStartWithin48h);
            Assert.All(placements, p => Assert.False(string.IsNullOrEmpty(p.Placement.Organisation.Name)));
        }),
        ["BookImmediateJusticePlacement"] = new(OperationCases.Coordinator, async client =>
        {
            var id = await CaseAtAsync(client, "assessed");
            var booked = (await client.BookImmediateJusticePlacementAsync(new() { Input = new() { CaseId = id, PlacementId = await SoonestPlacementAsync(client, id) } })).BookImmediateJusticePlacement;
            Assert.Equal(CaseStatus.Booked, booked.Status);
        }),
        ["RecordSafetyBriefing"] = new(OperationCases.Coordinator, async client =>
        {
            var id = await CaseAtAsync(client, "assessed");
            await client.BookImmediateJusticePlacementAsync(new() { Input = new() { CaseId = id, PlacementId = await SoonestPlacementAsync(client, id) } });
            await client.RecordSafetyBriefingAsync(new() { Input = new() { CaseId = id } });
            Assert.NotNull((await client.ImmediateJusticeCasePageAsync(new() { Id = id })).ImmediateJusticeCase!.BriefedAt);
        }),
    };
}
