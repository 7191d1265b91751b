using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Listings;

// A partner's changes to its own listings. A draft is what the caller sent; an edit is a draft that passed
// every check that needs no graph. An upsert replaces the whole listing, so an optional field left out is
// cleared or takes its default: clients send back what they read, changed. Code lists are sets, kept sorted.

/// <summary>Which listing an edit writes: a new one (no id yet), or a stored one at the version the caller last read.</summary>
public sealed record ListingTarget(string? Id, int? Version, string OrganisationId);

public sealed record ServiceDraft(
    string? Id, int? Version, string? OrganisationId, string? Name, string? Description, IReadOnlyList<string>? Needs, bool? Online,
    GeoPoint? Location, bool? WomenOnly, int? MinAge, int? MaxAge, IReadOnlyList<string>? Languages, IReadOnlyList<string>? UnsuitableFor,
    int? Capacity, int? WaitingDays, string? OpeningTimes, string? ReferralRoute, Address? Address = null, Contact? Contact = null,
    IReadOnlyList<string>? ByAndFor = null);

/// <summary>An online service has no <see cref="Location"/>: the directory shows it at its organisation's address.</summary>
public sealed record ServiceEdit(
    ListingTarget Target, string Name, string? Description, IReadOnlyList<string> Needs, bool Online, GeoPoint? Location, bool WomenOnly,
    int? MinAge, int? MaxAge, IReadOnlyList<string> Languages, IReadOnlyList<string> UnsuitableFor, int? Capacity, int? WaitingDays,
    string? OpeningTimes, string? ReferralRoute, Address? Address = null, Contact? Contact = null, IReadOnlyList<string>? ByAndFor = null);

public sealed record PlacementDraft(
    string? Id, int? Version, string? OrganisationId, string? Title, string? Kind, string? Description, GeoPoint? Location, int? Capacity,
    bool? WomenOnly, bool? ChildFacing, IReadOnlyList<string>? UnsuitableFor, RiskLevel? MaxRiskOfHarm, IReadOnlyList<string>? Sessions,
    string? Supervisor, IReadOnlyList<string>? Skills, Address? Address = null, Contact? Contact = null, string? MeetingPoint = null);

/// <summary>Sessions are in their canonical form ("Thu 09:30-15:30"); how many places are filled is the referrals' business.</summary>
public sealed record PlacementEdit(
    ListingTarget Target, string Title, string Kind, string? Description, GeoPoint Location, int Capacity, bool WomenOnly, bool ChildFacing,
    IReadOnlyList<string> UnsuitableFor, RiskLevel MaxRiskOfHarm, IReadOnlyList<string> Sessions, string? Supervisor, IReadOnlyList<string> Skills,
    Address? Address = null, Contact? Contact = null, string? MeetingPoint = null);

public sealed record MentorDraft(
    string? Id, int? Version, string? OrganisationId, string? DisplayName, Gender? Gender, IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? LivedExperience, int? Capacity, GeoPoint? Location, string? Bio);

public sealed record MentorEdit(
    ListingTarget Target, string DisplayName, Gender Gender, IReadOnlyList<string> Languages, IReadOnlyList<string> LivedExperience,
    int Capacity, GeoPoint Location, string? Bio);

public sealed record ServiceStatusEdit(string ServiceId, ServiceStatus Status, int Version);

/// <summary>
/// The rules for changing listings. Partners manage their own organisation's listings; admins manage any
/// organisation's, for support. Every stored listing has a version, and a change names the version it was
/// made to: a change to an older one is refused (CONFLICT), so no one overwrites a change they have not seen.
/// </summary>
public static class ListingRules
{
    public const int MaxNameLength = 200;
    public const int MaxDisplayNameLength = 100;
    public const int MaxDescriptionLength = 2000;
    public const int MaxShortTextLength = 200;
    public const int MaxCapacity = 10_000;
    public const int MaxMentees = 20;
    public const int MaxAge = 120;
    public const int MaxWaitingDays = 365;
    public const int MaxSessions = 14;
    public const int MaxLanguages = 20;

