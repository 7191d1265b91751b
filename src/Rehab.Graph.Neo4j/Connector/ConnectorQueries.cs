using System.Globalization;
using System.Text.Json;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Projects;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Projects;

namespace Rehab.Graph.Neo4j.Connector;

/// <summary>A stored person as the connector sees them: their profile and their network.</summary>
public sealed record StoredPerson(string Id, ConnectorProfile Profile, PersonNetwork Network);

public sealed record ProvisionGap(NeedRef Need, int ServicesWithinRadius, int OnlineServices, double? NearestKm);

/// <summary>
/// The connector's reads: one for a stored person and their network, and the candidates around a
/// point, which reuse the directory's statements so that both rank the same graph the same way.
/// Only active services are candidates: a paused or closed one takes no referrals.
/// </summary>
public static class ConnectorQueries
{
    /// <summary>How many candidates per section are ranked; a radius holding more keeps the nearest.</summary>
    public const int CandidateLimit = 1000;

    /// <summary>
    /// The person with their network, only if <paramref name="practitionerId"/> supervises them,
    /// <paramref name="coordinatorOrganisationId"/> coordinates an Immediate Justice case of theirs, or they are <paramref name="selfId"/>.
    /// </summary>
    public static CypherQuery<StoredPerson?> Person(string personId, string? practitionerId, int currentYear, string? coordinatorOrganisationId = null, string? selfId = null) => new(
        CypherStatement.From("Connector/connect-person.cypher", new Dictionary<string, object?>(Reach(personId, practitionerId, coordinatorOrganisationId)) { ["selfId"] = selfId }),
        result => result.Rows.Count == 0 ? null : ToStoredPerson(result, currentYear));

    /// <summary>The person's referrals, for the callers <see cref="Person"/> reaches them for (none for anyone else).</summary>
    public static CypherQuery<IReadOnlyList<ReferralTie>> Referrals(string personId, string? practitionerId, string? coordinatorOrganisationId = null) => new(
        CypherStatement.From("Connector/connect-person-referrals.cypher", Reach(personId, practitionerId, coordinatorOrganisationId)),
        result => [.. result.Read<ReferralRow>("referral").Select(r => r.ToTie())]);

    /// <summary>Null when there is no such person; otherwise whether the caller reaches them, as <see cref="Person"/> decides.</summary>
    public static CypherQuery<bool?> Supervision(string personId, string? practitionerId, string? coordinatorOrganisationId = null) => new(
        CypherStatement.From("Connector/supervision.cypher", Reach(personId, practitionerId, coordinatorOrganisationId)),
        result => result.Rows.Count == 0 ? null : result.Single<bool>("supervised"));

    public static CypherQuery<Page<ServiceListing>> Services(IReadOnlyList<string> needs, NearQuery near) =>
        ListingQueries.Services(new ServiceSearch(needs, WomenOnly: null, Online: null, Text: null, OrganisationId: null, near, All, ActiveOnly: true));

    public static CypherQuery<Page<ServiceListing>> OnlineServices(IReadOnlyList<string> needs) =>
        ListingQueries.Services(new ServiceSearch(needs, WomenOnly: null, Online: true, Text: null, OrganisationId: null, Near: null, All, ActiveOnly: true));

    public static CypherQuery<Page<PlacementListing>> Placements(NearQuery near) =>
        ListingQueries.Placements(new PlacementSearch(Kind: null, WomenOnly: null, HasSpace: null, Text: null, near, All));

    public static CypherQuery<Page<MentorListing>> Mentors(NearQuery near) =>
        ListingQueries.Mentors(new MentorSearch(Gender: null, Language: null, LivedExperience: [], HasSpace: null, near, All));

    /// <summary>Running projects around the point serving any of the needs (all running ones when none is asked).</summary>
    public static CypherQuery<Page<ProjectRecord>> Projects(IReadOnlyList<string> needs, NearQuery near) =>
        ProjectQueries.Projects(Running(needs, near));

    /// <summary>
    /// Running projects for a stored person, read beside them before their needs are known, for the callers
    /// <see cref="Person"/> reaches them for (none for anyone else): around <paramref name="near"/>, or their home within
    /// <paramref name="homeRadiusKm"/>; serving <paramref name="needs"/>, their assessed needs when null, any when empty.
    /// </summary>
    public static CypherQuery<Page<ProjectRecord>> ProjectsFor(string personId, CaseCoordinator reach, NearQuery? near, double homeRadiusKm, IReadOnlyList<string>? needs) =>
        ProjectQueries.Projects(Running(needs ?? [], near), new ProjectsFor(personId, reach, near is null ? homeRadiusKm : null, TheirNeeds: needs is null));

