using System.Text;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Listings.Import;
using Rehab.Graph.Domain.Notifications;
using Rehab.Graph.Domain.People;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.ListingEdits;
using Rehab.Graph.Neo4j.ListingImport;
using Rehab.Graph.Neo4j.Outbox;

namespace Rehab.Graph.Features.Listings;

/// <summary>A file of services to import, as sent.</summary>
public sealed record ImportRequest(string? OrganisationId, ImportFormat Format, string Content, string? FileName, bool DryRun);

/// <summary>
/// Partners keep their listings current (admins any organisation's). Each change checks who is asking, then the whole
/// input, then is made in one transaction with its audit entry, and answers with the listing as stored.
/// </summary>
public sealed class ListingService(CypherClient cypher, ServiceImportStore imports, TimeProvider clock)
{
    public Task<ServiceListing> UpsertServiceAsync(ServiceDraft draft, Caller caller, CancellationToken cancellationToken)
    {
        var edit = ListingRules.Service(draft, caller);
        return UpsertAsync(ListingWrites.Services, edit.Target, caller, edit.Needs, change => ListingWrites.Service(edit, change), cancellationToken);
    }

    /// <summary>A placement listed or changed; when its session times change, the people going there now are told the new times.</summary>
    public Task<PlacementListing> UpsertPlacementAsync(PlacementDraft draft, Caller caller, CancellationToken cancellationToken)
    {
        var edit = ListingRules.Placement(draft, caller);
        var attendees = edit.Target.Id is { } id ? ListingWrites.Attendees(id) : null;
        return UpsertAsync(ListingWrites.Placements, edit.Target, caller, [], change =>
        {
            var filled = change.Before?.Filled ?? 0;
            ListingRules.CheckCapacity(edit.Capacity, filled, filled == 1 ? "place already filled" : "places already filled");
            return ListingWrites.Placement(edit, change, filled);
        }, cancellationToken, attendees is null ? null : new(attendees.Statement, (read, change, after, now) => SessionsChanged(change.Before, after, attendees.Read(read), now)));
    }

    public Task<MentorListing> UpsertMentorAsync(MentorDraft draft, Caller caller, CancellationToken cancellationToken)
    {
        var edit = ListingRules.Mentor(draft, caller);
        return UpsertAsync(ListingWrites.Mentors, edit.Target, caller, edit.LivedExperience, change =>
        {
            var mentees = change.Before?.Mentees ?? 0;
            ListingRules.CheckCapacity(edit.Capacity, mentees, mentees == 1 ? "person they already mentor" : "people they already mentor");
            return ListingWrites.Mentor(edit, change, mentees);
        }, cancellationToken);
    }

    /// <summary>Pauses, closes or reopens a service.</summary>
    public Task<ServiceListing> SetServiceStatusAsync(string? serviceId, ServiceStatus? status, int? version, Caller caller, CancellationToken cancellationToken)
    {
        var edit = ListingRules.Status(serviceId, status, version, caller);
        return cypher.InTransactionAsync(async transaction =>
        {
            var locked = ListingWrites.Lock(ListingWrites.Services, edit.ServiceId);
            var before = locked.Read((await transaction.RunAsync(locked.Statement))[0])
                ?? throw new NotFoundException("input.serviceId", $"No service with id '{edit.ServiceId}'.");
            ListingRules.CheckOwner(caller, edit.ServiceId, [before.Organisation.Id], organisationId: null);
            var after = before with { Status = edit.Status, Version = ListingRules.NextVersion(edit.ServiceId, before.Version, edit.Version) };
            var summary = $"{EnumCodes.ToCode(before.Status)} -> {EnumCodes.ToCode(after.Status)}, version {after.Version}";
            var audit = AuditEntry.For(caller, clock.GetUtcNow(), AuditActions.ServiceStatusSet, edit.ServiceId, summary, ListingWrites.Json(before), ListingWrites.Json(after));
            return await ListingWrites.CommitAndReadAsync(transaction, ListingWrites.Services, edit.ServiceId, ListingWrites.SetServiceStatus(edit.ServiceId, after.Status, after.Version), audit);
        }, cancellationToken);
    }

    /// <summary>Imports an organisation's services from a file, whole or not at all; a dry run plans and writes nothing.</summary>
    /// <param name="written">Hears, after each batch of a real import, how many services of how many are written so far.</param>
    public async Task<(ServiceImport Import, ImportPlan Plan)> ImportAsync(ImportRequest request, Caller caller, Action<int, int> written, CancellationToken cancellationToken)
    {
        var organisationId = OrganisationOf(request, caller.Require(AccessPolicy.ImportServices));
        if (request.Content.Length == 0)
        {
            throw new InvalidInputException("input.content", "The file is empty.");
        }

        ServiceImport import;
        try
        {
            using var file = new MemoryStream(Encoding.UTF8.GetBytes(request.Content));
            import = ImportFormats.Read(request.Format, organisationId, request.FileName ?? "the file", file);
        }
        catch (ImportFileException e)
        {
            throw new InvalidInputException("input.content", e.Message);
        }

        return (import, await ImportAsync(import, request.DryRun, caller, written, cancellationToken));
    }

