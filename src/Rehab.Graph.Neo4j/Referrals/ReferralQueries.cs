using System.Globalization;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Referrals;

/// <summary>
/// Reads of referrals, each scoped in the statement: an offender manager's reach the people they
/// supervise, a partner's its own organisation, and a partner never gets a person's id or full record.
/// </summary>
public static class ReferralQueries
{
    /// <summary>One referral, for the person's offender manager, the organisation referred to, or the partner organisation coordinating the Immediate Justice case it was booked for.</summary>
    public static CypherQuery<ReferralRecord?> ById(string id, string? practitionerId, string? organisationId, string? coordinatorOrganisationId = null) => new(
        Statement("referral-by-id", new() { ["id"] = id, ["practitionerId"] = practitionerId, ["organisationId"] = organisationId, ["coordinatorOrganisationId"] = coordinatorOrganisationId }),
        result => result.Rows.Count == 0 ? null : result.Single<ReferralRow>("row").ToRecord());

    public static CypherQuery<bool> Exists(string id) => new(Statement("referral-exists", new() { ["id"] = id }), result => result.Rows.Count > 0);

    /// <summary>The referrals of the people a practitioner supervises, or of some of them; with <paramref name="openOnly"/>, only those still open.</summary>
    public static CypherQuery<Page<ReferralRecord>> ForPractitioner(string practitionerId, ReferralStatus? status, IReadOnlyList<string>? personIds, PageRequest page, bool openOnly = false)
    {
        var parameters = Paging(page, status, openOnly);
        parameters["practitionerId"] = practitionerId;
        parameters["personIds"] = personIds;
        return Paged(Statement("referrals-for-practitioner", parameters), page);
    }

    public static CypherQuery<Page<ReferralRecord>> ForOrganisation(string organisationId, ReferralStatus? status, PageRequest page, bool openOnly = false)
    {
        var parameters = Paging(page, status, openOnly);
        parameters["organisationId"] = organisationId;
        return Paged(Statement("referrals-for-organisation", parameters), page);
    }

    /// <summary>A person's own referrals, newest first, for the person themselves.</summary>
    public static CypherQuery<IReadOnlyList<OwnReferral>> Own(string personId) => new(
        Statement("own-referrals", new() { ["personId"] = personId }),
        result => [.. result.Single<IReadOnlyList<OwnReferralRow>>("referrals").Select(r => r.ToOwn())]);

    internal static CypherStatement Statement(string name, Dictionary<string, object?> parameters)
    {
        parameters["placementFlags"] = ReferralDisclosure.FlagsFor(ReferralTargetKind.Placement);
        parameters["serviceFlags"] = ReferralDisclosure.FlagsFor(ReferralTargetKind.Service);
        return CypherStatement.From($"Referrals/{name}.cypher", parameters);
    }

    internal static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumCodes.ToCode(value);

    private static Dictionary<string, object?> Paging(PageRequest page, ReferralStatus? status, bool openOnly) => new()
    {
        ["status"] = status is { } s ? Code(s) : null,
        ["openOnly"] = openOnly,
        ["skip"] = page.Offset,
        ["end"] = (long)page.Offset + page.First,
    };

    private static CypherQuery<Page<ReferralRecord>> Paged(CypherStatement statement, PageRequest page) => new(
        statement,
        result => new Page<ReferralRecord>(
            [.. result.Single<IReadOnlyList<ReferralRow>>("page").Select(r => r.ToRecord())],
            result.Single<int>("totalCount"),
            page.Offset));

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed record ReferralRow(
        string Id, string Status, string TargetKind, string TargetId, string OrganisationId, string? PersonId, string PersonDisplayName,
        IReadOnlyList<string> RiskFlags, IReadOnlyList<NeedRef> Needs, string? Note, int? HoursOrdered, double HoursDone,
        int SessionsAttended, int SessionsMissed, string? Outcome, string? Reason, string CreatedAt, string UpdatedAt,
        IReadOnlyList<EventRow> History, string? AcceptedAt, IReadOnlyList<string> PlacementSessions, Contact? Referrer = null)
    {
        public ReferralRecord ToRecord() => new(
            Id, EnumCodes.Parse<ReferralStatus>(Status), EnumCodes.Parse<ReferralTargetKind>(TargetKind), TargetId, OrganisationId, PersonId,
            PersonDisplayName, RiskFlags, [.. Needs.OrderBy(n => n.Code, StringComparer.Ordinal)], Note, HoursOrdered, HoursDone,
            SessionsAttended, SessionsMissed, Outcome, Reason, Time(CreatedAt), Time(UpdatedAt),
            [.. History.Select(e => e.ToEvent()).OrderBy(e => e.At)], AcceptedAt is null ? null : Time(AcceptedAt), PlacementSessions,
            Contact.From(Referrer?.Name, Referrer?.Email, Referrer?.Phone, Referrer?.Url));
    }

    private sealed record OwnReferralRow(
        string Id, string Status, string TargetKind, string TargetId, string OrganisationId, string CreatedAt, string? AcceptedAt, int? HoursOrdered, double HoursDone,
        int SessionsAttended, int SessionsMissed, IReadOnlyList<string> PlacementSessions)
    {
        public OwnReferral ToOwn() => new(
            Id, EnumCodes.Parse<ReferralStatus>(Status), EnumCodes.Parse<ReferralTargetKind>(TargetKind), TargetId, OrganisationId, Time(CreatedAt),
            AcceptedAt is null ? null : Time(AcceptedAt), HoursOrdered, HoursDone, SessionsAttended, SessionsMissed, PlacementSessions);
    }

    private sealed record EventRow(
        string At, string Action, string Status, string ActorRole, string? ActorId, double? Hours, bool? Attended, string? SessionDate, string? Note, string? CorrectionReason)
    {
        public ReferralEvent ToEvent() => new(
            Time(At), Action, EnumCodes.Parse<ReferralStatus>(Status), ActorRole, ActorId, Hours, Attended,
            SessionDate is null ? null : DateOnly.ParseExact(SessionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), Note, CorrectionReason);
    }
}
