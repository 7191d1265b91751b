using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Maps;
using Rehab.Graph.Web.Pages.Projects;
using Rehab.Graph.Web.Pages.Shared;
using Connect = Rehab.Graph.Client.FindSupportPageResult.ConnectData;
using Person = Rehab.Graph.Client.FindSupportPageResult.PersonData;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// A match as the list shows it; <see cref="Number"/> is its number in the list and on the map (null for online support,
/// which has no place on a map).
/// </summary>
public sealed record MatchCard(
    int? Number, string Kind, string Id, string Name, string Organisation, string Distance, string Score,
    IReadOnlyList<string> Reasons, IReadOnlyList<string> Bridges, IReadOnlyList<Tag> Tags, IReadOnlyList<string> Details,
    string? ReferHref, string? ReferText, string? PriorReferralHref, MapPoint? Location);

/// <summary>A section of the results: services, placements, mentors or online support, and what to say when it is empty.</summary>
public sealed record MatchSection(string Heading, IReadOnlyList<MatchCard> Cards, string Empty);

/// <summary>
/// A running co-produced project connect offers, as find support lists it: its page, kind, aims, distance, reasons and
/// the project's own contact (never a member's).
/// </summary>
public sealed record ProjectCard(
    string Id, string Title, string Href, string Kind, string? Aims, string Distance, string Score, IReadOnlyList<string> Reasons, IReadOnlyList<string> Contact,
    IReadOnlyList<Tag> Tags);

/// <summary>Something a hard rule left out, and why.</summary>
public sealed record ExclusionRow(string Name, string Kind, string Rule, string? Detail);

/// <summary>A checkbox.</summary>
public sealed record Choice(string Value, string Text, string? Hint, bool Checked);