    /// <summary>Imports services already read from a file (the CLI reads its own), for a caller who may import into their organisation.</summary>
    public Task<ImportPlan> ImportAsync(ServiceImport import, bool dryRun, Caller caller, Action<int, int> written, CancellationToken cancellationToken)
    {
        if (!caller.Require(AccessPolicy.ImportServices).Covers(import.OrganisationId))
        {
            throw new ForbiddenException("A partner may import only its own organisation's services.");
        }

        return dryRun
            ? imports.DryRunAsync(import, graph => Plan(import, graph, caller), cancellationToken)
            : imports.ImportAsync(import, graph => Plan(import, graph, caller), caller, written, cancellationToken);
    }

    /// <summary>Every row decided against the graph as read (after the lock, for a real import): the plan writes nothing itself.</summary>
    private ImportPlan Plan(ServiceImport import, ImportGraph graph, Caller caller) => graph.Organisation is null
        ? throw new NotFoundException("organisation", $"No organisation with id '{import.OrganisationId}'.")
        : ServiceImportRules.Plan(import, graph.Stored, graph.NeedsInGraph, caller, () => ListingRules.NewId(Ids.Service, clock.GetUtcNow()));

    /// <summary>
    /// One transaction of two round trips: the first locks the stored listing and reads it after the lock (for a new one,
    /// reads its organisation), the domain decides, and the second writes, records the audit entry, reads the listing back
    /// and commits; a failure leaves nothing written.
    /// </summary>
    private Task<T> UpsertAsync<T>(
        ListingKind<T> kind, ListingTarget target, Caller caller, IReadOnlyList<string> needCodes, Func<ListingChange<T>, (CypherStatement Write, T After)> decide,
        CancellationToken cancellationToken, Follow<T>? follow = null)
        where T : class =>
        cypher.InTransactionAsync(async transaction =>
        {
            var stored = target.Id is { } storedId ? ListingWrites.Lock(kind, storedId) : null;
            var organisation = ListingWrites.Organisation(target.OrganisationId);
            var labels = ListingWrites.NeedLabels(needCodes);
            var read = await transaction.RunAsync([stored?.Statement ?? organisation.Statement, labels.Statement, .. follow is null ? [] : new[] { follow.Read }]);
            var needs = labels.Read(read[1]);

            ListingChange<T> change;
            if (target.Id is { } id)
            {
                var before = stored!.Read(read[0]) ?? throw new NotFoundException("input.id", $"No {kind.Name} with id '{id}'.");
                var owners = kind.Organisations(before);
                ListingRules.CheckOwner(caller, id, [.. owners.Select(o => o.Id)], target.OrganisationId);
                var version = ListingRules.NextVersion(id, kind.Version(before), target.Version!.Value);
                change = new ListingChange<T>(id, version, owners.First(o => o.Id == target.OrganisationId), before, needs);
            }
            else
            {
                var owner = organisation.Read(read[0]) ?? throw new NotFoundException("input.organisationId", $"No organisation with id '{target.OrganisationId}'.");
                change = new ListingChange<T>(ListingRules.NewId(kind.IdKind, clock.GetUtcNow()), 1, owner, null, needs);
            }

            var (write, after) = decide(change);
            var now = clock.GetUtcNow();
            var summary = change.Before is null ? $"created at version {change.Version}" : $"changed to version {change.Version}";
            var audit = AuditEntry.For(caller, now, kind.AuditAction, change.Id, summary, ListingWrites.Json(change.Before), ListingWrites.Json(after));
            return await ListingWrites.CommitAndReadAsync(transaction, kind, change.Id, [write, .. follow?.Writes(read[2], change, after, now) ?? []], audit);
        }, cancellationToken);

    /// <summary>What a listing's change reads beside its lock (after it), and the writes that follow from the change, e.g. the messages it sends.</summary>
    private sealed record Follow<T>(CypherStatement Read, Func<CypherResult, ListingChange<T>, T, DateTimeOffset, IEnumerable<CypherStatement>> Writes)
        where T : class;

    /// <summary>
    /// Session times are the placement's weekly schedule (a referral has no times of its own), so a change to the schedule
    /// is a change to the times of everyone going there now: each is told the new times and their next session, on their own channels.
    /// </summary>
    private static IEnumerable<CypherStatement> SessionsChanged(PlacementListing? before, PlacementListing after, IReadOnlyList<PersonContact> attendees, DateTimeOffset now)
    {
        if (before is null || before.Sessions.Order(StringComparer.Ordinal).SequenceEqual(after.Sessions.Order(StringComparer.Ordinal)))
        {
            return [];
        }

        var schedule = SessionSchedule.Parse(after.Sessions, "sessions");
        var notice = PersonNotices.SessionsChanged(after.Title, after.Organisation.Name, after.Address, after.Contact, schedule.Sessions, schedule.NextStart(now));
        return [.. attendees.SelectMany(a => a.Channels()).Select(c => OutboxWrites.Enqueue(c.Channel, c.Recipient, notice, now))];
    }

    /// <summary>A partner imports into its own organisation only; an admin names the organisation.</summary>
    private static string OrganisationOf(ImportRequest request, Grant grant) => grant.Reach switch
    {
        Reach.Everything => request.OrganisationId ?? throw new InvalidInputException("input.organisationId", "An admin names the organisation to import into."),
        _ when request.OrganisationId is null || grant.Covers(request.OrganisationId) => grant.OrganisationId,
        _ => throw new ForbiddenException("A partner may import only its own organisation's services."),
    };
}
