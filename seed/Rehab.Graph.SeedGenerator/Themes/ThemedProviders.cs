namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Organisations spread over a region's towns by caseload, each an instance of a catalogue theme, with services and
/// placements drawn from the theme so every provider offers things that fit it.
/// </summary>
public sealed class ThemedProviders(Random random, Pseudonyms pseudonyms, RegionModel region, Ids ids)
{
    private const int MaxNameAttempts = 30;
    private readonly TextTemplate _template = new(random);
    private readonly ListingFactory _listings = new(random, pseudonyms, Vocabulary.OfficeHours);
    private readonly HashSet<string> _organisationNames = [];
    private readonly HashSet<(string Theme, string Centre)> _townCentreThemes = [];

    private sealed record Provider(Organisation Organisation, OrganisationTheme Theme, Neighbourhood Area);

    public Providers Generate(DirectoryCounts counts)
    {
        var providers = Enumerable.Range(1, counts.Organisations).Select(CreateProvider).ToList();
        var services = CreateServices(providers, counts.Services);
        var placements = CreatePlacements(providers, counts.Placements);
        return new Providers(providers.Select(p => p.Organisation).ToList(), services, placements);
    }

    private Provider CreateProvider(int number)
    {
        var centre = random.PickWeighted(region.Centres.Select(c => (c, c.Weight)).ToList());
        var theme = random.PickWeighted(Themes.All
            .Where(t => centre.Weight >= t.MinCentreWeight && (t.Community is null || centre.CommunityLanguages.Any(l => l.Language == t.Community)))
            .Select(t => (t, t.Weight))
            .ToList());
        // The first of a town-centre theme sits in the town centre; later ones are branches out on the estates.
        var area = theme.InTownCentre && _townCentreThemes.Add((theme.Names[0], centre.Name)) ? centre.TownCentre : PickArea(centre);
        var name = UniqueName(theme, area);
        var hasWebsite = theme.Kind == OrganisationKind.Digital || random.Chance(0.65);
        var description = _template.Fill(random.Pick(theme.Descriptions), area);
        var location = region.Scatter(random, area.Point, 700);
        var organisation = new Organisation(
            ids.Organisation(number),
            name,
            theme.Kind,
            description,
            location.Lat,
            location.Lon,
            hasWebsite ? ListingFactory.Website(name) : null)
        {
            Town = centre,
        };
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
            foreach (var template in random.PickDistinct(providers[i].Theme.Services, counts[i]))
            {
                services.Add(CreateService(template, providers[i], ids.Service(services.Count + 1)));
            }
        }

        return services;
    }

    private Service CreateService(ServiceTemplate template, Provider provider, string id)
    {
        var (organisation, _, home) = provider;
        var centre = home.Centre;
        var area = template.Outreach ? PickArea(centre) : home;
        var location = template.Online ? null
            : template.Outreach ? region.Scatter(random, area.Point, 400)
            : new GeoPoint(organisation.Lat, organisation.Lon);
        string? community = template.InCommunityLanguage ? random.PickWeighted(centre.CommunityLanguages) : null;
        IReadOnlyList<string> languages = template.Languages
            ?? (community is null ? _listings.ServiceLanguages(centre)
                : template.CommunityLanguageOnly ? [community]
                : ["en", community]);
        var name = _template.Fill(template.Name, area, community);
        var description = _template.Fill(template.Description, area, community);
        return _listings.Service(template, organisation, id, name, description, location, languages);
    }

    private List<Placement> CreatePlacements(List<Provider> providers, int target)
    {
        var hosts = providers.Where(p => p.Theme.Placements.Length > 0).Select(p => (p, p.Theme.PlacementWeight)).ToList();
        // An on-site placement is offered once per host; roving ones repeat in different neighbourhoods.
        var offered = new HashSet<(string, string)>();
        var placements = new List<Placement>(target);
        for (var attempts = 0; placements.Count < target; attempts++)
        {
            if (attempts > target * 50)
            {
                throw new InvalidOperationException($"Could only generate {placements.Count} of {target} placements.");
            }

            var host = random.PickWeighted(hosts);
            var template = random.Pick(host.Theme.Placements);
            var area = template.Roving ? PickArea(host.Area.Centre) : host.Area;
            var title = _template.Fill(template.Title, area);
            if (offered.Add((host.Organisation.Id, title)))
            {
                var location = template.Roving ? region.Scatter(random, area.Point, 600) : new GeoPoint(host.Organisation.Lat, host.Organisation.Lon);
                var description = _template.Fill(template.Description, host.Area);
                placements.Add(_listings.Placement(template, host.Organisation, ids.Placement(placements.Count + 1), title, description, location));
            }
        }

        return placements;
    }

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

        // A big city can hold more organisations of a theme than its names allow: tell them apart by neighbourhood, and
        // at national scale, where a town holds several times the regional set's providers, by number too.
        var fallback = _template.Fill(theme.Names[0], area);
        for (var number = 1; ; number++)
        {
            foreach (var neighbourhood in area.Centre.Neighbourhoods.Prepend(area))
            {
                var name = number == 1 ? $"{fallback} ({neighbourhood.Name})" : $"{fallback} ({neighbourhood.Name} {number})";
                if (_organisationNames.Add(name))
                {
                    return name;
                }
            }
        }
    }
}
