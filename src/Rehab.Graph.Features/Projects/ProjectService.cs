using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Projects;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Features.Funds;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Funds;
using Rehab.Graph.Neo4j.Projects;

namespace Rehab.Graph.Features.Projects;

/// <summary>
/// Co-produced projects. Running ones are listed to everyone who reads the directory and offered by <c>connect</c>;
/// members are shown only to those who may see each. Every change is one transaction that locks the project (a grant
/// entry: the project's grant) first, decides in the domain, and writes the change with its audit entry.
/// </summary>
public sealed class ProjectService(CypherClient cypher, ReadBatch reads, IPlaceGazetteer gazetteer, TimeProvider clock)
{
    public PendingRead<Page<ProjectRecord>> Projects(ProjectFilter? where, NearRequest? near, PageRequest page, Caller caller)
    {
        caller.Require(AccessPolicy.Projects);
        return reads.Run(ProjectQueries.Projects(new ProjectSearch(
            ProjectRules.Statuses(where?.Statuses, caller, "where.statuses"),
            NeedCodes.Validate(where?.Needs, "where.needs"),
            where?.WomenOnly,
            SearchText.Normalise(where?.Text, "where.text"),
            near?.Resolve(gazetteer),
            page)));
    }

    /// <summary>A project by id, as <c>node(id)</c> shows it: a running one to anyone, any other to those who work on projects and to its members.</summary>
    public PendingRead<ProjectRecord?> Project(string id, Caller caller) => reads.Load(ProjectQueries.ById, id)
        .Then(p => p is { } project && (project.Status == ProjectStatus.Running || caller.Holds(AccessPolicy.SetProjectStatus) || IsMember(project, caller)) ? project : null);

    /// <summary>The projects the signed-in person is a member of.</summary>
    public PendingRead<IReadOnlyList<ProjectRecord>> Mine(Caller caller)
    {
        var grant = caller.Require(AccessPolicy.Me);
        return reads.Run(ProjectQueries.OfPerson(grant.Caller.PersonId ?? throw new InvalidOperationException("A PERSON grant names no person.")));
    }

    /// <summary>
    /// The grant's statement, for those who may see one of its members (an admin, the offender manager of a member, or a
    /// member: a project always has a founder); null for anyone else and before the first award.
    /// </summary>
    public PendingRead<FundRecord?> Grant(ProjectRecord project, Caller caller) =>
        ProjectRules.Visible(project.Members, caller).Count > 0
            ? reads.Load(ProjectQueries.Grants, project.Id)
            : PendingRead<FundRecord?>.Known(null);

