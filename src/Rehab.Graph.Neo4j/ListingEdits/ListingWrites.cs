using System.Text.Json;
using System.Text.Json.Serialization;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.People;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Neo4j.ListingEdits;

/// <summary>What a change is made to: the listing's id and the version it writes, the organisation it is listed under, the listing before (null for a new one), and the labels of its need codes.</summary>
public sealed record ListingChange<T>(string Id, int Version, OrganisationListing Organisation, T? Before, IReadOnlyList<NeedRef> Needs)
    where T : class;

/// <summary>How the statements reach one kind of listing: its lock, its read by id, who owns it and its version.</summary>
public sealed record ListingKind<T>(
    string Name,
    string IdKind,
    string AuditAction,
    string LockStatement,
    KeyedQuery<string, T> ById,
    Func<CypherResult, T?> ReadLocked,
    Func<T, IReadOnlyList<OrganisationListing>> Organisations,
    Func<T, int> Version,
    Func<string, CypherStatement> Touch)
    where T : class;

/// <summary>
/// The statements of partners' writes to their listings. A change locks the stored listing and reads it after the lock
/// (for a new one, reads its organisation), so changes to one listing run one after the other and each later one meets
/// the version the earlier one wrote; the write, its audit entry and the read-back then go with the commit.
/// </summary>
/// <remarks>
/// The audit entry goes in the same round trip as the write, before the read-back exists, so its picture of the listing
/// after the change is made here from the very row the write stores, mapped as a read maps it.
/// </remarks>
public static class ListingWrites
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static readonly ListingKind<ServiceListing> Services = new(
        "service", Ids.Service, AuditActions.ServiceUpserted, "lock-service", ListingQueries.ServicesById,
        result => Locked<ServiceRow>(result)?.ToListing(), s => [s.Organisation], s => s.Version, id => DirectoryStatements.Touch(services: [id]));

    public static readonly ListingKind<PlacementListing> Placements = new(
        "placement", Ids.Placement, AuditActions.PlacementUpserted, "lock-placement", ListingQueries.PlacementsById,
        result => Locked<PlacementRow>(result)?.ToListing(), p => [p.Organisation], p => p.Version, id => DirectoryStatements.Touch(placements: [id]));

    public static readonly ListingKind<MentorListing> Mentors = new(
        "mentor", Ids.Mentor, AuditActions.MentorUpserted, "lock-mentor", ListingQueries.MentorsById,
        result => Locked<MentorRow>(result)?.ToListing(), m => m.Organisations, m => m.Version, id => DirectoryStatements.Touch(mentors: [id]));

    /// <summary>The stored listing, locked for the rest of the transaction; null when there is none.</summary>
    public static CypherQuery<T?> Lock<T>(ListingKind<T> kind, string id)
        where T : class => new(Statement(kind.LockStatement, new() { ["id"] = id }) with { ReadsUnderLock = true }, kind.ReadLocked);

    /// <summary>The organisation a new listing is listed under; null when there is none.</summary>
    public static CypherQuery<OrganisationListing?> Organisation(string id) => new(
        ListingQueries.OrganisationsById.Statement([id]), result => ListingQueries.OrganisationsById.Read(result, [id]).GetValueOrDefault(id));

    /// <summary>The labels of need codes, by code; a code the graph lacks gets none.</summary>
    public static CypherQuery<IReadOnlyList<NeedRef>> NeedLabels(IReadOnlyList<string> codes) => new(
        Statement("need-labels", new() { ["codes"] = codes }), result => [.. result.Read<NeedRef>("row").OrderBy(n => n.Code, StringComparer.Ordinal)]);

    public static (CypherStatement Write, ServiceListing After) Service(ServiceEdit edit, ListingChange<ServiceListing> change)
    {
        var status = change.Before?.Status ?? ServiceStatus.Active;
        var node = new ServiceNode(
            change.Id, edit.Name, edit.Description, edit.Online, edit.Location?.Latitude, edit.Location?.Longitude, edit.WomenOnly, edit.MinAge,
            edit.MaxAge, edit.Languages, edit.UnsuitableFor, edit.Capacity, edit.WaitingDays, edit.OpeningTimes, edit.ReferralRoute,
            EnumCodes.ToCode(status), change.Version, edit.Address?.Lines, edit.Address?.Town, edit.Address?.Postcode,
            edit.Contact?.Name, edit.Contact?.Email, edit.Contact?.Phone, edit.Contact?.Url, edit.ByAndFor ?? []);
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
            ["byAndFor"] = node.ByAndFor,
            ["needs"] = edit.Needs,
        }.With(edit.Address, edit.Contact));
        return (write, new ServiceRow(node, OrganisationNode.Of(change.Organisation), change.Needs, null).ToListing());
    }

    /// <param name="filled">The places already filled, which the write keeps.</param>
    public static (CypherStatement Write, PlacementListing After) Placement(PlacementEdit edit, ListingChange<PlacementListing> change, int filled)
    {
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
    }

    /// <param name="mentees">The people they already mentor, whom the write keeps.</param>
    public static (CypherStatement Write, MentorListing After) Mentor(MentorEdit edit, ListingChange<MentorListing> change, int mentees)
    {
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
    }

    public static CypherStatement SetServiceStatus(string id, ServiceStatus status, int version) => Statement("set-service-status", new()
    {
        ["id"] = id,
        ["status"] = EnumCodes.ToCode(status),
        ["version"] = version,
    });

    /// <summary>Commits the write with its audit entry, and reads the listing back in the commit's round trip.</summary>
    public static async Task<T> CommitAndReadAsync<T>(CypherTransaction transaction, ListingKind<T> kind, string id, CypherStatement write, AuditEntry audit)
        where T : class => await CommitAndReadAsync(transaction, kind, id, [write], audit);

    /// <summary>
    /// The change's writes (the listing's, then any that follow from it), its audit entry, the directory's mark and the
    /// listing read back, committed together.
    /// </summary>
    public static async Task<T> CommitAndReadAsync<T>(CypherTransaction transaction, ListingKind<T> kind, string id, IReadOnlyList<CypherStatement> writes, AuditEntry audit)
        where T : class
    {
        var results = await transaction.CommitAsync([.. writes, AuditTrail.Record(audit), kind.Touch(id), kind.ById.Statement([id])]);
        return kind.ById.Read(results[^1], [id]).GetValueOrDefault(id)
            ?? throw new InvalidOperationException($"The {kind.Name} '{id}' was written but cannot be read back.");
    }

    /// <summary>How to reach the people whose referral to the placement is accepted or under way, read under its lock; those without contact details are left out.</summary>
    public static CypherQuery<IReadOnlyList<PersonContact>> Attendees(string placementId) => new(
        Statement("placement-attendees", new Dictionary<string, object?> { ["id"] = placementId }),
        result => result.Read<PersonContact>("contact"));

    /// <summary>A listing as the audit trail keeps it, before and after a change.</summary>
    public static string? Json<T>(T? listing)
        where T : class => listing is null ? null : JsonSerializer.Serialize(listing, AuditJson);

    private static TRow? Locked<TRow>(CypherResult result)
        where TRow : class => result.Rows.Count == 0 ? null : result.Single<TRow>("row");

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"ListingEdits/{name}.cypher", parameters);
}