    /// <summary>Whether <paramref name="caller"/> may change the listings of <paramref name="organisationId"/>.</summary>
    public static bool MayManage(Caller caller, string organisationId) => caller.MayReach(AccessPolicy.UpsertService, organisationId);

    /// <summary>
    /// Whether a directory search lists an organisation's CLOSED services too: only when asked, for one organisation, by
    /// those who may reopen them (its own partners, admins). A closed service is gone from the public directory, so anyone
    /// else asking is refused rather than quietly given the public list.
    /// </summary>
    public static bool MaySeeClosed(bool? includeClosed, string? organisationId, Caller caller)
    {
        if (includeClosed != true)
        {
            return false;
        }

        if (organisationId is null)
        {
            throw new InvalidInputException("where.includeClosed", "'where.includeClosed' lists one organisation's closed services: give 'where.organisationId' too.");
        }

        return caller.Require(AccessPolicy.ClosedServices).Covers(organisationId)
            ? true
            : throw new ForbiddenException($"Only '{organisationId}' itself (and admins) may list its closed services.");
    }

    public static ServiceEdit Service(ServiceDraft draft, Caller caller)
    {
        var target = Target(draft.Id, draft.Version, draft.OrganisationId, Ids.Service, caller, AccessPolicy.UpsertService);
        var name = RequiredText(draft.Name, "input.name", MaxNameLength);
        var description = OptionalText(draft.Description, "input.description", MaxDescriptionLength);
        var needs = NeedCodes.Validate(draft.Needs, "input.needs");
        if (needs.Count == 0)
        {
            throw new InvalidInputException("input.needs", "'input.needs' must name at least one need the service addresses.");
        }

        var online = draft.Online ?? false;
        var location = (draft.Location, online) switch
        {
            (null, false) => throw new InvalidInputException("input.location", "'input.location' is required for a service that is not online."),
            (not null, true) => throw new InvalidInputException("input.location", "An online service has no place: leave out 'input.location' (the directory shows it at its organisation's address)."),
            ({ } point, false) => Location(point, "input.location"),
            _ => (GeoPoint?)null,
        };
        var (minAge, maxAge) = Ages(draft.MinAge, draft.MaxAge);
        return new ServiceEdit(
            target,
            name,
            description,
            Sorted(needs),
            online,
            location,
            draft.WomenOnly ?? false,
            minAge,
            maxAge,
            Languages(draft.Languages),
            Sorted(RiskFlags.Validate(draft.UnsuitableFor, "input.unsuitableFor")),
            Range(draft.Capacity, 0, MaxCapacity, "input.capacity"),
            Range(draft.WaitingDays, 0, MaxWaitingDays, "input.waitingDays"),
            OptionalText(draft.OpeningTimes, "input.openingTimes", MaxShortTextLength),
            ListingKinds.Validate(OptionalText(draft.ReferralRoute, "input.referralRoute", MaxShortTextLength), ListingKinds.ReferralRoute, "input.referralRoute"),
            ContactRules.Address(draft.Address, "input.address"),
            ContactRules.Contact(draft.Contact, "input.contact"),
            CommunityCodes.Validate(draft.ByAndFor, "input.byAndFor"));
    }

