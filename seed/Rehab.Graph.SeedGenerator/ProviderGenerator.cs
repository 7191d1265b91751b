using System.Diagnostics;
using System.Text;

namespace Rehab.Graph.SeedGenerator;

public sealed record Providers(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Service> Services,
    IReadOnlyList<Placement> Placements);

/// <summary>Turns the hand-written catalogue into organisations, services and placements with ids, coordinates and varied details.</summary>
public sealed class ProviderGenerator(Random random, PseudonymGenerator pseudonyms)
{
    private static readonly string[] WeekDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

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

    private static readonly int[] Capacities = [6, 8, 10, 12, 15, 20, 25, 30, 40, 60];

    private static readonly int[] WaitingDays = [0, 0, 1, 2, 3, 5, 7, 7, 10, 14, 14, 21, 28, 42, 56];

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
            template.Online || random.Chance(0.15) ? null : random.Pick(Capacities),
            template.Online ? 0 : random.Chance(0.2) ? null : random.Pick(WaitingDays),
            template.OpeningTimes ?? (template.Online ? "Online, any time" : random.Pick(OfficeHours)),
            template.Route);
    }

    private Placement CreatePlacement(PlacementTemplate template, Organisation organisation, string id)
    {
        var location = template.Place is null
            ? new GeoPoint(organisation.Lat, organisation.Lon)
            : Geo.Scatter(random, template.Place, 500);
        var capacity = template.Kind switch
        {
            PlacementKind.UnpaidWork => random.Between(4, 10),
            PlacementKind.ImmediateJustice => random.Between(3, 8),
            PlacementKind.Volunteering => random.Between(1, 4),
            PlacementKind.WorkTrial => random.Between(1, 2),
            _ => throw new UnreachableException(),
        };
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
            MaxRiskOfHarm(template),
            Sessions(template),
            pseudonyms.Next(["en"]),
            template.Skills);
    }

    private List<string> ServiceLanguages() =>
        random.Chance(0.8)
            ? ["en"]
            : ["en", .. random.PickDistinctWeighted(CommunityLanguages.Weighted, random.PickWeighted([(1, 0.75), (2, 0.25)]))];

    private RiskLevel MaxRiskOfHarm(PlacementTemplate template)
    {
        if (template.ChildFacing)
        {
            return RiskLevel.Low;
        }

        // Volunteering and work trials are with the public and employers, so they take lower-risk people only.
        return template.Kind is PlacementKind.Volunteering or PlacementKind.WorkTrial
            ? random.PickWeighted([(RiskLevel.Low, 0.5), (RiskLevel.Medium, 0.5)])
            : random.PickWeighted([(RiskLevel.Low, 0.2), (RiskLevel.Medium, 0.45), (RiskLevel.High, 0.35)]);
    }

    private List<string> Sessions(PlacementTemplate template)
    {
        var times = template.Kind switch
        {
            PlacementKind.Volunteering => random.Pick(["10:00-13:00", "13:00-16:00", "09:30-14:30"]),
            PlacementKind.WorkTrial => random.Pick(["08:00-16:00", "07:30-15:30", "09:00-17:00"]),
            _ => random.Pick(["09:00-15:00", "09:30-15:30", "08:30-15:30", "10:00-16:00", "09:00-16:00"]),
        };
        var count = template.RunsMostDays
            ? random.Between(6, 7)
            : random.PickWeighted([(1, 0.25), (2, 0.35), (3, 0.2), (4, 0.12), (5, 0.08)]);
        // Weekend sessions are rarer, as they are in real unpaid work schedules.
        var dayWeights = WeekDays.Select((_, index) => (index, index < 5 ? 1.0 : index == 5 ? 0.6 : 0.3)).ToList();
        return random.PickDistinctWeighted(dayWeights, count)
            .Order()
            .Select(index => $"{WeekDays[index]} {times}")
            .ToList();
    }

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
