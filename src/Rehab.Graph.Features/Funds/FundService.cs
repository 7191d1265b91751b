using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Funds;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Features.Funds;

/// <summary>
/// Personal funds. A fund is read by the person's offender manager, a partner of the women's service holding it, an admin,
/// and the person; each read is audited. Each entry is one transaction: the fund is locked and its balance read after the
/// lock, the domain decides, and the entry, the new balance and the audit entry are written and committed together, so
/// concurrent spends follow each other and the balance never goes below zero.
/// </summary>
public sealed class FundService(CypherClient cypher, ReadBatch reads, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// The person's fund, oldest entry first; null when there is no such person or they have no fund yet, FORBIDDEN when
    /// it is not the caller's to see. A pending read, so that funds asked for at once (aliases) go to Neo4j in one request.
    /// </summary>
    public PendingRead<FundRecord?> Fund(string personId, Caller caller)
    {
        var grant = caller.Require(AccessPolicy.Fund);
        var reach = Scope(grant, personId, "personId");
        var audited = audit.RecordAsync(AuditEntry.For(caller, clock.GetUtcNow(), AuditActions.FundRead, personId));
        return reads.Run(FundQueries.Fund(personId, reach)).After(audited).Then(found => found switch
        {
            null => null,
            { Reached: false } => throw OutOfReach(grant, personId),
            var read => read.Fund,
        });
    }

    /// <summary>
    /// The funds the caller's women's service holds, by the woman's name, or only hers when <paramref name="personId"/> is given;
    /// each woman's fund read is audited after the read, so a read that cannot be audited shows nothing.
    /// </summary>
    public async Task<IReadOnlyList<HeldFund>> HeldAsync(string? personId, Caller caller, CancellationToken cancellationToken)
    {
        var grant = caller.Require(AccessPolicy.FundsHeld);
        if (personId is not null)
        {
            Ids.Require(personId, Ids.Person, "personId");
        }

        var organisationId = grant.OrganisationId ?? throw new InvalidOperationException("A PARTNER grant names no organisation.");
        // Through the request's read batch, so that aliased lists cost two round trips between them, not two each.
        var held = await reads.Run(FundQueries.Held(organisationId, personId)).GetResultAsync(cancellationToken);

        // As with fund(personId), a read for a named person is recorded whether or not it found her fund.
        var read = personId is null ? held.Select(h => h.PersonId).ToList() : [personId];
        if (read.Count > 0)
        {
            var now = clock.GetUtcNow();
            await audit.RecordAsync([.. read.Select(id => AuditEntry.For(caller, now, AuditActions.FundRead, id, "fundsHeld"))]);
        }

        return held;
    }

    /// <summary>An admin allocates money to a person's fund; the first allocation makes the fund and settles who holds it.</summary>
    public async Task<FundEntryRecord> AllocateAsync(AllocationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        caller.Require(AccessPolicy.AllocateFund);
        Ids.Require(request.PersonId, Ids.Person, "input.personId");
        var amount = FundRules.Amount(request.AmountPence, "input.amountPence");
        var organisationId = request.HolderOrganisationId is null ? null : Ids.Require(request.HolderOrganisationId, Ids.Organisation, "input.holderOrganisationId");
        var description = FundRules.Description(request.Description, "input.description", required: false);
        return await cypher.InTransactionAsync(async transaction =>
        {
            var open = FundWrites.Open(request.PersonId, clock.GetUtcNow());
            var organisation = organisationId is null ? null : ListingQueries.OrganisationsById.Statement([organisationId]);
            var read = await transaction.RunAsync([open.Statement, .. organisation is null ? [] : new[] { organisation }]);
            var fund = open.Read(read[0]) ?? throw new NotFoundException("input.personId", $"No person with id '{request.PersonId}'.");
            var named = organisationId is null
                ? null
                : ListingQueries.OrganisationsById.Read(read[1], [organisationId]).TryGetValue(organisationId, out var o)
                    ? new NamedHolder(o.Id, o.Kind)
                    : throw new NotFoundException("input.holderOrganisationId", $"No organisation with id '{organisationId}'.");
            var holder = FundRules.Holder(fund.Holder, new AllocationSubject(fund.PersonId, fund.Gender, fund.OffenderManagerId, named), "input.holderOrganisationId");
            var balance = FundRules.Allocate(fund.BalancePence, amount);
            return await CommitAsync(transaction, fund, holder, FundEntryKind.Allocation, amount, description, null, null, balance, caller, AuditActions.FundAllocated);
        }, cancellationToken);
    }

    /// <summary>The person's offender manager, or a partner of the women's service holding the fund, spends from it on one of the person's active goals.</summary>
    public async Task<FundEntryRecord> SpendAsync(SpendRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var reach = Scope(caller.Require(AccessPolicy.SpendFromFund));
        Ids.Require(request.PersonId, Ids.Person, "input.personId");
        Ids.Require(request.GoalId, Ids.Goal, "input.goalId");
        var amount = FundRules.Amount(request.AmountPence, "input.amountPence");
        var description = FundRules.Description(request.Description, "input.description", required: true);
        return await cypher.InTransactionAsync(async transaction =>
        {
            var locking = FundWrites.Lock(request.PersonId, reach);
            var person = FundQueries.Reach(request.PersonId, reach);
            var goal = FundQueries.GoalStatus(request.PersonId, request.GoalId);
            var read = await transaction.RunAsync(locking.Statement, person.Statement, goal.Statement);
            var fund = locking.Read(read[0]) ?? throw NoFund(person.Read(read[1]), request.PersonId);
            if (!fund.Reached)
            {
                throw OutOfReach(request.PersonId);
            }

            FundRules.CheckGoal(request.GoalId, request.PersonId, goal.Read(read[2]), "input.goalId");
            var balance = FundRules.Spend(fund.BalancePence, amount);
            return await CommitAsync(transaction, fund, fund.Holder!, FundEntryKind.Spend, amount, description, request.GoalId, null, balance, caller, AuditActions.FundSpent);
        }, cancellationToken);
    }

    /// <summary>Money back into the fund from a spend (a deposit returned, a course cancelled), never more than the spend less what has come back already.</summary>
    public async Task<FundEntryRecord> RefundAsync(RefundRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var reach = Scope(caller.Require(AccessPolicy.RefundToFund));
        Ids.Require(request.EntryId, Ids.FundEntry, "input.entryId");
        var amount = FundRules.Amount(request.AmountPence, "input.amountPence");
        var description = FundRules.Description(request.Description, "input.description", required: false);
        return await cypher.InTransactionAsync(async transaction =>
        {
            var fund = await transaction.QueryAsync(FundWrites.LockEntry(request.EntryId, reach))
                ?? throw new NotFoundException("input.entryId", $"No fund entry with id '{request.EntryId}'.");
            if (!fund.Reached)
            {
                throw OutOfReach(fund.PersonId);
            }

            var spend = fund.Entry!;
            var balance = FundRules.Refund(fund.BalancePence, spend.ToRefunded(), amount, "input.entryId");
            return await CommitAsync(transaction, fund, fund.Holder!, FundEntryKind.Refund, amount, description, spend.GoalId, spend.Id, balance, caller, AuditActions.FundRefunded);
        }, cancellationToken);
    }

    /// <summary>Writes the entry, the balance it leaves and its audit entry, and commits, in one round trip.</summary>
    private async Task<FundEntryRecord> CommitAsync(
        CypherTransaction transaction, LockedFund fund, FundHolder holder, FundEntryKind kind, int amount, string? description, string? goalId, string? refundOf,
        int balance, Caller caller, string action)
    {
        // Taken after the lock, so that entries' times follow their order on the statement.
        var now = clock.GetUtcNow();
        var entry = FundEntryRecord.New(caller, now, kind, amount, description, goalId, refundOf);
        var summary = $"{fund.PersonId}: {EnumCodes.ToCode(kind)} of {amount} pence{(goalId is null ? "" : $" for {goalId}")}{(refundOf is null ? "" : $" from {refundOf}")}; balance {balance} pence";
        await transaction.CommitAsync(FundWrites.Record(fund.FundId, fund.Version, holder, entry, balance), AuditTrail.Record(AuditEntry.For(caller, now, action, entry.Id, summary)));
        return entry;
    }

    /// <summary>Whose funds a grant reaches, as the statements check it; a person on probation only their own, refused here before any read.</summary>
    private static FundReach Scope(Grant grant, string personId, string field)
    {
        Ids.Require(personId, Ids.Person, field);
        return grant.Actor == Actor.Person && personId != grant.Caller.PersonId
            ? throw new ForbiddenException("You may see your own fund only.")
            : Scope(grant);
    }

    private static FundReach Scope(Grant grant) => grant.Reach switch
    {
        Reach.Caseload => new FundReach(grant.PractitionerId, null, null, false),
        Reach.OwnOrganisation => new FundReach(null, grant.OrganisationId, null, false),
        Reach.Everything => new FundReach(null, null, null, true),
        Reach.Self => new FundReach(null, null, grant.Caller.PersonId ?? throw new InvalidOperationException("A PERSON grant names no person."), false),
        _ => throw new InvalidOperationException($"Funds are not reached by {grant.Reach}."),
    };

    private static ForbiddenException OutOfReach(Grant grant, string personId) => grant.Reach == Reach.OwnOrganisation
        ? new ForbiddenException($"The fund of person '{personId}' is not held by your organisation.")
        : new ForbiddenException($"Person '{personId}' is not on your caseload.");

    /// <summary>Why a spend found no fund to lock: no such person, not the caller's, or no fund yet.</summary>
    private static Exception NoFund(bool? reached, string personId) => reached switch
    {
        null => new NotFoundException("input.personId", $"No person with id '{personId}'."),
        false => OutOfReach(personId),
        true => new ConflictException($"Person '{personId}' has no fund yet: an admin makes it with the first allocation."),
    };

    private static ForbiddenException OutOfReach(string personId) =>
        new($"The fund of person '{personId}' is spent by their offender manager, or by the women's service holding it.");
}
