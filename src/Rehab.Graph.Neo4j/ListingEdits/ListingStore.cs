using System.Text.Json;
using System.Text.Json.Serialization;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Neo4j.ListingEdits;

/// <summary>
/// Partners' writes to their listings, each one Neo4j transaction of two round trips, like the referral writes:
/// the first locks the stored listing and reads it after the lock (for a new one, reads its organisation), the
/// domain decides, and the second writes, records the audit entry, reads the listing back and commits. So
/// changes to one listing run one after the other, each later one meets the version the earlier one wrote, and
/// a failure leaves nothing written.
/// </summary>
/// <remarks>
/// The audit entry goes in the same round trip as the write, before the read-back exists, so its picture of
/// the listing after the change is made here from the very row the write stores, mapped as a read maps it.
/// </remarks>
public sealed class ListingStore(CypherClient cypher, TimeProvider clock)
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    private static readonly ListingKind<ServiceListing> Services = new(
        "service", Ids.Service, AuditActions.ServiceUpserted, "lock-service", ListingQueries.ServicesById,
        result => Locked<ServiceRow>(result)?.ToListing(), s => [s.Organisation], s => s.Version);

    private static readonly ListingKind<PlacementListing> Placements = new(
        "placement", Ids.Placement, AuditActions.PlacementUpserted, "lock-placement", ListingQueries.PlacementsById,
        result => Locked<PlacementRow>(result)?.ToListing(), p => [p.Organisation], p => p.Version);

    private static readonly ListingKind<MentorListing> Mentors = new(
        "mentor", Ids.Mentor, AuditActions.MentorUpserted, "lock-mentor", ListingQueries.MentorsById,
        result => Locked<MentorRow>(result)?.ToListing(), m => m.Organisations, m => m.Version);

    public Task<ServiceListing> UpsertServiceAsync(ServiceEdit edit, Caller caller, CancellationToken cancellationToken) =>
        UpsertAsync(Services, edit.Target, caller, edit.Needs, change =>
        {
            var status = change.Before?.Status ?? ServiceStatus.Active;
            var node = new ServiceNode(
                change.Id, edit.Name, edit.Description, edit.Online, edit.Location?.Latitude, edit.Location?.Longitude, edit.WomenOnly, edit.MinAge,
                edit.MaxAge, edit.Languages, edit.UnsuitableFor, edit.Capacity, edit.WaitingDays, edit.OpeningTimes, edit.ReferralRoute,
                EnumCodes.ToCode(status), change.Version, edit.Address?.Lines, edit.Address?.Town, edit.Address?.Postcode,
                edit.Contact?.Name, edit.Contact?.Email, edit.Contact?.Phone, edit.Contact?.Url);
            var write = Statement("upsert-service", new Dictionary<string, object?>
            {
                ["id"] = node.Id,
                ["organisationId"] = change.Organisation.Id,
                ["name"] = node.Name,
                ["description"] = node.Description,
                ["online"] = node.Online,
                ["lat"] = node.Lat,
                ["lon"] = node.Lon,
                ["womenOnly"] = node.WomenOnly,
                ["minAge"] = node.MinAge,
                ["maxAge"] = node.MaxAge,
                ["languages"] = node.Languages,
                ["unsuitableFor"] = node.UnsuitableFor,
                ["capacity"] = node.Capacity,
                ["waitingDays"] = node.WaitingDays,
                ["openingTimes"] = node.OpeningTimes,
                ["referralRoute"] = node.ReferralRoute,
                ["status"] = node.Status,
                ["version"] = node.Version,
                ["needs"] = edit.Needs,
            }.With(edit.Address, edit.Contact));
            return (write, new ServiceRow(node, OrganisationNode.Of(change.Organisation), change.Needs, null).ToListing());
        }, cancellationToken);

    public Task<PlacementListing> UpsertPlacementAsync(PlacementEdit edit, Caller caller, CancellationToken cancellationToken) =>
        UpsertAsync(Placements, edit.Target, caller, [], change =>
        {
            var filled = change.Before?.Filled ?? 0;
            ListingRules.CheckCapacity(edit.Capacity, filled, filled == 1 ? "place already filled" : "places already filled");
            var node = new PlacementNode(
                change.Id, edit.Title, edit.Kind, edit.Description, edit.Location.Latitude, edit.Location.Longitude, edit.Capacity, filled,
                edit.WomenOnly, edit.ChildFacing, edit.UnsuitableFor, EnumCodes.ToCode(edit.MaxRiskOfHarm), edit.Sessions, edit.Supervisor, change.Version,
                edit.Address?.Lines, edit.Address?.Town, edit.Address?.Postcode, edit.Contact?.Name, edit.Contact?.Email, edit.Contact?.Phone, edit.Contact?.Url,
                edit.MeetingPoint);
            var write = Statement("upsert-placement", new Dictionary<string, object?>
            {
                ["id"] = node.Id,
                ["organisationId"] = change.Organisation.Id,
                ["title"] = node.Title,
                ["kind"] = node.Kind,
                ["description"] = node.Description,
                ["lat"] = node.Lat,
                ["lon"] = node.Lon,
                ["capacity"] = node.Capacity,
                ["womenOnly"] = node.WomenOnly,
                ["childFacing"] = node.ChildFacing,
                ["unsuitableFor"] = node.UnsuitableFor,
                ["maxRiskOfHarm"] = node.MaxRiskOfHarm,
                ["sessions"] = node.Sessions,
                ["supervisor"] = node.Supervisor,
                ["meetingPoint"] = node.MeetingPoint,
                ["version"] = node.Version,
                ["skills"] = edit.Skills,
            }.With(edit.Address, edit.Contact));
            return (write, new PlacementRow(node, OrganisationNode.Of(change.Organisation), edit.Skills, null).ToListing());
        }, cancellationToken);

    public Task<MentorListing> UpsertMentorAsync(MentorEdit edit, Caller caller, CancellationToken cancellationToken) =>
        UpsertAsync(Mentors, edit.Target, caller, edit.LivedExperience, change =>
        {
            var mentees = change.Before?.Mentees ?? 0;
            ListingRules.CheckCapacity(edit.Capacity, mentees, mentees == 1 ? "person they already mentor" : "people they already mentor");
            var node = new MentorNode(
                change.Id, edit.DisplayName, EnumCodes.ToCode(edit.Gender), edit.Languages, edit.Capacity, edit.Location.Latitude, edit.Location.Longitude,
                edit.Bio, change.Version);
            var write = Statement("upsert-mentor", new()
            {
                ["id"] = node.Id,
                ["organisationId"] = change.Organisation.Id,
                ["displayName"] = node.DisplayName,
                ["gender"] = node.Gender,
                ["languages"] = node.Languages,
                ["capacity"] = node.Capacity,
                ["lat"] = node.Lat,
                ["lon"] = node.Lon,
                ["bio"] = node.Bio,
                ["version"] = node.Version,
                ["livedExperience"] = edit.LivedExperience,
            });
            return (write, new MentorRow(node, change.Needs, mentees, [.. (change.Before?.Organisations ?? [change.Organisation]).Select(OrganisationNode.Of)], null).ToListing());
        }, cancellationToken);

    public Task<ServiceListing> SetServiceStatusAsync(ServiceStatusEdit edit, Caller caller, CancellationToken cancellationToken) =>
        cypher.InTransactionAsync(async transaction =>
        {
            var read = await transaction.RunAsync(Statement(Services.LockStatement, new() { ["id"] = edit.ServiceId }));
            var before = Services.ReadLocked(read[0]) ?? throw new NotFoundException("input.serviceId", $"No service with id '{edit.ServiceId}'.");
            ListingRules.CheckOwner(caller, edit.ServiceId, [before.Organisation.Id], organisationId: null);
            var after = before with { Status = edit.Status, Version = ListingRules.NextVersion(edit.ServiceId, before.Version, edit.Version) };
            var write = Statement("set-service-status", new()
            {
                ["id"] = edit.ServiceId,
                ["status"] = EnumCodes.ToCode(after.Status),
                ["version"] = after.Version,
            });
            var summary = $"{EnumCodes.ToCode(before.Status)} -> {EnumCodes.ToCode(after.Status)}, version {after.Version}";
            return await CommitAsync(transaction, Services, edit.ServiceId, caller, AuditActions.ServiceStatusSet, summary, before, after, write);
        }, cancellationToken);

    private Task<T> UpsertAsync<T>(
        ListingKind<T> kind, ListingTarget target, Caller caller, IReadOnlyList<string> needCodes, Func<Change<T>, (CypherStatement Write, T After)> decide,
        CancellationToken cancellationToken)
        where T : class =>
        cypher.InTransactionAsync(async transaction =>
        {
            var first = target.Id is { } stored
                ? Statement(kind.LockStatement, new() { ["id"] = stored })
                : ListingQueries.OrganisationsById.Statement([target.OrganisationId]);
            var read = await transaction.RunAsync(first, Statement("need-labels", new() { ["codes"] = needCodes }));
            var needs = read[1].Read<NeedRef>("row").OrderBy(n => n.Code, StringComparer.Ordinal).ToList();

            Change<T> change;
            if (target.Id is { } id)
            {
                var before = kind.ReadLocked(read[0]) ?? throw new NotFoundException("input.id", $"No {kind.Name} with id '{id}'.");
                var owners = kind.Organisations(before);
                ListingRules.CheckOwner(caller, id, [.. owners.Select(o => o.Id)], target.OrganisationId);
                var version = ListingRules.NextVersion(id, kind.Version(before), target.Version!.Value);
                change = new Change<T>(id, version, owners.First(o => o.Id == target.OrganisationId), before, needs);
            }
            else
            {
                var organisation = ListingQueries.OrganisationsById.Read(read[0], [target.OrganisationId]).GetValueOrDefault(target.OrganisationId)
                    ?? throw new NotFoundException("input.organisationId", $"No organisation with id '{target.OrganisationId}'.");
                change = new Change<T>(ListingRules.NewId(kind.IdKind, clock.GetUtcNow()), 1, organisation, null, needs);
            }

            var (write, after) = decide(change);
            var summary = change.Before is null ? $"created at version {change.Version}" : $"changed to version {change.Version}";
            return await CommitAsync(transaction, kind, change.Id, caller, kind.AuditAction, summary, change.Before, after, write);
        }, cancellationToken);

    /// <summary>Writes, records the audit entry and reads the listing back, in the commit's round trip.</summary>
    private async Task<T> CommitAsync<T>(
        CypherTransaction transaction, ListingKind<T> kind, string id, Caller caller, string action, string summary, T? before, T after, CypherStatement write)
        where T : class
    {
        var entry = AuditEntry.For(caller, clock.GetUtcNow(), action, id, summary, Json(before), Json(after));
        var results = await transaction.CommitAsync(write, AuditTrail.Record(entry), kind.ById.Statement([id]));
        return kind.ById.Read(results[2], [id]).GetValueOrDefault(id)
            ?? throw new InvalidOperationException($"The {kind.Name} '{id}' was written but cannot be read back.");
    }

    internal static string? Json<T>(T? listing)
        where T : class => listing is null ? null : JsonSerializer.Serialize(listing, AuditJson);

    private static TRow? Locked<TRow>(CypherResult result)
        where TRow : class => result.Rows.Count == 0 ? null : result.Single<TRow>("row");

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"ListingEdits/{name}.cypher", parameters);

    /// <summary>What a change is made to: the listing's id and next version, the organisation it is listed under, and the labels of its need codes.</summary>
    private sealed record Change<T>(string Id, int Version, OrganisationListing Organisation, T? Before, IReadOnlyList<NeedRef> Needs)
        where T : class;

    /// <summary>How the store reaches one kind of listing.</summary>
    private sealed record ListingKind<T>(
        string Name,
        string IdKind,
        string AuditAction,
        string LockStatement,
        KeyedQuery<string, T> ById,
        Func<CypherResult, T?> ReadLocked,
        Func<T, IReadOnlyList<OrganisationListing>> Organisations,
        Func<T, int> Version)
        where T : class;
}