    /// <remarks>A capacity of 0 is allowed: a full placement is never offered, which is how a partner stops taking people for a while.</remarks>
    public static PlacementEdit Placement(PlacementDraft draft, Caller caller)
    {
        var target = Target(draft.Id, draft.Version, draft.OrganisationId, Ids.Placement, caller, AccessPolicy.UpsertPlacement);
        var title = RequiredText(draft.Title, "input.title", MaxNameLength);
        var kind = ListingKinds.Validate(draft.Kind ?? throw Missing("input.kind"), ListingKinds.Placement, "input.kind")!;
        var description = OptionalText(draft.Description, "input.description", MaxDescriptionLength);
        var location = Location(draft.Location ?? throw Missing("input.location"), "input.location");
        var capacity = Range(draft.Capacity ?? throw Missing("input.capacity"), 0, MaxCapacity, "input.capacity")!.Value;
        return new PlacementEdit(
            target,
            title,
            kind,
            description,
            location,
            capacity,
            draft.WomenOnly ?? false,
            draft.ChildFacing ?? false,
            Sorted(RiskFlags.Validate(draft.UnsuitableFor, "input.unsuitableFor")),
            // Without a stated limit, only people at low risk of harm are offered the placement.
            draft.MaxRiskOfHarm ?? RiskLevel.Low,
            Sessions(draft.Sessions),
            OptionalText(draft.Supervisor, "input.supervisor", MaxShortTextLength),
            Sorted(StrengthCodes.Validate(draft.Skills, "input.skills")),
            ContactRules.Address(draft.Address, "input.address"),
            ContactRules.Contact(draft.Contact, "input.contact"),
            ContactRules.Text(draft.MeetingPoint, "input.meetingPoint", MaxShortTextLength));
    }

    public static MentorEdit Mentor(MentorDraft draft, Caller caller)
    {
        var target = Target(draft.Id, draft.Version, draft.OrganisationId, Ids.Mentor, caller, AccessPolicy.UpsertMentor);
        var displayName = RequiredText(draft.DisplayName, "input.displayName", MaxDisplayNameLength);
        var gender = draft.Gender ?? throw Missing("input.gender");
        var languages = Languages(draft.Languages);
        var livedExperience = Sorted(NeedCodes.Validate(draft.LivedExperience, "input.livedExperience"));
        var capacity = Range(draft.Capacity ?? throw Missing("input.capacity"), 0, MaxMentees, "input.capacity")!.Value;
        var location = Location(draft.Location ?? throw Missing("input.location"), "input.location");
        return new MentorEdit(target, displayName, gender, languages, livedExperience, capacity, location, OptionalText(draft.Bio, "input.bio", MaxDescriptionLength));
    }

    public static ServiceStatusEdit Status(string? serviceId, ServiceStatus? status, int? version, Caller caller)
    {
        caller.Require(AccessPolicy.SetServiceStatus);
        return new ServiceStatusEdit(
            Ids.Require(serviceId, Ids.Service, "input.serviceId"),
            status ?? throw Missing("input.status"),
            ReadVersion(version ?? throw Missing("input.version")));
    }

    /// <summary>
    /// Checks a change to a stored listing against who owns it: <paramref name="owners"/> are the organisations it
    /// belongs to (a mentor may volunteer with several); <paramref name="organisationId"/> is the one the change names, if any.
    /// </summary>
    public static void CheckOwner(Caller caller, string id, IReadOnlyCollection<string> owners, string? organisationId)
    {
        if (!owners.Any(owner => MayManage(caller, owner)))
        {
            throw new ForbiddenException($"'{id}' is not a listing of your organisation.");
        }

        if (organisationId is not null && !owners.Contains(organisationId, StringComparer.Ordinal))
        {
            throw new InvalidInputException("input.organisationId",
                $"'input.organisationId' is '{organisationId}', but '{id}' belongs to {string.Join(", ", owners.Select(o => $"'{o}'"))}: a listing cannot move to another organisation.");
        }
    }

    /// <summary>The version a change to a stored listing writes: the next one, if the change was made to the stored one.</summary>
    public static int NextVersion(string id, int stored, int changed) =>
        stored == changed
            ? stored + 1
            : throw new ConflictException($"'{id}' is at version {stored}, but this change was made to version {changed}: someone changed it since. Read it again and reapply the change.");

    /// <summary>A capacity may not drop below the places or mentees already <paramref name="taken"/>: those are people, not numbers.</summary>
    public static void CheckCapacity(int capacity, int taken, string taker)
    {
        if (capacity < taken)
        {
            throw new InvalidInputException("input.capacity", $"'input.capacity' ({capacity}) is below the {taken} {taker}: it can go down to {taken}, not lower.");
        }
    }

