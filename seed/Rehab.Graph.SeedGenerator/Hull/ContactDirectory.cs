namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Gives every organisation, service and placement a fictional address and contact, every practitioner a work e-mail
/// and phone, and adds the police and probation organisations that refer people and employ the practitioners. It runs
/// after everything else with a Random of its own, so the rest of the region stays exactly as it was without it.
/// Streets are real streets of the postcode district nearest the item; house numbers and postcode units are invented.
/// E-mail addresses are at the organisation's <c>.example</c> domain (RFC 2606); phone numbers are in Ofcom's ranges for
/// drama (01632 960000–960999, 07700 900000–900999), which are never given to anyone.
/// </summary>
public sealed class ContactDirectory(Random random)
{
    public const string PoliceName = "Humber Police Out-of-Court Disposals Team";
    public const string ProbationName = "Hull Probation Delivery Unit";

    private const string UnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private static readonly Dictionary<string, (string Town, string[] Streets)> Districts = new()
    {
        ["HU1"] = ("Hull", ["Humber Street", "Whitefriargate", "High Street", "Lowgate", "Princes Dock Street"]),
        ["HU2"] = ("Hull", ["George Street", "Charlotte Street", "Jameson Street", "Spring Bank", "Bourne Street"]),
        ["HU3"] = ("Hull", ["Anlaby Road", "Coltman Street", "Boulevard", "Hessle Road", "Walton Street"]),
        ["HU4"] = ("Hull", ["Askew Avenue", "Pickering Road", "Hessle Road", "Bristol Road", "Gipsyville Road"]),
        ["HU5"] = ("Hull", ["Newland Avenue", "Princes Avenue", "Chanterlands Avenue", "Cottingham Road", "Queens Road"]),
        ["HU6"] = ("Hull", ["Orchard Park Road", "Inglemire Lane", "Greenwood Avenue", "Beverley Road", "Hall Road"]),
        ["HU7"] = ("Hull", ["Goodhart Road", "Bude Road", "Wawne Road", "Sutton Road", "Noddle Hill Way"]),
        ["HU8"] = ("Hull", ["Holderness Road", "Chamberlain Road", "Ings Road", "Sutton Road", "Laburnum Avenue"]),
        ["HU9"] = ("Hull", ["Preston Road", "Southcoates Lane", "Marfleet Lane", "Hedon Road", "Portobello Street"]),
        ["HU10"] = ("Hull", ["Packman Lane", "Tranby Lane", "Main Street", "Beverley Road"]),
        ["HU11"] = ("Hull", ["Main Street", "Hull Road", "Wyton Road"]),
        ["HU12"] = ("Hull", ["Souttergate", "St Augustine's Gate", "Main Street", "Station Road"]),
        ["HU13"] = ("Hessle", ["Prestongate", "The Weir", "Ferriby Road", "Hull Road"]),
        ["HU14"] = ("North Ferriby", ["Church Road", "Ferriby High Road", "Melton Road"]),
        ["HU15"] = ("Brough", ["Station Road", "Welton Road", "Skillings Lane"]),
        ["HU16"] = ("Cottingham", ["Hallgate", "King Street", "Northgate", "Finkle Street"]),
        ["HU17"] = ("Beverley", ["Saturday Market", "Toll Gavel", "Lairgate", "Wednesday Market", "Hengate"]),
        ["HU18"] = ("Hornsea", ["Newbegin", "Market Place", "Eastgate", "Cliff Road"]),
        ["HU19"] = ("Withernsea", ["Queen Street", "Seaside Road", "Hull Road"]),
        ["HU20"] = ("Cottingham", ["Main Street", "Beverley Road"]),
    };

    private static readonly string[] OrganisationMailboxes = ["hello", "info", "enquiries", "office", "contact"];

    private readonly HashSet<string> _landlines = [];
    private readonly HashSet<string> _mobiles = [];

