using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Listings;

/// <summary>
/// The public directory: services, organisations, placements and mentors. Each search is one
/// statement that returns the page and the total count together, so a search is one round trip.
/// </summary>
public sealed class ListingStore(CypherClient cypher)
{
    /// <summary>One cheap round trip, to tell whether Neo4j answers.</summary>
    public Task PingAsync(CancellationToken cancellationToken) => cypher.RunAsync(Statement("ping"), cancellationToken);

    public async Task<IReadOnlyList<NeedSummary>> NeedsAsync(CancellationToken cancellationToken) =>
        (await cypher.RunAsync(Statement("needs"), cancellationToken)).Read<NeedSummary>("row");

    public Task<Page<ServiceListing>> ServicesAsync(ServiceSearch search, CancellationToken cancellationToken)
    {
        var parameters = Paging(search.Page);
        parameters["needs"] = search.Needs;
        parameters["womenOnly"] = search.WomenOnly;
        parameters["online"] = search.Online;
        parameters["text"] = search.Text;
        parameters["organisationId"] = search.OrganisationId;
        return PageAsync<ServiceRow, ServiceListing>(Searching("services", search.Near, parameters), search.Page, r => r.ToListing(), cancellationToken);
    }

    public Task<Page<OrganisationListing>> OrganisationsAsync(OrganisationSearch search, CancellationToken cancellationToken)
    {
        var parameters = Paging(search.Page);
        parameters["kind"] = search.Kind;
        parameters["text"] = search.Text;
        return PageAsync<OrganisationListing, OrganisationListing>(Statement("organisations", parameters), search.Page, o => o, cancellationToken);
    }

    public Task<Page<PlacementListing>> PlacementsAsync(PlacementSearch search, CancellationToken cancellationToken)
    {
        var parameters = Paging(search.Page);
        parameters["kind"] = search.Kind;
        parameters["womenOnly"] = search.WomenOnly;
        parameters["hasSpace"] = search.HasSpace;
        parameters["text"] = search.Text;
        return PageAsync<PlacementRow, PlacementListing>(Searching("placements", search.Near, parameters), search.Page, r => r.ToListing(), cancellationToken);
    }

    public Task<Page<MentorListing>> MentorsAsync(MentorSearch search, CancellationToken cancellationToken)
    {
        var parameters = Paging(search.Page);
        parameters["gender"] = search.Gender;
        parameters["language"] = search.Language;
        parameters["livedExperience"] = search.LivedExperience;
        parameters["hasSpace"] = search.HasSpace;
        return PageAsync<MentorRow, MentorListing>(Searching("mentors", search.Near, parameters), search.Page, r => r.ToListing(), cancellationToken);
    }

    public async Task<IReadOnlyList<ServiceListing>> ServicesByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        [.. (await RowsAsync<ServiceRow>("services-by-id", ids, cancellationToken)).Select(r => r.ToListing())];

    /// <summary>The services of each organisation, for many organisations in one round trip.</summary>
    public async Task<ILookup<string, ServiceListing>> ServicesByOrganisationAsync(IEnumerable<string> organisationIds, CancellationToken cancellationToken) =>
        (await RowsAsync<ServiceRow>("services-by-organisation", organisationIds, cancellationToken)).ToLookup(r => r.Organisation.Id, r => r.ToListing());

    public Task<IReadOnlyList<OrganisationListing>> OrganisationsByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        RowsAsync<OrganisationListing>("organisations-by-id", ids, cancellationToken);

    public async Task<IReadOnlyList<PlacementListing>> PlacementsByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        [.. (await RowsAsync<PlacementRow>("placements-by-id", ids, cancellationToken)).Select(r => r.ToListing())];

    public async Task<IReadOnlyList<MentorListing>> MentorsByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        [.. (await RowsAsync<MentorRow>("mentors-by-id", ids, cancellationToken)).Select(r => r.ToListing())];

    private async Task<IReadOnlyList<T>> RowsAsync<T>(string name, IEnumerable<string> ids, CancellationToken cancellationToken) =>
        (await cypher.RunAsync(Statement(name, new() { ["ids"] = ids.ToList() }), cancellationToken)).Read<T>("row");

    private async Task<Page<TListing>> PageAsync<TRow, TListing>(CypherStatement statement, PageRequest page, Func<TRow, TListing> toListing, CancellationToken cancellationToken)
    {
        var result = await cypher.RunAsync(statement, cancellationToken);
        var items = result.Single<IReadOnlyList<TRow>>("page");
        return new Page<TListing>([.. items.Select(toListing)], result.Single<int>("totalCount"), page.Offset);
    }

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
        ["end"] = page.Offset + page.First,
    };

    private static CypherStatement Statement(string name, Dictionary<string, object?>? parameters = null) =>
        CypherStatement.From($"Listings/{name}.cypher", parameters);
}
