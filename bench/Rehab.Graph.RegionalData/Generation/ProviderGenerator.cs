using System.Diagnostics;
using System.Text;
using Rehab.Graph.RegionalData.Catalogue;
using Rehab.Graph.RegionalData.Geography;

namespace Rehab.Graph.RegionalData.Generation;

public sealed record Providers(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Service> Services,
    IReadOnlyList<Placement> Placements);

/// <summary>
/// Organisations spread over the region's towns by caseload, each an instance of a catalogue theme,
/// with services and placements drawn from the theme so every provider offers things that fit it.
/// </summary>
public sealed class ProviderGenerator(Random random, Pseudonyms pseudonyms)
{
    private const int MaxNameAttempts = 30;
    private static readonly string[] WeekDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly int[] Capacities = [6, 8, 10, 12, 15, 20, 25, 30, 40, 60];
    private static readonly int[] WaitingDays = [0, 0, 1, 2, 3, 5, 7, 7, 10, 14, 14, 21, 28, 42, 56];

    private readonly TextTemplate _template = new(random);
    private readonly HashSet<string> _organisationNames = [];
    private readonly HashSet<(string Theme, string Centre)> _townCentreThemes = [];

    private sealed record Provider(Organisation Organisation, OrganisationTheme Theme, Neighbourhood Area);

    public Providers Generate(RegionalCounts counts)
    {
        var providers = Enumerable.Range(1, counts.Organisations).Select(CreateProvider).ToList();
        var services = CreateServices(providers, counts.Services);
        var placements = CreatePlacements(providers, counts.Placements);
        return new Providers(providers.Select(p => p.Organisation).ToList(), services, placements);
    }

    private Provider CreateProvider(int number)
    {
        var centre = random.PickWeighted(YorkshireAndHumber.Centres.Select(c => (c, c.Weight)).ToList());
        var theme = random.PickWeighted(Themes.All
            .Where(t => centre.Weight >= t.MinCentreWeight && (t.Community is null || centre.CommunityLanguages.Any(l => l.Language == t.Community)))
            .Select(t => (t, t.Weight))
            .ToList());
        // The first of a town-centre theme sits in the town centre; later ones are branches out on the estates.
        var area = theme.InTownCentre && _townCentreThemes.Add((theme.Names[0], centre.Name)) ? centre.TownCentre : PickArea(centre);
        var name = UniqueName(theme, area);
        var hasWebsite = theme.Kind == OrganisationKind.Digital || random.Chance(0.65);
        var organisation = new Organisation(
            number,
            name,
            theme.Kind,
            _template.Fill(random.Pick(theme.Descriptions), area),
            area.Point.Scatter(random, 700),
            hasWebsite ? $"https://{Slug(name)}.example" : null,
            centre);
        return new Provider(organisation, theme, area);
    }

    private List<Service> CreateServices(List<Provider> providers, int target)
    {
        var counts = providers.Select(p => Math.Min(p.Theme.Services.Length, random.Between(2, 6))).ToArray();
        if (providers.Sum(p => p.Theme.Services.Length) < target)
        {
            throw new InvalidOperationException($"The catalogue cannot supply {target} distinct services to {providers.Count} organisations.");
        }

        // Nudge random organisations up or down until the total is exact, keeping every count within its theme.
        var total = counts.Sum();
        while (total != target)
        {
            var i = random.Next(counts.Length);
            if (total < target && counts[i] < providers[i].Theme.Services.Length)
            {
                counts[i]++;
                total++;
            }
            else if (total > target && counts[i] > 1)
            {
                counts[i]--;
                total--;
            }
        }

        var services = new List<Service>(target);
        for (var i = 0; i < providers.Count; i++)
        {
            foreach (var archetype in random.PickDistinct(providers[i].Theme.Services, counts[i]))
            {
                services.Add(CreateService(archetype, providers[i], services.Count + 1));
            }
        }

        return services;
    }

    private Service CreateService(ServiceArchetype archetype, Provider provider, int number)
    {
        var (organisation, _, home) = provider;
        var centre = organisation.Centre;
        var area = archetype.Outreach ? PickArea(centre) : home;
        var location = archetype.Online ? null
            : archetype.Outreach ? area.Point.Scatter(random, 400)
            : organisation.Location;
        Language? community = archetype.InCommunityLanguage ? random.PickWeighted(centre.CommunityLanguages) : null;
        var languages = archetype.Languages is { } fixedLanguages ? CodeSet<Language>.Of(fixedLanguages)
            : community is { } spoken ? (archetype.CommunityLanguageOnly ? CodeSet<Language>.Empty : English).With(spoken)
            : ServiceLanguages(centre);
        return new Service(
            number,
            organisation,
            _template.Fill(archetype.Name, area, community),
            _template.Fill(archetype.Description, area, community),
            CodeSet<NeedCode>.Of(archetype.Needs),
            location,
            archetype.WomenOnly || organisation.Kind == OrganisationKind.WomensCentre,
            archetype.MinAge,
            archetype.MaxAge,
            languages,
            CodeSet<RiskFlag>.Of(archetype.UnsuitableFor),
            archetype.Online || random.Chance(0.15) ? null : random.Pick(Capacities),
            archetype.Online ? 0 : random.Chance(0.2) ? null : random.Pick(WaitingDays),
            archetype.OpeningTimes ?? (archetype.Online ? "Online, any time" : random.Pick(Vocabulary.OfficeHours)),
            archetype.Route);
    }

