using System.Globalization;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.ImmediateJustice;

/// <summary>A case as locked for a step: the case, and where its person lives and how to reach them.</summary>
public sealed record LockedCase(ImmediateJusticeCase Case, GeoPoint Home, ContactDetails Contact);

/// <summary>A case a referral was booked for, with what the messages at the booking's end need.</summary>
public sealed record BookedCase(
    string CaseId, double Hours, DateTimeOffset ReferredAt, string ReferrerEmail, string ReferrerName, string PersonDisplayName, ContactDetails Contact,
    string PlacementTitle, string OrganisationName);

/// <summary>
/// The statements of the Immediate Justice route. A coordinator is an offender manager (by practitioner) or a partner
/// organisation (by organisation); reads and locks match only a case it may see.
/// </summary>
public static class ImmediateJusticeCases
{
    /// <summary>One case, for <paramref name="coordinator"/> when it is theirs or unassigned, or for the organisation that referred it.</summary>
    public static CypherQuery<ImmediateJusticeCase?> ById(string caseId, CaseCoordinator? coordinator, string? referrerOrganisationId) => new(
        Statement("case-by-id", Scope(new() { ["id"] = caseId, ["organisationId"] = referrerOrganisationId }, coordinator)),
        result => result.Rows.Count == 0 ? null : result.Single<CaseRow>("row").ToCase());

    /// <summary>An organisation's referred cases, or a coordinator's queue (unassigned and their own), oldest first.</summary>
    public static CypherQuery<IReadOnlyList<ImmediateJusticeCase>> Cases(CaseCoordinator? coordinator, string? referrerOrganisationId) => new(
        Statement("cases", Scope(new() { ["organisationId"] = referrerOrganisationId }, coordinator)),
        result => [.. result.Single<IReadOnlyList<CaseRow>>("cases").Select(r => r.ToCase())]);

    public static CypherQuery<bool> Exists(string caseId) => new(Statement("case-exists", new() { ["id"] = caseId }), result => result.Rows.Count > 0);

    /// <summary>Whether the hub knows the coordinator: the practitioner or organisation its token names.</summary>
    public static CypherQuery<bool> CoordinatorKnown(CaseCoordinator coordinator) => new(
        Statement("coordinator-known", Scope([], coordinator)), result => result.Single<bool>("known"));

    /// <summary>The case locked for the rest of the transaction, if the coordinator may see it (theirs, or unassigned).</summary>
    public static CypherQuery<LockedCase?> Lock(string caseId, CaseCoordinator coordinator) => new(
        Statement("lock-case", Scope(new() { ["id"] = caseId }, coordinator)) with { ReadsUnderLock = true },
        result => result.Rows.Count == 0 ? null : result.Single<CaseContactRow>("row").ToLocked(result.Single<CaseRow>("row").ToCase()));

    /// <summary>A new case and its person, referred by <paramref name="organisationId"/>; no row when the hub does not know that organisation.</summary>
    public static CypherQuery<bool> Create(string caseId, string personId, string organisationId, NewCase request, DateTimeOffset at) => new(
        Statement("create-case", new()
        {
            ["id"] = caseId,
            ["organisationId"] = organisationId,
            ["personId"] = personId,
            ["displayName"] = request.DisplayName,
            ["gender"] = EnumCodes.ToCode(request.Gender),
            ["birthYear"] = request.BirthYear,
            ["homeLat"] = request.Home.Latitude,
            ["homeLon"] = request.Home.Longitude,
            ["languages"] = request.Languages,
            ["email"] = request.Contact.Email,
            ["phone"] = request.Contact.Phone,
            ["postalAddress"] = request.Contact.PostalAddress,
            ["referrerEmail"] = request.ReferrerEmail,
            ["offenceSummary"] = request.OffenceSummary,
            ["hours"] = request.Hours,
            ["referredAt"] = AuditTrail.Timestamp(at),
        }),
        result => result.Rows.Count > 0);

    public static CypherStatement Take(string caseId, CaseCoordinator coordinator) => coordinator.PractitionerId is { } practitionerId
        ? Statement("take-case", new() { ["id"] = caseId, ["practitionerId"] = practitionerId })
        : Statement("take-case-for-organisation", new() { ["id"] = caseId, ["organisationId"] = coordinator.OrganisationId });

    /// <summary>Sets the case's status and step times; with a risk level, the person's risk of harm and flags too.</summary>
    public static CypherStatement Update(string caseId, CaseStatus? status, IReadOnlyDictionary<string, DateTimeOffset> times, IReadOnlyDictionary<string, string?> notes, RiskLevel? riskOfHarm = null, IReadOnlyList<string>? riskFlags = null)
    {
        var changes = new Dictionary<string, object?>();
        if (status is { } s)
        {
            changes["status"] = EnumCodes.ToCode(s);
        }

        foreach (var (name, at) in times)
        {
            changes[name] = AuditTrail.Timestamp(at);
        }

        foreach (var (name, note) in notes)
        {
            changes[name] = note;
        }

        return Statement("update-case", new() { ["id"] = caseId, ["changes"] = changes, ["riskOfHarm"] = riskOfHarm is { } r ? EnumCodes.ToCode(r) : null, ["riskFlags"] = riskFlags });
    }