    /// <summary>A new listing's id: its kind, then a time-ordered GUID.</summary>
    public static string NewId(string kind, DateTimeOffset now) => $"{kind}-{Guid.CreateVersion7(now):N}";

    private static ListingTarget Target(string? id, int? version, string? organisationId, string kind, Caller caller, Permission permission)
    {
        var grant = caller.Require(permission);
        var organisation = Ids.Require(organisationId, Ids.Organisation, "input.organisationId");
        if (!grant.Covers(organisation))
        {
            throw new ForbiddenException(caller.OrganisationId is { } own
                ? $"You manage the listings of your own organisation ('{own}') only, not of '{organisation}'."
                : "Your sign-in names no organisation, so you manage no listings.");
        }

        var (validId, validVersion) = VersionedId(id, version, kind, "listing");
        return new ListingTarget(validId, validVersion, organisation);
    }

    /// <summary>
    /// An edit's id and version: neither for a new <paramref name="noun"/>, both for a change to a stored one, the
    /// version being the one the caller read.
    /// </summary>
    public static (string? Id, int? Version) VersionedId(string? id, int? version, string kind, string noun)
    {
        if (id is null)
        {
            return version is null
                ? (null, null)
                : throw new InvalidInputException("input.version", $"'input.version' is for changing a stored {noun}: leave it out when creating one (without 'input.id').");
        }

        var validId = Ids.Require(id, kind, "input.id");
        return (validId, ReadVersion(version ?? throw new InvalidInputException("input.version", $"'input.version' is required with 'input.id': the version of the {noun} you read.")));
    }

    private static int ReadVersion(int version) =>
        version >= 1 ? version : throw new InvalidInputException("input.version", $"'input.version' must be 1 or more (got {version}).");

    private static GeoPoint Location(GeoPoint point, string field) => GeoPoint.Create(point.Latitude, point.Longitude, field);

    private static (int? Min, int? Max) Ages(int? min, int? max)
    {
        var checkedMin = Range(min, 0, MaxAge, "input.minAge");
        var checkedMax = Range(max, 0, MaxAge, "input.maxAge");
        return checkedMin > checkedMax
            ? throw new InvalidInputException("input.maxAge", $"'input.maxAge' ({checkedMax}) is below 'input.minAge' ({checkedMin}).")
            : (checkedMin, checkedMax);
    }

    private static int? Range(int? value, int min, int max, string field) =>
        value is null || (value >= min && value <= max)
            ? value
            : throw new InvalidInputException(field, $"'{field}' must be between {min} and {max} (got {value}).");

    internal static string RequiredText(string? text, string field, int maxLength) =>
        OptionalText(text, field, maxLength) ?? throw Missing(field);

    /// <summary>Surrounding white space is dropped, and blank counts as absent.</summary>
    internal static string? OptionalText(string? text, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new InvalidInputException(field, $"'{field}' must be at most {maxLength} characters (got {trimmed.Length}).");
    }

    private static IReadOnlyList<string> Languages(IReadOnlyList<string>? languages)
    {
        var distinct = (languages ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > MaxLanguages)
        {
            throw new InvalidInputException("input.languages", $"'input.languages' may list at most {MaxLanguages} languages.");
        }

        foreach (var language in distinct)
        {
            ListingKinds.ValidateLanguage(language, "input.languages");
        }

        return Sorted(distinct);
    }

    private static IReadOnlyList<string> Sessions(IReadOnlyList<string>? sessions)
    {
        var given = sessions ?? [];
        if (given.Count > MaxSessions)
        {
            throw new InvalidInputException("input.sessions", $"'input.sessions' may list at most {MaxSessions} weekly sessions.");
        }

        return [.. SessionSchedule.Parse(given.Select(s => s.Trim()), "input.sessions").Sessions.Distinct().Select(s => s.ToString())];
    }

    private static IReadOnlyList<string> Sorted(IEnumerable<string> codes) => [.. codes.Order(StringComparer.Ordinal)];

    private static InvalidInputException Missing(string field) => new(field, $"'{field}' is required.");
}
