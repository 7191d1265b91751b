using System.Text;

namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Makes a service or placement of a catalogue template, with the details every catalogue draws the same way: its
/// languages, capacity, wait and hours, or its places, risk limit, sessions and supervisor.
/// </summary>
public sealed class ListingFactory(Random random, Pseudonyms pseudonyms, IReadOnlyList<string> officeHours)
{
    private readonly ProviderTerms _terms = new(random);

    /// <summary>English, and for one service in five one or two of the town's community languages, in the order drawn.</summary>
    public List<string> ServiceLanguages(Centre town) =>
        random.Chance(0.8)
            ? ["en"]
            : ["en", .. random.PickDistinctWeighted(town.CommunityLanguages, random.PickWeighted([(1, 0.75), (2, 0.25)]))];

    /// <param name="location">Null for an online service.</param>
    public Service Service(
        ServiceTemplate template, Organisation organisation, string id, string name, string description, GeoPoint? location, IReadOnlyList<string> languages) =>
        new(
            id,
            organisation.Id,
            name,
            description,
            template.Needs,
            template.Online,
            location?.Lat,
            location?.Lon,
            template.WomenOnly || organisation.Kind == OrganisationKind.WomensCentre,
            template.MinAge,
            template.MaxAge,
            languages,
            template.UnsuitableFor.Order().ToList(),
            _terms.DrawServiceCapacity(template.Online),
            _terms.DrawServiceWaitingDays(template.Online),
            template.OpeningTimes ?? (template.Online ? "Online, any time" : random.Pick(officeHours)),
            template.Route,
            ByAndFor: ByAndFor(template, organisation));

    /// <summary>Null when it is open to all alike, so that the file says nothing rather than an empty list.</summary>
    private static IReadOnlyList<Community>? ByAndFor(ServiceTemplate template, Organisation organisation)
    {
        IEnumerable<Community> communities = organisation.Kind == OrganisationKind.WomensCentre ? [.. template.ByAndFor, Community.Women] : template.ByAndFor;
        var sorted = communities.Distinct().OrderBy(c => c.ToString(), StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? null : sorted;
    }

    public Placement Placement(PlacementTemplate template, Organisation organisation, string id, string title, string description, GeoPoint location)
    {
        var capacity = _terms.DrawPlacementCapacity(template.Kind);
        // Working with children rules out anyone barred from contact with them.
        IEnumerable<RiskFlag> unsuitableFor = template.ChildFacing
            ? [.. template.UnsuitableFor, RiskFlag.NoContactChildren, RiskFlag.SexualOffence]
            : template.UnsuitableFor;
        return new Placement(
            id,
            organisation.Id,
            title,
            template.Kind,
            description,
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

    /// <summary>The website an organisation of this name has, at an <c>.example</c> domain (RFC 2606).</summary>
    public static string Website(string name)
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

        return $"https://{slug.ToString().TrimEnd('-')}.example";
    }
}
