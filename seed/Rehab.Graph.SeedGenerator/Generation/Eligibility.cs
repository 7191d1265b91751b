using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Listings;
using DomainPoint = Rehab.Graph.Domain.Geography.GeoPoint;

namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// The connector's hard rules, the Domain's own (<see cref="HardRules"/>), applied to the generated history so it never
/// shows someone attending, completing or being mentored where the hub would exclude them. Each record is read as the
/// hub reads it, as a listing and a person's profile, and offered the hub's way (<see cref="CommunityConnector"/>).
/// Two things are the history's own: a placement full today had a place when it was completed, and women are mentored
/// by women, as mentoring schemes match them (the hub does not exclude other mentors; it scores the same gender higher).
/// </summary>
public sealed class Eligibility
{
    /// <summary>Ages are computed against a fixed year so the output does not change with the clock.</summary>
    public const int ReferenceYear = 2026;

    /// <summary>
    /// The day a data set describes, in <see cref="ReferenceYear"/> (the demo region's seed, 20261123, is its date): every
    /// plan, review, comment and fund entry happened before it; steps still to do are due after it.
    /// </summary>
    public static readonly DateOnly ReferenceDate = new(ReferenceYear, 11, 23);

    private static readonly Offer WomenOnlyOffer = new(null, WomenOnly: true, null, null, [], ChildFacing: false, null, [], Full: false);

    private readonly Dictionary<string, OrganisationListing> _organisations;

    public Eligibility(IReadOnlyList<Organisation> organisations) =>
        _organisations = organisations.ToDictionary(
            o => o.Id,
            o => new OrganisationListing(o.Id, o.Name, Code(o.Kind), o.Description, o.Lat, o.Lon, o.Website));

    /// <summary>The person as the connector matches for them.</summary>
    public static ConnectorProfile Profile(Person person) => new(
        new DomainPoint(person.HomeLat, person.HomeLon),
        person.Gender,
        ReferenceYear - person.BirthYear,
        person.RiskOfHarm,
        person.RiskFlags.Select(Code).ToHashSet(),
        [.. person.Needs.Select(n => new AssessedNeed(Code(n.Code), n.Severity))],
        person.Strengths.Select(Code).ToHashSet(),
        person.Languages.ToHashSet(),
        ExclusionZones.None);

    /// <summary>Whether the women-only rule lets this person use a women-only service.</summary>
    public static bool WomenOnlyOpenTo(ConnectorProfile person) => !HardRules.WomenOnlyForSomeoneElse(person, WomenOnlyOffer);

    /// <summary>Whether the hard rules let the person use what is offered.</summary>
    public static bool Allows(ConnectorProfile person, Offer offer) => HardRules.FirstBroken(person, offer) is null;

    /// <param name="mentees">How many people the mentor mentors already.</param>
    public static bool MayMentor(ConnectorProfile person, Mentor mentor, MentorListing listing, int mentees) =>
        Allows(person, CommunityConnector.Offer(listing with { Mentees = mentees }))
        && (person.Gender != Gender.Female || mentor.Gender == Gender.Female);

    public Offer Offer(Service service) => CommunityConnector.Offer(Listing(service));

    /// <summary>A placement's offer today, full or not: what a new step may go to.</summary>
    public Offer CurrentOffer(Placement placement) => CommunityConnector.Offer(Listing(placement));

    /// <summary>A completed placement's offer as it was: it had a place then, however full it is now.</summary>
    public Offer Offer(Placement placement) => CommunityConnector.Offer(Listing(placement)) with { Full = false };

    public MentorListing Listing(Mentor m) => new(
        m.Id, m.DisplayName, Code(m.Gender), m.Languages, [.. m.LivedExperience.Select(Need)], m.Capacity, Mentees: 0, m.Lat, m.Lon, m.Bio,
        [.. m.OrganisationIds.Select(id => _organisations[id])], DistanceKm: null);

    private ServiceListing Listing(Service s) => new(
        s.Id, s.Name, s.Description, _organisations[s.OrganisationId], [.. s.Needs.Select(Need)], s.Online, s.Lat ?? 0, s.Lon ?? 0,
        s.WomenOnly, s.MinAge, s.MaxAge, s.Languages, [.. s.UnsuitableFor.Select(Code)], s.Capacity, s.WaitingDays, s.OpeningTimes,
        Code(s.ReferralRoute), DistanceKm: null);

    private PlacementListing Listing(Placement p) => new(
        p.Id, p.Title, Code(p.Kind), p.Description, _organisations[p.OrganisationId], p.Lat, p.Lon, p.Capacity, p.Filled, p.WomenOnly,
        p.ChildFacing, [.. p.UnsuitableFor.Select(Code)], Code(p.MaxRiskOfHarm), p.Sessions, p.Supervisor, [.. p.Skills.Select(Code)], DistanceKm: null);

    private static NeedRef Need(NeedCode code) => new(Code(code), Taxonomy.Label(code));

    private static string Code<T>(T value)
        where T : struct, Enum => EnumCodes.ToCode(value);
}