    /// <summary>The providers with contacts, and the police and probation organisations after the catalogue's, with the next ids.</summary>
    public (Providers Providers, IReadOnlyList<Practitioner> Practitioners) Add(Providers providers, IReadOnlyList<Practitioner> practitioners)
    {
        var count = providers.Organisations.Count;
        var police = new Organisation(
            $"org-{count + 1:D4}", PoliceName, OrganisationKind.Police,
            "Fictional demo police team that refers people for Immediate Justice: reparative work that starts within 48 hours of an out-of-court disposal.",
            53.74569, -0.33853, "https://humber-police-ocd.example");
        var probation = new Organisation(
            $"org-{count + 2:D4}", ProbationName, OrganisationKind.Probation,
            "Fictional demo probation delivery unit: the offender managers of Hull East, Hull West, Hull North and East Riding.",
            53.74391, -0.33174, "https://hull-probation.example");
        var organisations = providers.Organisations.Select(o => o with { Address = Near(o.Lat, o.Lon), Contact = OfOrganisation(o) })
            .Concat([police with { Address = Near(police.Lat, police.Lon), Contact = OfOrganisation(police) }])
            .Concat([probation with { Address = Near(probation.Lat, probation.Lon), Contact = OfOrganisation(probation) }])
            .ToList();
        var byId = organisations.ToDictionary(o => o.Id);
        var services = providers.Services.Select(s => s with
        {
            // An online service has no place: people reach it by its contact, at its organisation's domain.
            Address = s.Lat is { } lat && s.Lon is { } lon ? Near(lat, lon) : null,
            Contact = new Contact(null, $"{Mailbox(s.Name)}@{Domain(byId[s.OrganisationId])}", Landline(), null),
        }).ToList();
        var placements = providers.Placements.Select(p => p with
        {
            Address = Near(p.Lat, p.Lon),
            Contact = new Contact(p.Supervisor, $"{Mailbox(p.Supervisor)}@{Domain(byId[p.OrganisationId])}", Mobile(), null),
        }).ToList();
        var staff = practitioners.Select(p => p with { Email = $"{Mailbox(p.Name).Replace('-', '.')}@{Domain(probation)}", Phone = Landline() }).ToList();
        return (new Providers(organisations, services, placements), staff);
    }

    private Contact OfOrganisation(Organisation organisation) =>
        new(null, $"{random.Pick(OrganisationMailboxes)}@{Domain(organisation)}", Landline(), organisation.Website);

    private Address Near(double lat, double lon)
    {
        var district = Gazetteer.NearestPostcodeDistrict(new GeoPoint(lat, lon));
        var (town, streets) = Districts[district];
        var unit = $"{random.Next(1, 10)}{UnitLetters[random.Next(UnitLetters.Length)]}{UnitLetters[random.Next(UnitLetters.Length)]}";
        return new Address([$"{random.Next(1, 240)} {random.Pick(streets)}"], town, $"{district} {unit}");
    }

    private string Landline() => Unique(_landlines, "01632 960");

    private string Mobile() => Unique(_mobiles, "07700 900");

    /// <summary>A number of the range not given before, while the range's thousand last.</summary>
    private string Unique(HashSet<string> used, string prefix)
    {
        while (true)
        {
            var number = $"{prefix}{random.Next(1000):D3}";
            if (used.Add(number) || used.Count >= 1000)
            {
                return number;
            }
        }
    }

    /// <summary>The organisation's web domain, or the one it would have: its website's host is its e-mail domain.</summary>
    private static string Domain(Organisation organisation) =>
        organisation.Website is { } website ? new Uri(website).Host : $"{Slug(organisation.Name)}.example";

    /// <summary>"S. Fisher" is s.fisher; "Drop-in for women" is drop-in-for-women (a practitioner's name is dotted instead).</summary>
    private static string Mailbox(string name) => Slug(name.Replace(". ", ".", StringComparison.Ordinal));

    private static string Slug(string text)
    {
        var slug = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                slug.Append(c);
            }
            else if (c is ' ' or '-' && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-', '.');
    }
}
