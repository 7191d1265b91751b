using System.Text.Json;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Projects;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Tests.Connector;

/// <summary>Small builders for connector inputs: everything open and unremarkable unless a test says otherwise.</summary>
internal static class Make
{
    /// <summary>Central Leeds; everything is placed here unless a test moves it.</summary>
    public static readonly GeoPoint Centre = new(53.80, -1.55);

    /// <summary>Well outside <see cref="AroundCentre"/>.</summary>
    public static readonly GeoPoint Elsewhere = new(53.40, -2.20);

    /// <summary>Wednesday 25 November 2026, noon UTC (GMT, so also noon in the UK).</summary>
    public static readonly DateTimeOffset WednesdayNoon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static ExclusionZones AroundCentre { get; } = Zones(Square(Centre, 0.05));

    public static ConnectorProfile Person { get; } = new(
        Centre,
        Gender.Male,
        Age: 30,
        RiskOfHarm: RiskLevel.Low,
        RiskFlags: new HashSet<string>(),
        Needs: [],
        Strengths: new HashSet<string>(),
        Languages: new HashSet<string>(),
        ExclusionZones.None);

    public static Offer OpenOffer { get; } = new(
        Centre, WomenOnly: false, MinAge: null, MaxAge: null, UnsuitableFor: [], ChildFacing: false,
        MaxRiskOfHarm: null, Languages: [], Full: false);

    public static HashSet<string> Set(params string[] items) => new(items, StringComparer.Ordinal);

    public static string Square(GeoPoint centre, double halfSideDegrees)
    {
        var (w, e) = (centre.Longitude - halfSideDegrees, centre.Longitude + halfSideDegrees);
        var (s, n) = (centre.Latitude - halfSideDegrees, centre.Latitude + halfSideDegrees);
        return Json($$"""{"type":"Polygon","coordinates":[[[{{w}},{{s}}],[{{e}},{{s}}],[{{e}},{{n}}],[{{w}},{{n}}],[{{w}},{{s}}]]]}""");
    }

    public static ExclusionZones Zones(string geoJson, string field = "zones") =>
        ExclusionZones.Parse(JsonDocument.Parse(geoJson).RootElement, field);

    public static NeedRef Need(string code) => new(code, code[..1] + code[1..].ToLowerInvariant().Replace('_', ' '));

    public static OrganisationListing Org(string id = "org-hope", string name = "Hope Trust", string kind = "VCSE") =>
        new(id, name, kind, null, null, null, null);

    public static ServiceListing Service(string id, double distanceKm = 1, params string[] needs) => new(
        id, $"Service {id}", null, Org(), [.. needs.Select(Need)], Online: false, Centre.Latitude, Centre.Longitude,
        WomenOnly: false, MinAge: null, MaxAge: null, Languages: [], UnsuitableFor: [], Capacity: null, WaitingDays: null,
        OpeningTimes: null, ReferralRoute: null, distanceKm);

    public static PlacementListing Placement(string id, double distanceKm = 1, params string[] sessions) => new(
        id, $"Placement {id}", "UNPAID_WORK", null, Org(), Centre.Latitude, Centre.Longitude, Capacity: 4, Filled: 0,
        WomenOnly: false, ChildFacing: false, UnsuitableFor: [], MaxRiskOfHarm: "HIGH", sessions, Supervisor: null,
        Skills: [], distanceKm);

    public static MentorListing Mentor(string id, double distanceKm = 1, string gender = "FEMALE", params string[] livedExperience) => new(
        id, $"Mentor {id}", gender, Languages: [], [.. livedExperience.Select(Need)], Capacity: 3, Mentees: 0,
        Centre.Latitude, Centre.Longitude, Bio: null, Organisations: [], distanceKm);

    public static ConnectorCandidates Candidates(
        IReadOnlyList<ServiceListing>? services = null,
        IReadOnlyList<ServiceListing>? online = null,
        IReadOnlyList<PlacementListing>? placements = null,
        IReadOnlyList<MentorListing>? mentors = null,
        IReadOnlyList<ProjectRecord>? projects = null) =>
        new(services ?? [], online ?? [], placements ?? [], mentors ?? [], projects ?? []);

    public static ProjectRecord Project(string id, double distanceKm = 1, bool womenOnly = false, IReadOnlyList<string>? strengths = null, params string[] needs) => new(
        id, $"Project {id}", Aims: null, ProjectKind.Group, ProjectStatus.Running, [.. needs.Select(Need)], strengths ?? [], Centre.Latitude, Centre.Longitude,
        womenOnly, Contact: null, GrantPence: 0, GrantBalancePence: 0, Members: [], WednesdayNoon, Version: 1, distanceKm);

    public static ConnectorRequest Request(
        ConnectorProfile? person = null,
        IReadOnlyList<string>? needs = null,
        double radiusKm = 10,
        bool nearIsHome = true,
        int first = 10,
        PersonNetwork? network = null)
    {
        var profile = person ?? Person;
        return new ConnectorRequest(profile, FocusNeeds.For(profile, needs), new NearQuery(profile.Home, radiusKm), nearIsHome, first, network);
    }

    public static ConnectorResult Match(ConnectorRequest request, ConnectorCandidates candidates, ScoringWeights? weights = null, DateTimeOffset? now = null) =>
        new CommunityConnector(weights ?? new ScoringWeights(), new FixedClock(now ?? WednesdayNoon)).Match(request, candidates);

    private static string Json(FormattableString text) => FormattableString.Invariant(text);
}