    private List<Placement> CreatePlacements(List<Provider> providers, int target)
    {
        var hosts = providers.Where(p => p.Theme.Placements.Length > 0).Select(p => (p, p.Theme.PlacementWeight)).ToList();
        // An on-site placement is offered once per host; roving ones repeat in different neighbourhoods.
        var offered = new HashSet<(int, string)>();
        var placements = new List<Placement>(target);
        for (var attempts = 0; placements.Count < target; attempts++)
        {
            if (attempts > target * 50)
            {
                throw new InvalidOperationException($"Could only generate {placements.Count} of {target} placements.");
            }

            var host = random.PickWeighted(hosts);
            var archetype = random.Pick(host.Theme.Placements);
            var area = archetype.Roving ? PickArea(host.Organisation.Centre) : host.Area;
            var title = _template.Fill(archetype.Title, area);
            if (offered.Add((host.Organisation.Number, title)))
            {
                var location = archetype.Roving ? area.Point.Scatter(random, 600) : host.Organisation.Location;
                placements.Add(CreatePlacement(archetype, host, title, location, placements.Count + 1));
            }
        }

        return placements;
    }

    private Placement CreatePlacement(PlacementArchetype archetype, Provider host, string title, GeoPoint location, int number)
    {
        var capacity = archetype.Kind switch
        {
            PlacementKind.UnpaidWork => random.Between(4, 10),
            PlacementKind.ImmediateJustice => random.Between(3, 8),
            PlacementKind.Volunteering => random.Between(1, 4),
            PlacementKind.WorkTrial => random.Between(1, 2),
            _ => throw new UnreachableException(),
        };
        IEnumerable<RiskFlag> unsuitableFor = archetype.ChildFacing
            ? [.. archetype.UnsuitableFor, RiskFlag.NoContactChildren, RiskFlag.SexualOffence]
            : archetype.UnsuitableFor;
        return new Placement(
            number,
            host.Organisation,
            title,
            archetype.Kind,
            _template.Fill(archetype.Description, host.Area),
            location,
            capacity,
            random.Chance(0.25) ? capacity : random.Next(capacity),
            archetype.WomenOnly,
            archetype.ChildFacing,
            CodeSet<RiskFlag>.Of(unsuitableFor),
            MaxRiskOfHarm(archetype),
            Sessions(archetype),
            pseudonyms.Next(English),
            CodeSet<StrengthCode>.Of(archetype.Skills));
    }

    private static CodeSet<Language> English => CodeSet<Language>.Empty.With(Language.En);

    private Neighbourhood PickArea(Centre centre) => random.PickWeighted(centre.Neighbourhoods.Select(n => (n, n.Weight)).ToList());

    private string UniqueName(OrganisationTheme theme, Neighbourhood area)
    {
        for (var attempt = 0; attempt < MaxNameAttempts; attempt++)
        {
            var name = _template.Fill(random.Pick(theme.Names), area);
            if (_organisationNames.Add(name))
            {
                return name;
            }
        }

        // A big city can hold more organisations of a theme than its names allow: tell them apart by neighbourhood.
        var fallback = _template.Fill(theme.Names[0], area);
        foreach (var neighbourhood in area.Centre.Neighbourhoods.Prepend(area))
        {
            var name = $"{fallback} ({neighbourhood.Name})";
            if (_organisationNames.Add(name))
            {
                return name;
            }
        }

        throw new InvalidOperationException($"No unused name left for another '{theme.Names[0]}' in {area.Centre.Name}.");
    }

    private CodeSet<Language> ServiceLanguages(Centre centre) =>
        random.Chance(0.8)
            ? English
            : CodeSet<Language>.Of(random.PickDistinctWeighted(centre.CommunityLanguages, random.PickWeighted([(1, 0.75), (2, 0.25)]))).With(Language.En);

    private RiskLevel MaxRiskOfHarm(PlacementArchetype archetype)
    {
        if (archetype.ChildFacing)
        {
            return RiskLevel.Low;
        }

        // Volunteering and work trials are with the public and employers, so they take lower-risk people only.
        return archetype.Kind is PlacementKind.Volunteering or PlacementKind.WorkTrial
            ? random.PickWeighted([(RiskLevel.Low, 0.5), (RiskLevel.Medium, 0.5)])
            : random.PickWeighted([(RiskLevel.Low, 0.2), (RiskLevel.Medium, 0.45), (RiskLevel.High, 0.35)]);
    }

    private List<string> Sessions(PlacementArchetype archetype)
    {
        var times = archetype.Kind switch
        {
            PlacementKind.Volunteering => random.Pick(["10:00-13:00", "13:00-16:00", "09:30-14:30"]),
            PlacementKind.WorkTrial => random.Pick(["08:00-16:00", "07:30-15:30", "09:00-17:00"]),
            _ => random.Pick(["09:00-15:00", "09:30-15:30", "08:30-15:30", "10:00-16:00", "09:00-16:00"]),
        };
        var count = archetype.RunsMostDays
            ? random.PickWeighted([(7, 0.5), (6, 0.35), (5, 0.15)])
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
            else if (c is ' ' or '-' or '(' && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