    /// <summary>The projects that address any of <paramref name="needs"/> (every one when none), as projects.cypher's needs filter keeps them.</summary>
    public static IReadOnlyList<ProjectRecord> Addressing(IEnumerable<ProjectRecord> projects, IReadOnlyList<string> needs) =>
        [.. projects.Where(p => needs.Count == 0 || p.Needs.Any(n => needs.Contains(n.Code)))];

    /// <summary>Each need's provision around the point; with <paramref name="byAndFor"/>, only services run by and for that community count.</summary>
    public static CypherQuery<IReadOnlyList<ProvisionGap>> ProvisionGaps(NearQuery near, IReadOnlyList<string> needs, string? byAndFor = null) => new(
        CypherStatement.From("Connector/provision-gaps.cypher", new Dictionary<string, object?>
        {
            ["needs"] = needs,
            ["byAndFor"] = byAndFor,
            ["lat"] = near.Centre.Latitude,
            ["lon"] = near.Centre.Longitude,
            ["radiusKm"] = near.RadiusKm,
        }),
        result => [.. result.Read<ProvisionRow>("row").Select(r => new ProvisionGap(new NeedRef(r.Code, r.Label), r.ServicesWithinRadius, r.OnlineServices, r.NearestKm))]);

    private static ProjectSearch Running(IReadOnlyList<string> needs, NearQuery? near) => new([ProjectStatus.Running], needs, WomenOnly: null, Text: null, near, All);

    private static PageRequest All => new(CandidateLimit, 0);

    private static Dictionary<string, object?> Reach(string personId, string? practitionerId, string? coordinatorOrganisationId) => new()
    {
        ["personId"] = personId,
        ["practitionerId"] = practitionerId,
        ["coordinatorOrganisationId"] = coordinatorOrganisationId,
    };

    private static StoredPerson ToStoredPerson(CypherResult result, int currentYear)
    {
        var profile = ToProfile(result, currentYear);
        var network = new PersonNetwork(
            result.Single<IReadOnlyList<MentorTie>>("mentors"),
            result.Single<IReadOnlyList<ContactTie>>("contacts"),
            result.Single<IReadOnlyList<AttendedService>>("attended"),
            result.Single<IReadOnlyList<CompletedPlacement>>("completed"),
            result.Single<IReadOnlyList<PartnerLink>>("partners"),
            Referrals: [],
            result.Single<IReadOnlyList<ProjectTie>>("projects"));
        return new StoredPerson(result.Single<PersonNode>("person").Id, profile, network);
    }

    /// <summary>A person's profile from a statement that returns them as connect-person.cypher does: <c>person</c>, <c>needs</c> and <c>strengths</c>.</summary>
    public static ConnectorProfile ToProfile(CypherResult result, int currentYear)
    {
        var person = result.Single<PersonNode>("person");
        var zones = string.IsNullOrWhiteSpace(person.ExclusionZones)
            ? ExclusionZones.None
            : ExclusionZones.Parse(JsonDocument.Parse(person.ExclusionZones).RootElement, $"person {person.Id}.exclusionZones").WithoutNames();
        return new ConnectorProfile(
            new GeoPoint(person.HomeLat, person.HomeLon),
            EnumCodes.Parse<Gender>(person.Gender),
            person.BirthYear is { } born ? currentYear - born : null,
            person.RiskOfHarm is { } risk ? EnumCodes.Parse<RiskLevel>(risk) : null,
            (person.RiskFlags ?? []).ToHashSet(),
            result.Single<IReadOnlyList<AssessedNeed>>("needs"),
            result.Single<IReadOnlyList<string>>("strengths").ToHashSet(),
            (person.Languages ?? []).ToHashSet(),
            zones)
        {
            ByAndFor = (person.ByAndFor ?? []).ToHashSet(StringComparer.Ordinal),
        };
    }

    private sealed record PersonNode(
        string Id, string Gender, int? BirthYear, double HomeLat, double HomeLon, IReadOnlyList<string>? Languages,
        string? RiskOfHarm, IReadOnlyList<string>? RiskFlags, string? ExclusionZones, IReadOnlyList<string>? ByAndFor);

    private sealed record ReferralRow(string ReferralId, string TargetId, string Status, string CreatedAt, string UpdatedAt)
    {
        public ReferralTie ToTie() => new(ReferralId, TargetId, EnumCodes.Parse<ReferralStatus>(Status), Time(CreatedAt), Time(UpdatedAt));

        private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    private sealed record ProvisionRow(string Code, string Label, int ServicesWithinRadius, int OnlineServices, double? NearestKm);
}
