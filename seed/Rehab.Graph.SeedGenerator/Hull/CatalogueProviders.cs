namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Turns the hand-written catalogue into organisations, services and placements with ids, coordinates and varied
/// details, every organisation in the one town it names places in.
/// </summary>
public sealed class CatalogueProviders(Random random, Pseudonyms pseudonyms, RegionModel region, Centre town, Ids ids)
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

    private readonly ListingFactory _listings = new(random, pseudonyms, OfficeHours);

    public Providers Generate(IReadOnlyList<OrganisationTemplate> templates)
    {
        var organisations = new List<Organisation>();
        var services = new List<Service>();
        var placements = new List<Placement>();
        foreach (var template in templates)
        {
            var organisation = CreateOrganisation(template, ids.Organisation(organisations.Count + 1));
            organisations.Add(organisation);
            foreach (var service in template.Services)
            {
                services.Add(CreateService(service, organisation, ids.Service(services.Count + 1)));
            }

            foreach (var placement in template.Placements)
            {
                placements.Add(CreatePlacement(placement, organisation, ids.Placement(placements.Count + 1)));
            }
        }

        return new Providers(organisations, services, placements);
    }

    private Organisation CreateOrganisation(OrganisationTemplate template, string id)
    {
        var location = Scatter(template.Place, 600);
        var hasWebsite = template.Kind == OrganisationKind.Digital || random.Chance(0.65);
        return new Organisation(
            id,
            template.Name,
            template.Kind,
            template.Description,
            location.Lat,
            location.Lon,
            hasWebsite ? ListingFactory.Website(template.Name) : null)
        {
            Town = town,
        };
    }

    private Service CreateService(ServiceTemplate template, Organisation organisation, string id)
    {
        var location = template.Online ? null
            : template.Place is null ? new GeoPoint(organisation.Lat, organisation.Lon)
            : Scatter(template.Place, 400);
        var languages = template.Languages ?? _listings.ServiceLanguages(town);
        return _listings.Service(template, organisation, id, template.Name, template.Description, location, languages);
    }

    private Placement CreatePlacement(PlacementTemplate template, Organisation organisation, string id)
    {
        var location = template.Place is null
            ? new GeoPoint(organisation.Lat, organisation.Lon)
            : Scatter(template.Place, 500);
        return _listings.Placement(template, organisation, id, template.Title, template.Description, location);
    }

    private GeoPoint Scatter(string place, double maxMetres)
    {
        var entry = Gazetteer.Find(place);
        return region.Scatter(random, new GeoPoint(entry.Lat, entry.Lon), maxMetres);
    }
}
