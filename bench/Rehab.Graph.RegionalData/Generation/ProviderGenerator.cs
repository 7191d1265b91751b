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
    private readonly TextTemplate _template = new(random);
    private readonly ProviderTerms _terms = new(random);
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
            _terms.DrawServiceCapacity(archetype.Online),
            _terms.DrawServiceWaitingDays(archetype.Online),
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
        var capacity = _terms.DrawPlacementCapacity(archetype.Kind);
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
            _terms.DrawPlacementMaxRiskOfHarm(archetype.Kind, archetype.ChildFacing),
            _terms.DrawPlacementSessions(archetype.Kind, archetype.RunsMostDays, () => random.PickWeighted([(7, 0.5), (6, 0.35), (5, 0.15)])),
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