/// <summary>
/// What find support shows: the filter as it was filled in (with errors), connect's matches in sections, each with its
/// reasons, bridges and tags, the why-not list, and the map's data, numbered as the list is.
/// </summary>
public sealed class FindSupportPresenter(
    FindSupportForm form, Person person, IReadOnlyList<FindSupportPageResult.NeedsData> taxonomy, Connect? connect, IReadOnlyDictionary<string, string> errors,
    MapOptions? map = null)
{
    public string Title => $"Find support for {person.DisplayName}";

    public string PersonHref => $"/people/{Uri.EscapeDataString(person.Id)}";

    public string Path => $"/people/{Uri.EscapeDataString(person.Id)}/support";

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<ErrorLink> ErrorSummary =>
        new[] { FindSupportForm.Fields.Need, FindSupportForm.Fields.Radius }
            .Where(errors.ContainsKey)
            .Select(id => new ErrorLink(errors[id], "#" + id))
            .Concat(errors.Where(e => e.Key.Length == 0).Select(e => new ErrorLink(e.Value, "#" + FindSupportForm.Fields.Need)))
            .ToList();

    public string? ErrorFor(string field) => errors.TryGetValue(field, out var message) ? message : null;

    /// <summary>
    /// The needs to focus on: the person's own first (most severe first, with their severity as a hint), then the rest of
    /// the taxonomy. Unfiltered, the person's own are ticked, as the hub defaults.
    /// </summary>
    public IReadOnlyList<Choice> NeedChoices
    {
        get
        {
            var asked = HasErrors ? [] : form.NeedCodes;
            var own = person.Needs.OrderByDescending(n => n.Severity).ToList();
            bool Checked(string code) => asked.Count == 0 ? own.Any(n => n.Code == code) : asked.Contains(code);
            return own.Select(n => new Choice(n.Code, n.Label, $"Assessed need, {Words.Severity(n.Severity).ToLowerInvariant()} severity", Checked(n.Code)))
                .Concat(taxonomy.Where(t => own.All(n => n.Code != t.Code)).Select(t => new Choice(t.Code, t.Label, null, Checked(t.Code))))
                .ToList();
        }
    }

    public IReadOnlyList<Option> RadiusOptions =>
        FindSupportForm.RadiiKm.Select(km => new Option(km.ToString(CultureInfo.InvariantCulture), $"{km} km", km == (HasErrors ? FindSupportForm.DefaultRadiusKm : form.RadiusKm))).ToList();

    public bool HasResults => connect is not null;

    public int RadiusKm => HasErrors ? FindSupportForm.DefaultRadiusKm : form.RadiusKm;

    /// <summary>What the results are for, in words: "Within 10 km of home, for their assessed needs".</summary>
    public string Summary
    {
        get
        {
            var codes = HasErrors ? [] : form.NeedCodes;
            var needs = codes.Count == 0
                ? "their assessed needs"
                : string.Join(", ", codes.Select(c => taxonomy.FirstOrDefault(t => t.Code == c)?.Label.ToLowerInvariant() ?? c));
            return $"Within {RadiusKm} km of home, for {needs}";
        }
    }

    /// <summary>The sections in the page's order; online support only when there is some.</summary>
    public IReadOnlyList<MatchSection> Sections =>
    [
        new("Services", Services, "No services nearby meet these needs. Try a larger distance or other needs."),
        new("Placements", Placements, "No placements nearby are suitable."),
        new("Mentors", Mentors, "No mentors nearby have space."),
        .. Online.Count > 0 ? [new MatchSection("Online support", Online, "")] : Array.Empty<MatchSection>(),
    ];

    public string ProjectsHeading => "Projects run by people with lived experience";

    public string ProjectsEmpty => "No projects run by people on probation nearby serve these needs yet.";

    /// <summary>Connect's projects, best first; one the person is already in says so.</summary>
    public IReadOnlyList<ProjectCard> Projects => connect?.Projects.Select(m => new ProjectCard(
        m.Project.Id,
        m.Project.Title,
        ProjectPaths.Project(m.Project.Id),
        ProjectWords.Kind(m.Project.Kind),
        m.Project.Aims,
        Words.Km(m.DistanceKm),
        Score(m.Score),
        m.Reasons.Select(r => r.Text).ToList(),
        m.Project.Contact is { } c ? new[] { c.Name, c.Phone, c.Email, c.Url }.OfType<string>().ToList() : [],
        m.Member ? [new Tag("Already a member", "govuk-tag--blue")] : [])).ToList() ?? [];

    public IReadOnlyList<MatchCard> Services => Cards().Services;

    public IReadOnlyList<MatchCard> Placements => Cards().Placements;

    public IReadOnlyList<MatchCard> Mentors => Cards().Mentors;

    public IReadOnlyList<MatchCard> Online => connect?.Online.Select(m => Service(null, "Online support", m.Service.Id, m.Service.Name, m.Service.Organisation.Name, "Online",
        m.Score, m.Reasons.Select(r => r.Text), m.Bridges.Select(b => b.Text), m.AlreadyReferred, m.Completed, m.PriorReferral?.Id,
        RunByAndFor(m.Service.ByAndFor).ToList(), null)).ToList() ?? [];

    public IReadOnlyList<ExclusionRow> Excluded => connect?.Excluded.Select(e => new ExclusionRow(e.Name, Words.Of(e.Kind), Rule(e.Rule), e.Detail)).ToList() ?? [];

    /// <summary>The map: home, the radius, and a marker per numbered result, labelled as in the list.</summary>
    public MapData Map => new()
    {
        Label = $"Map of the results within {RadiusKm} km of {person.DisplayName}'s home",
        Home = new MapPoint(person.Home.Latitude, person.Home.Longitude),
        HomeLabel = $"{person.DisplayName}'s home",
        RadiusKm = RadiusKm,
        Markers = Services.Concat(Placements).Concat(Mentors)
            .Where(c => c.Location is not null)
            .Select(c => new MapMarker(c.Number!.Value.ToString(CultureInfo.InvariantCulture), c.Kind.ToLowerInvariant(), c.Name, c.Location!.Lat, c.Location.Lon, "#match-" + c.Number, c.Organisation))
            .ToList(),
        Basemap = Hosting.WebAssets.Url("rehab/basemap.geojson"),
        TileUrl = map?.TileUrl,
        TileAttribution = map?.TileAttribution,
    };

    private (IReadOnlyList<MatchCard> Services, IReadOnlyList<MatchCard> Placements, IReadOnlyList<MatchCard> Mentors) Cards()
    {
        if (connect is null)
        {
            return ([], [], []);
        }

        var number = 0;
        var services = connect.Services.Select(m => Service(++number, "Service", m.Service.Id, m.Service.Name, m.Service.Organisation.Name, Words.Km(m.DistanceKm),
            m.Score, m.Reasons.Select(r => r.Text), m.Bridges.Select(b => b.Text), m.AlreadyReferred, m.Completed, m.PriorReferral?.Id,
            RunByAndFor(m.Service.ByAndFor)
                .Concat(Address(m.Service.Address?.Lines, m.Service.Address?.Town, m.Service.Address?.Postcode))
                .Concat(Contact(m.Service.Contact?.Phone, m.Service.Contact?.Email)).ToList(),
            new MapPoint(m.Service.Location.Latitude, m.Service.Location.Longitude))).ToList();
        var placements = connect.Placements.Select(m =>
        {
            var tags = new List<Tag>();
            if (m.AlreadyReferred)
            {
                tags.Add(new("Already referred", "govuk-tag--blue"));
            }

            if (m.Completed)
            {
                tags.Add(new("Completed", "govuk-tag--green"));
            }

            if (m.CanStartWithin48h)
            {
                tags.Add(new("Can start within 48 hours", "govuk-tag--turquoise"));
            }

            var details = new List<string> { $"{Words.Of(m.Placement.Kind)}, {m.AvailableSlots} {(m.AvailableSlots == 1 ? "place" : "places")} free" };
            if (m.Placement.Sessions.Count > 0)
            {
                details.Add("Sessions: " + string.Join(", ", m.Placement.Sessions));
            }

            if (m.EarliestStart is { } start)
            {
                details.Add("Next start: " + Words.DateTime(start));
            }

            details.AddRange(Address(m.Placement.Address?.Lines, m.Placement.Address?.Town, m.Placement.Address?.Postcode));
            var id = Uri.EscapeDataString(person.Id);
            return new MatchCard(++number, "Placement", m.Placement.Id, m.Placement.Title, m.Placement.Organisation.Name, Words.Km(m.DistanceKm), Score(m.Score),
                m.Reasons.Select(r => r.Text).ToList(), m.Bridges.Select(b => b.Text).ToList(), tags, details,
                m.AlreadyReferred || m.AvailableSlots == 0 ? null : $"/people/{id}/refer?placement={Uri.EscapeDataString(m.Placement.Id)}",
                "Book a place",
                m.PriorReferral is { } prior ? $"/referrals/{Uri.EscapeDataString(prior.Id)}" : null,
                new MapPoint(m.Placement.Location.Latitude, m.Placement.Location.Longitude));
        }).ToList();
        var mentors = connect.Mentors.Select(m => new MatchCard(++number, "Mentor", m.Mentor.Id, m.Mentor.DisplayName,
            m.Mentor.Organisations.Count == 0 ? "Independent mentor" : string.Join(", ", m.Mentor.Organisations.Select(o => o.Name)),
            Words.Km(m.DistanceKm), Score(m.Score), m.Reasons.Select(r => r.Text).ToList(), [],
            m.CurrentMentor ? [new Tag("Their mentor", "govuk-tag--green")] : [], [], null, null, null,
            new MapPoint(m.Mentor.Location.Latitude, m.Mentor.Location.Longitude))).ToList();
        return (services, placements, mentors);
    }

    private MatchCard Service(
        int? number, string kind, string id, string name, string organisation, string distance, double score, IEnumerable<string> reasons, IEnumerable<string> bridges,
        bool alreadyReferred, bool completed, string? priorReferralId, IReadOnlyList<string> details, MapPoint? location)
    {
        var tags = new List<Tag>();
        if (alreadyReferred)
        {
            tags.Add(new("Already referred", "govuk-tag--blue"));
        }

        if (completed)
        {
            tags.Add(new("Completed", "govuk-tag--green"));
        }

        return new MatchCard(number, kind, id, name, organisation, distance, Score(score), reasons.ToList(), bridges.ToList(), tags, details,
            alreadyReferred ? null : $"/people/{Uri.EscapeDataString(person.Id)}/refer?service={Uri.EscapeDataString(id)}",
            "Refer",
            priorReferralId is null ? null : $"/referrals/{Uri.EscapeDataString(priorReferralId)}",
            location);
    }

    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Address(IReadOnlyList<string>? lines, string? town, string? postcode) =>
        lines is null && town is null && postcode is null ? [] : [string.Join(", ", (lines ?? []).Concat(new[] { town, postcode }.OfType<string>()))];

    /// <summary>Whom a service is run by and for ("Run by and for women"), whether or not the person asked for it.</summary>
    private static IEnumerable<string> RunByAndFor(IReadOnlyList<string> communities) =>
        Communities.RunByAndFor(communities) is { } words ? [words] : [];

    private static IEnumerable<string> Contact(string? phone, string? email) => new[] { phone, email }.OfType<string>();

    /// <summary>A hard rule's code as the reason a practitioner reads.</summary>
    public static string Rule(string code) => code switch
    {
        "EXCLUSION_ZONE" => "Inside an exclusion zone",
        "WOMEN_ONLY" => "Women only",
        "AGE" => "Age limits",
        "RISK_FLAG" => "Unsuitable for a risk flag",
        "RISK_LEVEL" => "Risk of harm too high",
        "LANGUAGE" => "Language",
        "FULL" => "Full",
        _ => Words.Of(code),
    };
}
