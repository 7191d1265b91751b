using System.Text;

namespace Rehab.Graph.SeedGenerator;

public sealed record Providers(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Service> Services,
    IReadOnlyList<Placement> Placements);

/// <summary>Turns the hand-written catalogue into organisations, services and placements with ids, coordinates and varied details.</summary>
public sealed class ProviderGenerator(Random random, PseudonymGenerator pseudonyms)
{
    private static readonly string[] OfficeHours =
    [
        "Mon–Fri 09:00–17:00",
        "Mon–Fri 09:00–17:00",
        "Mon–Fri 08:30–16:30",
        "Mon–Thu 09:30–16:30",
        "Mon, Wed & Fri 09:00–13:00",
        "Tue & Thu 10:00–15:00",
        "Mon–Fri 10:00–16:00, Sat 10:00–13:00",
        "Wed 10:00–12:00",
        "Tue 13:00–16:00",
        "Thu 18:00–20:00",
        "By appointment, Mon–Fri",
    ];

    private readonly ProviderTerms _terms = new(random);

    public Providers Generate(IReadOnlyList<OrganisationTemplate> templates)
    {
        var organisations = new List<Organisation>();
        var services = new List<Service>();
        var placements = new List<Placement>();
        foreach (var template in templates)
        {
            var organisation = CreateOrganisation(template, $"org-{organisations.Count + 1:D4}");
            organisations.Add(organisation);
            foreach (var service in template.Services)
            {
                services.Add(CreateService(service, template.Kind, organisation, $"svc-{services.Count + 1:D4}"));
            }

            foreach (var placement in template.Placements)
            {
                placements.Add(CreatePlacement(placement, organisation, $"plc-{placements.Count + 1:D4}"));
            }
        }

        return new Providers(organisations, services, placements);
    }

    private Organisation CreateOrganisation(OrganisationTemplate template, string id)
    {
        var location = Geo.Scatter(random, template.Place, 600);
        var hasWebsite = template.Kind == OrganisationKind.Digital || random.Chance(0.65);
        return new Organisation(
            id,
            template.Name,
            template.Kind,
            template.Description,
            location.Lat,
            location.Lon,
            hasWebsite ? $"https://{Slug(template.Name)}.example" : null);
    }

    private Service CreateService(ServiceTemplate template, OrganisationKind kind, Organisation organisation, string id)
    {
        var location = template.Online ? null
            : template.Place is null ? new GeoPoint(organisation.Lat, organisation.Lon)
            : Geo.Scatter(random, template.Place, 400);
        return new Service(
            id,
            organisation.Id,
            template.Name,
            template.Description,
            template.Needs,
            template.Online,
            location?.Lat,
            location?.Lon,
            template.WomenOnly || kind == OrganisationKind.WomensCentre,
            template.MinAge,
            template.MaxAge,
            template.Languages ?? ServiceLanguages(),
            template.UnsuitableFor.Order().ToList(),
            _terms.DrawServiceCapacity(template.Online),
            _terms.DrawServiceWaitingDays(template.Online),
            template.OpeningTimes ?? (template.Online ? "Online, any time" : random.Pick(OfficeHours)),
            template.Route);
    }

    private Placement CreatePlacement(PlacementTemplate template, Organisation organisation, string id)
    {
        var location = template.Place is null
            ? new GeoPoint(organisation.Lat, organisation.Lon)
            : Geo.Scatter(random, template.Place, 500);
        var capacity = _terms.DrawPlacementCapacity(template.Kind);
        IEnumerable<RiskFlag> unsuitableFor = template.ChildFacing
            ? [.. template.UnsuitableFor, RiskFlag.NoContactChildren, RiskFlag.SexualOffence]
            : template.UnsuitableFor;
        return new Placement(
            id,
            organisation.Id,
            template.Title,
            template.Kind,
            template.Description,
            location.Lat,
            location.Lon,
            capacity,
            random.Chance(0.15) ? capacity : random.Next(capacity),
            template.WomenOnly,
            template.ChildFacing,
            unsuitableFor.Distinct().Order().ToList(),
            _terms.DrawPlacementMaxRiskOfHarm(template.Kind, template.ChildFacing),
            _terms.DrawPlacementSessions(template.Kind, template.RunsMostDays, () => random.Between(6, 7)),
            pseudonyms.Next(["en"]),
            template.Skills);
    }

    private List<string> ServiceLanguages() =>
        random.Chance(0.8)
            ? ["en"]
            : ["en", .. random.PickDistinctWeighted(CommunityLanguages.Weighted, random.PickWeighted([(1, 0.75), (2, 0.25)]))];

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (c is ' ' or '-' && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }
}
