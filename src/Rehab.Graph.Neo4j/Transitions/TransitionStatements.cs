using System.Globalization;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Practitioners;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Domain.Transitions;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Connector;

namespace Rehab.Graph.Neo4j.Transitions;

/// <summary>
/// The person a transition starts from: their profile, the postcode district they live in, and their offender manager,
/// who records it.
/// </summary>
public sealed record TransitionPerson(ConnectorProfile Profile, string? PostcodeDistrict, Colleague OffenderManager);

/// <summary>The statements of transitions: what goes with the person, a transition recorded, and their history.</summary>
public static class TransitionStatements
{
    /// <summary>
    /// The person's profile as connect reads it (their record, needs and strengths), without their network, their postcode
    /// district and the practitioner who supervises them, only for that practitioner; null for anyone else.
    /// </summary>
    public static CypherQuery<TransitionPerson?> Person(string personId, string practitionerId, int currentYear) => new(
        CypherStatement.From("Transitions/transition-person.cypher", new Dictionary<string, object?> { ["personId"] = personId, ["practitionerId"] = practitionerId }),
        result => result.Rows.Count == 0
            ? null
            : new TransitionPerson(ConnectorQueries.ToProfile(result, currentYear), result.Single<DistrictRow>("person").PostcodeDistrict, result.Single<Colleague>("offenderManager")));

    public static CypherQuery<PersonTies> Ties(string personId) => new(
        CypherStatement.From("Transitions/continuing-ties.cypher", new Dictionary<string, object?> { ["personId"] = personId }),
        result => result.Rows.Count == 0 ? new PersonTies([], [], []) : result.Single<TiesRow>("ties").ToTies());

    public static CypherQuery<IReadOnlyList<TransitionRecord>> History(string personId, string practitionerId) => new(
        CypherStatement.From("Transitions/transitions.cypher", new Dictionary<string, object?> { ["personId"] = personId, ["practitionerId"] = practitionerId }),
        result => [.. result.Read<TransitionRow>("transition").Select(r => r.ToRecord())]);

    /// <summary>The transition's node and, for a release or a new home, the move to <paramref name="home"/>; the person must be locked already.</summary>
    public static CypherStatement Record(string personId, TransitionRecord record, GeoPoint? home) =>
        CypherStatement.From("Transitions/record-transition.cypher", new Dictionary<string, object?>
        {
            ["personId"] = personId,
            ["id"] = record.Id,
            ["kind"] = EnumCodes.ToCode(record.Kind),
            ["on"] = Day(record.On),
            ["at"] = AuditTrail.Timestamp(record.At),
            ["recordedBy"] = record.RecordedBy,
            ["fromPractitionerId"] = record.FromPractitionerId,
            ["toPractitionerId"] = record.ToPractitionerId,
            ["note"] = record.Note,
            ["homeLat"] = home?.Latitude,
            ["homeLon"] = home?.Longitude,
            ["postcodeDistrict"] = record.ToDistrict,
            ["warningCodes"] = record.Warnings.Select(w => w.Code).ToList(),
            ["warningMessages"] = record.Warnings.Select(w => w.Message).ToList(),
        });

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record TiesRow(
        IReadOnlyList<HeldRow> Referrals,
        IReadOnlyList<HeldRow> Attended,
        IReadOnlyList<HeldRow> Mentors,
        IReadOnlyList<HeldRow> Projects,
        IReadOnlyList<MentorAt> MentorOrganisations,
        IReadOnlyList<ContactAt> Contacts)
    {
        public PersonTies ToTies() => new(
            [.. Referrals.Concat(Attended).Concat(Mentors).Concat(Projects).Select(h => new HeldTie(EnumCodes.Parse<TieKind>(h.Kind), h.Id, h.How, h.Since))],
            MentorOrganisations,
            [.. Contacts.Where(c => c.Kind is not null)]);
    }

    private sealed record DistrictRow(string? PostcodeDistrict);

    private sealed record HeldRow(string Kind, string Id, string How, DateTimeOffset? Since);

    private sealed record TransitionRow(
        string Id,
        string Kind,
        string On,
        DateTimeOffset At,
        string? RecordedBy,
        string? FromDistrict,
        string? ToDistrict,
        string? FromPractitionerId,
        string? ToPractitionerId,
        string? Note,
        IReadOnlyList<string>? WarningCodes,
        IReadOnlyList<string>? WarningMessages,
        Colleague? RecordedByPractitioner,
        Colleague? FromPractitioner,
        Colleague? ToPractitioner)
    {
        public TransitionRecord ToRecord() => new(
            Id, EnumCodes.Parse<TransitionKind>(Kind), DateOnly.ParseExact(On, "yyyy-MM-dd", CultureInfo.InvariantCulture), At, RecordedBy,
            FromDistrict, ToDistrict, FromPractitionerId, ToPractitionerId, Note,
            [.. (WarningCodes ?? []).Zip(WarningMessages ?? [], (code, message) => new TieWarning(code, message))])
        {
            RecordedByPractitioner = RecordedByPractitioner,
            FromPractitioner = FromPractitioner,
            ToPractitioner = ToPractitioner,
        };
    }
}
