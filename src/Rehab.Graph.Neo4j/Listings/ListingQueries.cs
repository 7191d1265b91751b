using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Listings;

/// <summary>
/// The public directory's reads: services, organisations, placements, mentors and needs. Each search
/// is one statement that returns the page and the total count together; nothing here does I/O, so
/// the caller decides which reads share a round trip.
/// </summary>
public static class ListingQueries
{
    /// <summary>The cheapest statement there is, to tell whether Neo4j answers.</summary>
    public static readonly CypherQuery<int> Ping = new(Statement("ping"), r => r.Single<int>("ok"));

    public static readonly CypherQuery<IReadOnlyList<NeedSummary>> Needs = new(Statement("needs"), r => r.Read<NeedSummary>("row"));

    /// <summary>The needs by code, without their counts of services.</summary>
    public static readonly CypherQuery<IReadOnlyList<NeedRef>> NeedTerms = new(Statement("need-terms"), r => r.Read<NeedRef>("row"));

    /// <summary>The organisations written since directory change <paramref name="since"/>, in no order.</summary>
    public static CypherQuery<IReadOnlyList<OrganisationListing>> OrganisationsChangedSince(long since) =>
        new(Statement("organisations-changed", new() { ["since"] = since }), r => [.. r.Read<OrganisationNode>("row").Select(o => o.ToListing())]);

    /// <summary>Every organisation, by name and id.</summary>
    public static readonly CypherQuery<IReadOnlyList<OrganisationListing>> AllOrganisations =
        new(Statement("organisations-all"), r => [.. r.Read<OrganisationNode>("row").Select(o => o.ToListing())]);

    // A closed service is gone from the directory; a paused one is listed but takes no one for now.
    private static readonly IReadOnlyList<string> Listed = [EnumCodes.ToCode(ServiceStatus.Active), EnumCodes.ToCode(ServiceStatus.Paused)];
    private static readonly IReadOnlyList<string> ActiveOnly = [EnumCodes.ToCode(ServiceStatus.Active)];
    private static readonly IReadOnlyList<string> AnyStatus = [.. Listed, EnumCodes.ToCode(ServiceStatus.Closed)];

    public static CypherQuery<Page<ServiceListing>> Services(ServiceSearch search)
    {
        var parameters = Paging(search.Page);
        parameters["needs"] = search.Needs;
        parameters["womenOnly"] = search.WomenOnly;
        parameters["online"] = search.Online;
        parameters["text"] = search.Text;
        parameters["organisationId"] = search.OrganisationId;
        parameters["statuses"] = search.ActiveOnly ? ActiveOnly : search.IncludeClosed ? AnyStatus : Listed;
        parameters["byAndFor"] = search.ByAndFor ?? [];
        // Online services have no place, so a search for them seeks the online index instead of the latitude one.
        var statement = search is { Online: true, Near: null } ? Statement("services-online", parameters) : Searching("services", search.Near, parameters);
        return Paged<ServiceRow, ServiceListing>(statement, search.Page, r => r.ToListing());
    }

    public static CypherQuery<Page<OrganisationListing>> Organisations(OrganisationSearch search)
    {
        var parameters = Paging(search.Page);
        parameters["kind"] = search.Kind;
        parameters["text"] = search.Text;
        return Paged<OrganisationNode, OrganisationListing>(Statement("organisations", parameters), search.Page, o => o.ToListing());
    }

    public static CypherQuery<Page<PlacementListing>> Placements(PlacementSearch search)
    {
        var parameters = Paging(search.Page);
        parameters["kind"] = search.Kind;
        parameters["womenOnly"] = search.WomenOnly;
        parameters["hasSpace"] = search.HasSpace;
        parameters["text"] = search.Text;
        parameters["organisationId"] = search.OrganisationId;
        return Paged<PlacementRow, PlacementListing>(Searching("placements", search.Near, parameters), search.Page, r => r.ToListing());
    }