    public static CypherStatement Book(string caseId, string referralId, DateTimeOffset bookedAt, DateTimeOffset? firstSessionAt) => Statement("book-case", new()
    {
        ["id"] = caseId,
        ["referralId"] = referralId,
        ["changes"] = new Dictionary<string, object?>
        {
            ["status"] = EnumCodes.ToCode(CaseStatus.Booked),
            ["bookedAt"] = AuditTrail.Timestamp(bookedAt),
            ["firstSessionAt"] = firstSessionAt is { } s ? AuditTrail.Timestamp(s) : null,
        },
    });

    /// <summary>The case a referral was booked for; null for a referral booked for none.</summary>
    public static CypherQuery<BookedCase?> OfReferral(string referralId) => new(
        Statement("case-of-referral", new() { ["referralId"] = referralId }),
        result => result.Rows.Count == 0 ? null : result.Single<BookedCaseRow>("row").ToBookedCase());

    public static CypherStatement Complete(CompletionCertificate certificate) => Statement("complete-case", new()
    {
        ["caseId"] = certificate.CaseId,
        ["code"] = certificate.Code,
        ["completedAt"] = AuditTrail.Timestamp(certificate.CompletedAt),
        ["personDisplayName"] = certificate.PersonDisplayName,
        ["placementTitle"] = certificate.PlacementTitle,
        ["organisationName"] = certificate.OrganisationName,
        ["hours"] = certificate.Hours,
        ["referrerOrganisationName"] = certificate.ReferrerOrganisationName,
    });

    /// <summary>Gives the case back to be booked again: the booking is taken away and the case is assessed once more.</summary>
    public static CypherStatement Release(string caseId, string referralId) => Statement("release-booking", new()
    {
        ["id"] = caseId,
        ["referralId"] = referralId,
        ["status"] = EnumCodes.ToCode(CaseStatus.Assessed),
    });

    /// <summary>A coordinator as the statements take one: an offender manager by practitioner, or a partner by organisation.</summary>
    private static Dictionary<string, object?> Scope(Dictionary<string, object?> parameters, CaseCoordinator? coordinator)
    {
        parameters["practitionerId"] = coordinator?.PractitionerId;
        parameters["coordinatorOrganisationId"] = coordinator?.OrganisationId;
        return parameters;
    }

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"ImmediateJustice/{name}.cypher", parameters);

    private static DateTimeOffset? Time(string? text) => text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed record CaseContactRow(string? Email, string? Phone, string? PostalAddress, double HomeLat, double HomeLon)
    {
        public LockedCase ToLocked(ImmediateJusticeCase @case) => new(@case, new GeoPoint(HomeLat, HomeLon), new ContactDetails(Email, Phone, PostalAddress));
    }

    private sealed record BookedCaseRow(
        string CaseId, double Hours, DateTimeOffset ReferredAt, string ReferrerEmail, string ReferrerName, string PersonDisplayName, string? Email, string? Phone, string? PostalAddress,
        string PlacementTitle, string OrganisationName)
    {
        public BookedCase ToBookedCase() => new(
            CaseId, Hours, ReferredAt, ReferrerEmail, ReferrerName, PersonDisplayName, new ContactDetails(Email, Phone, PostalAddress), PlacementTitle, OrganisationName);
    }

    private sealed record CaseRow(
        string Id, string Status, string ReferrerOrganisationId, string ReferrerEmail, string PersonId, string PersonDisplayName, string OffenceSummary,
        int Hours, string ReferredAt, string? CoordinatorId, string? ContactedAt, string? AssessedAt, string? BriefedAt, string? FirstSessionAt,
        string? ReferralId, double HoursDone, int SessionsMissed, string? CertificateCode, string? CompletedAt,
        string? PersonEmail = null, string? PersonPhone = null, string? PersonPostalAddress = null, Contact? Referrer = null)
    {
        public ImmediateJusticeCase ToCase() => new(
            Id, EnumCodes.Parse<CaseStatus>(Status), ReferrerOrganisationId, ReferrerEmail, PersonId, PersonDisplayName, OffenceSummary, Hours,
            Time(ReferredAt)!.Value, CoordinatorId, Time(ContactedAt), Time(AssessedAt), Time(BriefedAt), Time(FirstSessionAt), ReferralId, HoursDone,
            SessionsMissed, CertificateCode, Time(CompletedAt), new ContactDetails(PersonEmail, PersonPhone, PersonPostalAddress), Referrer);
    }
}
