using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Client.Tests;

/// <summary>
/// The project operations' cases (see <see cref="OperationCases"/>): prc-07 starts projects with K. Young (per-0033, on
/// their caseload), who signs in as himself to start his own. Each case makes the project it reads or changes.
/// </summary>
public static class ProjectOperationCases
{
    private const string Person = "per-0033";

    private static readonly Caller Himself = new(CallerRole.Person, null, null, "k.young", PersonId: Person);

    private static ProjectInput Input(string title) => new()
    {
        Title = title,
        Aims = "Fix bikes for people who need one",
        Kind = ProjectKind.Service,
        Needs = ["EDUCATION_TRAINING_EMPLOYMENT"],
        Location = new() { Latitude = 53.7925, Longitude = -0.382 },
    };

    /// <summary>A project of prc-07's with K. Young as its founder.</summary>
    private static async Task<string> ProjectAsync(IRehabGraphClient offenderManager, string title) =>
        (await offenderManager.CreateProjectAsync(new() { Input = Input(title) with { MemberIds = [Person] } })).CreateProject.Id;

    private static ClientHub Hub => ClientHub.Current ?? throw new InvalidOperationException("No hub is running.");

    public static IReadOnlyDictionary<string, OperationCase> All { get; } = new Dictionary<string, OperationCase>
    {
        ["CreateProject"] = new(Himself, async client =>
        {
            var project = await client.CreateProjectAsync(new() { Input = Input($"Bike repair {Guid.NewGuid():N}") });

            Assert.StartsWith("prj-", project.CreateProject.Id, StringComparison.Ordinal);
            Assert.Equal("PROPOSED", project.CreateProject.Status);
        }),
        ["ProjectPage"] = new(OperationCases.OffenderManager, async client =>
        {
            var title = $"Bike repair {Guid.NewGuid():N}";
            var id = await ProjectAsync(client, title);

            var project = (await client.ProjectPageAsync(new() { Id = id })).Node;

            Assert.Equal(("Project", title, "PROPOSED", ProjectKind.Service), (project!.Typename, project.Title, project.Status, project.Kind));
            Assert.Equal(["EDUCATION_TRAINING_EMPLOYMENT"], project.Needs!.Select(n => n.Code));
            Assert.Equal([(Person, true)], project.Members!.Select(m => (m.PersonId, m.Founder)));
            Assert.Equal((0, 0, 1), (project.GrantPence, project.GrantBalancePence, project.MemberCount));
            Assert.Null(project.Grant);
        }),
        ["SetProjectStatus"] = new(OperationCases.OffenderManager, async client =>
        {
            var id = await ProjectAsync(client, $"Bike repair {Guid.NewGuid():N}");

            var running = await client.SetProjectStatusAsync(new() { Input = new() { ProjectId = id, Status = ProjectStatus.Running } });

            Assert.Equal((id, "RUNNING"), (running.SetProjectStatus.Id, running.SetProjectStatus.Status));
        }),
        ["SpendFromGrant"] = new(OperationCases.OffenderManager, async client =>
        {
            var id = await ProjectAsync(client, $"Bike repair {Guid.NewGuid():N}");
            await Hub.Raw(OperationCases.Admin).MutateAsync("mutation AwardGrant($id: ID!) { awardGrant(input: {projectId: $id, amountPence: 1000}) { id } }", new { id });

            var spend = await client.SpendFromGrantAsync(new() { Input = new() { ProjectId = id, AmountPence = 250, Description = "Inner tubes" } });

            Assert.Equal(250, spend.SpendFromGrant.AmountPence);
            Assert.Equal(750, (await client.ProjectPageAsync(new() { Id = id })).Node!.GrantBalancePence);
        }),
        ["AwardGrant"] = new(OperationCases.Admin, async client =>
        {
            var id = await ProjectAsync(Hub.Client(OperationCases.OffenderManager), $"Bike repair {Guid.NewGuid():N}");

            var award = await client.AwardGrantAsync(new() { Input = new() { ProjectId = id, AmountPence = 1500, Description = "Start-up" } });

            Assert.Equal(1500, award.AwardGrant.AmountPence);
            Assert.Equal(1500, (await client.ProjectPageAsync(new() { Id = id })).Node!.GrantPence);
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.AwardGrantAsync(new() { Input = new() { ProjectId = id, AmountPence = 0 } }));
            Assert.Equal("input.amountPence", refused.Field);
        }),
        ["RefundToGrant"] = new(OperationCases.OffenderManager, async client =>
        {
            var id = await ProjectAsync(client, $"Bike repair {Guid.NewGuid():N}");
            await Hub.Raw(OperationCases.Admin).MutateAsync("mutation AwardGrant($id: ID!) { awardGrant(input: {projectId: $id, amountPence: 1000}) { id } }", new { id });
            var spend = (await client.SpendFromGrantAsync(new() { Input = new() { ProjectId = id, AmountPence = 400, Description = "Paint" } })).SpendFromGrant.Id;

            var refund = await client.RefundToGrantAsync(new() { Input = new() { EntryId = spend, AmountPence = 150, Description = "Unused paint" } });

            Assert.Equal(150, refund.RefundToGrant.AmountPence);
            Assert.Equal(750, (await client.ProjectPageAsync(new() { Id = id })).Node!.GrantBalancePence);
            await Assert.ThrowsAsync<RehabGraphConflictException>(() => client.RefundToGrantAsync(new() { Input = new() { EntryId = spend, AmountPence = 251 } }));
        }),
        ["JoinProject"] = new(OperationCases.OffenderManager, async client =>
        {
            var id = (await client.CreateProjectAsync(new() { Input = Input($"Bike repair {Guid.NewGuid():N}") with { MemberIds = ["per-0049"] } })).CreateProject.Id;

            var joined = await client.JoinProjectAsync(new() { Input = new() { ProjectId = id, PersonId = Person } });

            Assert.Equal((id, 2), (joined.JoinProject.Id, joined.JoinProject.MemberCount));
            await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => client.JoinProjectAsync(new() { Input = new() { ProjectId = id, PersonId = "per-0002" } }));
        }),
        ["ProjectMemberChoices"] = new(OperationCases.OffenderManager, async client =>
        {
            var people = (await client.ProjectMemberChoicesAsync()).People;

            Assert.Contains(people.Nodes, p => p.Id == Person);
            Assert.DoesNotContain(people.Nodes, p => p.Id == "per-0002");
            Assert.True(people.TotalCount >= people.Nodes.Count);
        }),
    };
}