    public static CypherQuery<Page<MentorListing>> Mentors(MentorSearch search)
    {
        var parameters = Paging(search.Page);
        parameters["gender"] = search.Gender;
        parameters["language"] = search.Language;
        parameters["livedExperience"] = search.LivedExperience;
        parameters["hasSpace"] = search.HasSpace;
        parameters["organisationId"] = search.OrganisationId;
        return Paged<MentorRow, MentorListing>(Searching("mentors", search.Near, parameters), search.Page, r => r.ToListing());
    }

    // Lookups by key, for request-scoped loaders: each fetches every key its callers asked for at once.

    public static readonly KeyedQuery<string, ServiceListing> ServicesById =
        ById<ServiceRow, ServiceListing>("services-by-id", r => r.Service.Id, r => r.ToListing());

    public static readonly KeyedQuery<string, OrganisationListing> OrganisationsById =
        ById<OrganisationNode, OrganisationListing>("organisations-by-id", o => o.Id, o => o.ToListing());

    public static readonly KeyedQuery<string, PlacementListing> PlacementsById =
        ById<PlacementRow, PlacementListing>("placements-by-id", r => r.Placement.Id, r => r.ToListing());

    public static readonly KeyedQuery<string, MentorListing> MentorsById =
        ById<MentorRow, MentorListing>("mentors-by-id", r => r.Mentor.Id, r => r.ToListing());

    /// <summary>The services of each organisation, by name; an organisation without any gets an empty list.</summary>
    public static readonly KeyedQuery<string, IReadOnlyList<ServiceListing>> ServicesByOrganisation = new(
        "services-by-organisation",
        ids => Statement("services-by-organisation", new() { ["ids"] = ids }),
        (result, ids) =>
        {
            var byOrganisation = result.Read<ServiceRow>("row").ToLookup(r => r.Organisation.Id, r => r.ToListing());
            return ids.ToDictionary(id => id, id => (IReadOnlyList<ServiceListing>)[.. byOrganisation[id]]);
        });

    /// <summary>How many services address each need; the statement counts them all, whichever codes were asked for.</summary>
    public static readonly KeyedQuery<string, int> ServiceCountByNeed = new(
        "needs",
        _ => Statement("needs"),
        (result, _) => result.Read<NeedSummary>("row").ToDictionary(n => n.Code, n => n.ServiceCount));

    private static KeyedQuery<string, TListing> ById<TRow, TListing>(string name, Func<TRow, string> key, Func<TRow, TListing> toListing) => new(
        name,
        ids => Statement(name, new() { ["ids"] = ids }),
        (result, _) => result.Read<TRow>("row").ToDictionary(key, toListing));

    private static CypherQuery<Page<TListing>> Paged<TRow, TListing>(CypherStatement statement, PageRequest page, Func<TRow, TListing> toListing) =>
        new(statement, result => new Page<TListing>(
            [.. result.Single<IReadOnlyList<TRow>>("page").Select(toListing)],
            result.Single<int>("totalCount"),
            page.Offset));

    /// <summary>The near variant seeks the latitude index inside the circle's bounding box and orders by distance.</summary>
    private static CypherStatement Searching(string name, NearQuery? near, Dictionary<string, object?> parameters)
    {
        if (near is null)
        {
            return Statement(name, parameters);
        }

        var box = near.Box;
        parameters["lat"] = near.Centre.Latitude;
        parameters["lon"] = near.Centre.Longitude;
        parameters["radiusKm"] = near.RadiusKm;
        parameters["minLat"] = box.MinLatitude;
        parameters["maxLat"] = box.MaxLatitude;
        parameters["minLon"] = box.MinLongitude;
        parameters["maxLon"] = box.MaxLongitude;
        return Statement(name + "-near", parameters);
    }

    private static Dictionary<string, object?> Paging(PageRequest page) => new()
    {
        ["skip"] = page.Offset,
        ["end"] = (long)page.Offset + page.First,
    };

    private static CypherStatement Statement(string name, Dictionary<string, object?>? parameters = null) =>
        CypherStatement.From($"Listings/{name}.cypher", parameters);
}