    public Task<ProjectRecord> CreateAsync(NewProject request, Caller caller, CancellationToken cancellationToken)
    {
        var grant = caller.Require(AccessPolicy.CreateProject);
        var project = ProjectRules.Validate(request, grant);
        return cypher.InTransactionAsync(async transaction =>
        {
            var people = await transaction.QueryAsync(ProjectWrites.People(project.MemberIds));
            for (var i = 0; i < project.MemberIds.Count; i++)
            {
                var person = people.FirstOrDefault(p => p.PersonId == project.MemberIds[i])
                    ?? throw new NotFoundException("input.memberIds", $"No person with id '{project.MemberIds[i]}'.");
                CheckMember(grant, person, project.WomenOnly, "input.memberIds");
            }

            var now = clock.GetUtcNow();
            var id = $"{Ids.Project}-{Guid.CreateVersion7(now):N}";
            return await CommitAsync(transaction, id, [
                ProjectWrites.Create(id, project, now, caller),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.ProjectCreated, id, $"{project.Title}; founders {string.Join(", ", project.MemberIds)}")),
            ]);
        }, cancellationToken);
    }

    /// <summary>A person joins a project: themselves, or someone on the offender manager's caseload.</summary>
    public Task<ProjectRecord> JoinAsync(string projectId, string personId, Caller caller, CancellationToken cancellationToken)
    {
        var grant = caller.Require(AccessPolicy.JoinProject);
        Ids.Require(projectId, Ids.Project, "input.projectId");
        Ids.Require(personId, Ids.Person, "input.personId");
        if (grant.Actor == Actor.Person && personId != caller.PersonId)
        {
            throw new ForbiddenException("You may join a project yourself; your offender manager adds others.");
        }

        return cypher.InTransactionAsync(async transaction =>
        {
            var locking = ProjectWrites.Lock(projectId);
            var people = ProjectWrites.People([personId]);
            var read = await transaction.RunAsync(locking.Statement, people.Statement);
            var project = locking.Read(read[0]) ?? throw new NotFoundException("input.projectId", $"No project with id '{projectId}'.");
            var person = people.Read(read[1]).SingleOrDefault() ?? throw new NotFoundException("input.personId", $"No person with id '{personId}'.");
            CheckMember(grant, person, project.WomenOnly, "input.personId");
            if (project.Status == ProjectStatus.Closed)
            {
                throw new ConflictException($"Project '{projectId}' is CLOSED; no one joins it now.");
            }

            if (project.Members.Any(m => m.PersonId == personId))
            {
                throw new ConflictException($"Person '{personId}' is already a member of project '{projectId}'.");
            }

            var now = clock.GetUtcNow();
            return await CommitAsync(transaction, projectId, [
                ProjectWrites.Join(projectId, personId, now),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.ProjectJoined, projectId, personId)),
            ]);
        }, cancellationToken);
    }

    /// <summary>The offender manager of a member, or an admin, starts, pauses, restarts or closes a project.</summary>
    public Task<ProjectRecord> SetStatusAsync(string projectId, ProjectStatus status, Caller caller, CancellationToken cancellationToken)
    {
        var grant = caller.Require(AccessPolicy.SetProjectStatus);
        Ids.Require(projectId, Ids.Project, "input.projectId");
        return cypher.InTransactionAsync(async transaction =>
        {
            var project = await transaction.QueryAsync(ProjectWrites.Lock(projectId)) ?? throw new NotFoundException("input.projectId", $"No project with id '{projectId}'.");
            if (!ProjectRules.Reaches(grant, project.Members))
            {
                throw OutOfReach(projectId);
            }

            ProjectRules.CheckStatusChange(projectId, project.Status, status);
            var now = clock.GetUtcNow();
            return await CommitAsync(transaction, projectId, [
                ProjectWrites.SetStatus(projectId, status, now),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.ProjectStatusSet, projectId, $"{EnumCodes.ToCode(project.Status)} to {EnumCodes.ToCode(status)}")),
            ]);
        }, cancellationToken);
    }

    /// <summary>An admin awards a project a grant; the first award makes the grant's ledger.</summary>
    public Task<FundEntryRecord> AwardGrantAsync(GrantEntryRequest request, Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(AccessPolicy.AwardGrant);
        var (amount, description) = Entry(request, descriptionRequired: false);
        return GrantEntryAsync(OpenGrant(request.ProjectId), caller, AuditActions.GrantAwarded, cancellationToken, grant =>
            new GrantEntry(FundEntryKind.Allocation, amount, description, FundRules.Allocate(grant.BalancePence, amount)));
    }

    /// <summary>The offender manager of a member, or an admin, approves a spend from a project's grant; beyond the balance is CONFLICT.</summary>
    public Task<FundEntryRecord> SpendFromGrantAsync(GrantEntryRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var permission = caller.Require(AccessPolicy.SpendFromGrant);
        var (amount, description) = Entry(request, descriptionRequired: true);
        return GrantEntryAsync(OpenGrant(request.ProjectId), caller, AuditActions.GrantSpent, cancellationToken, grant =>
        {
            CheckReach(permission, grant);
            return new GrantEntry(FundEntryKind.Spend, amount, description, FundRules.Spend(grant.BalancePence, amount));
        });
    }

    /// <summary>
    /// Money back into a project's grant from one of its spends (returned tools, a deposit back), by those who may spend
    /// it; never more than the spend less what has come back from it already, as a personal fund's refunds.
    /// </summary>
    public Task<FundEntryRecord> RefundToGrantAsync(RefundRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var permission = caller.Require(AccessPolicy.RefundToGrant);
        Ids.Require(request.EntryId, Ids.FundEntry, "input.entryId");
        var amount = FundRules.Amount(request.AmountPence, "input.amountPence");
        var description = FundRules.Description(request.Description, "input.description", required: false);
        var lockGrant = (ProjectWrites.LockGrantEntry(request.EntryId), (Func<Exception>)(() => new NotFoundException("input.entryId", $"No entry with id '{request.EntryId}' on a project's grant.")));
        return GrantEntryAsync(lockGrant, caller, AuditActions.GrantRefunded, cancellationToken, grant =>
        {
            CheckReach(permission, grant);
            var spend = grant.Entry!;
            return new GrantEntry(FundEntryKind.Refund, amount, description, FundRules.Refund(grant.BalancePence, spend.ToRefunded(), amount, "input.entryId"), spend.Id);
        });
    }

    private static (int Amount, string? Description) Entry(GrantEntryRequest request, bool descriptionRequired)
    {
        Ids.Require(request.ProjectId, Ids.Project, "input.projectId");
        return (FundRules.Amount(request.AmountPence, "input.amountPence"), FundRules.Description(request.Description, "input.description", descriptionRequired));
    }

    private (CypherQuery<LockedGrant?> Lock, Func<Exception> Missing) OpenGrant(string projectId) =>
        (ProjectWrites.OpenGrant(projectId, clock.GetUtcNow()), () => new NotFoundException("input.projectId", $"No project with id '{projectId}'."));

    private static void CheckReach(Grant permission, LockedGrant grant)
    {
        if (permission.Reach != Reach.Everything && !grant.OffenderManagerIds.Contains(permission.PractitionerId))
        {
            throw OutOfReach(grant.ProjectId);
        }
    }

    /// <summary>
    /// One entry on a project's grant: the grant locked (made on the first award), the entry decided on the balance read
    /// after the lock, and the entry, the new balance and the audit entry committed together, as a personal fund's are.
    /// </summary>
    private Task<FundEntryRecord> GrantEntryAsync(
        (CypherQuery<LockedGrant?> Lock, Func<Exception> Missing) lockGrant, Caller caller, string action, CancellationToken cancellationToken,
        Func<LockedGrant, GrantEntry> decide) =>
        cypher.InTransactionAsync(async transaction =>
        {
            var grant = await transaction.QueryAsync(lockGrant.Lock) ?? throw lockGrant.Missing();
            if (grant.Status == ProjectStatus.Closed)
            {
                throw new ConflictException($"Project '{grant.ProjectId}' is CLOSED; its grant is settled.");
            }

            var decided = decide(grant);
            // Taken after the lock, so that entries' times follow their order on the statement.
            var now = clock.GetUtcNow();
            var entry = FundEntryRecord.New(caller, now, decided.Kind, decided.Amount, decided.Description, refundOf: decided.RefundOf);
            var summary = $"{grant.ProjectId}: {EnumCodes.ToCode(decided.Kind)} of {decided.Amount} pence{(decided.RefundOf is null ? "" : $" from {decided.RefundOf}")}; balance {decided.Balance} pence";
            await transaction.CommitAsync(
                FundWrites.Record(grant.FundId, grant.Version, new FundHolder(FundHolderKind.Project, grant.ProjectId), entry, decided.Balance),
                AuditTrail.Record(AuditEntry.For(caller, now, action, entry.Id, summary)));
            return entry;
        }, cancellationToken);

    private sealed record GrantEntry(FundEntryKind Kind, int Amount, string? Description, int Balance, string? RefundOf = null);

    /// <summary>Whether the caller may make <paramref name="person"/> a member, and a women-only project may take them.</summary>
    private static void CheckMember(Grant grant, ProjectPerson person, bool womenOnly, string field)
    {
        if (grant.Reach == Reach.Caseload && person.OffenderManagerId != grant.PractitionerId)
        {
            throw new ForbiddenException($"Person '{person.PersonId}' is not on your caseload.");
        }

        if (womenOnly && person.Gender != Gender.Female)
        {
            throw new InvalidInputException(field, $"The project is for women only; person '{person.PersonId}' is not recorded as a woman.");
        }
    }

    private static bool IsMember(ProjectRecord project, Caller caller) =>
        caller.Role == CallerRole.Person && project.Members.Any(m => m.PersonId == caller.PersonId);

    private static ForbiddenException OutOfReach(string projectId) =>
        new($"Project '{projectId}' is worked on by the offender managers of its members and by admins; none of its members is on your caseload.");

    private static async Task<ProjectRecord> CommitAsync(CypherTransaction transaction, string projectId, IReadOnlyList<CypherStatement> writes)
    {
        var results = await transaction.CommitAsync([.. writes, ProjectQueries.ById.Statement([projectId])]);
        return ProjectQueries.ById.Read(results[^1], [projectId])[projectId];
    }
}
