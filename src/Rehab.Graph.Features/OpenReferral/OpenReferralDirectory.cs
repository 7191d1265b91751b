using System.Globalization;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Features.OpenReferral;

/// <summary>
/// What a list of services or their places is asked for, as sent: ORUK's <c>search</c> and <c>taxonomy_term_id</c>,
/// and for places a <c>postcode</c> and a <c>proximity</c> in metres around it.
/// </summary>
public sealed record OpenReferralServiceQuery(string? Search, string? TaxonomyTermId, OpenReferralPaging Paging, string? Postcode = null, string? Proximity = null);

/// <summary>
/// The public directory as Open Referral UK reads it: services (not closed ones), organisations and the taxonomy of
/// needs; nothing about people or referrals. Services come from the hub's in-memory directory, brought up to the
/// changes read first, so a listing change is seen by the next read on every hub.
/// </summary>
public sealed class OpenReferralDirectory(ReadBatch reads, DirectoryIndex directory, OpenReferralOrganisations organisations, IPlaceGazetteer gazetteer)
{
    /// <summary>Metres in a kilometre, for ORUK's proximity.</summary>
    private const double MetresPerKm = 1000;

    public async Task<OpenReferralPage<OrukServiceSummary>> ServicesAsync(OpenReferralServiceQuery query, CancellationToken cancellationToken) =>
        query.Paging.Of(await FindAsync(query, near: null, cancellationToken), OpenReferralShapes.Summary);

    /// <summary>
    /// The services' places, by name; around a postcode, the physical ones nearest first, within the proximity when
    /// one is given and else within the farthest any search reaches (<see cref="NearQuery.MaxRadiusKm"/>).
    /// </summary>
    public async Task<OpenReferralPage<OrukServiceAtLocationEntry>> ServiceAtLocationsAsync(OpenReferralServiceQuery query, CancellationToken cancellationToken)
    {
        var near = Around(query.Postcode, query.Proximity);
        return query.Paging.Of(await FindAsync(query, near, cancellationToken), s => OpenReferralShapes.ServiceAtLocation(s, whole: false));
    }

    /// <summary>A place by its UUID, whole, with its service; none for an id of nothing, or of a closed service's place.</summary>
    public async Task<OrukServiceAtLocationEntry?> ServiceAtLocationAsync(string id, CancellationToken cancellationToken)
    {
        var uuid = Uuid(id, "id")!.Value;
        var service = (await SnapshotAsync(cancellationToken)).ServiceByOpenReferralPlaceId(uuid);
        return service is null or { Status: ServiceStatus.Closed } ? null : OpenReferralShapes.ServiceAtLocation(service, whole: true);
    }

    private async Task<Page<ServiceListing>> FindAsync(OpenReferralServiceQuery query, NearQuery? near, CancellationToken cancellationToken)
    {
        var text = SearchText.Normalise(query.Search, "search");
        var termId = Uuid(query.TaxonomyTermId, "taxonomy_term_id");
        var search = new ServiceSearch([], null, null, text, null, null, query.Paging.Request);
        if (termId is { } term)
        {
            if (term == OpenReferralIds.Of("term/women-only"))
            {
                search = search with { WomenOnly = true };
            }
            else if (OpenReferralTaxonomy.NeedCode(term, NeedCodes.All) is { } code)
            {
                search = search with { Needs = [code] };
            }
            else
            {
                // A term of another taxonomy: no service of ours is filed under it.
                return new Page<ServiceListing>([], 0, search.Page.Offset);
            }
        }

        var snapshot = await SnapshotAsync(cancellationToken);
        return near is null ? snapshot.Services(search) : snapshot.Services(search with { Online = false }, near);
    }

    /// <summary>The postcode's district in the gazetteer, and the proximity as a radius; none without a postcode.</summary>
    private NearQuery? Around(string? postcode, string? proximity)
    {
        if (postcode is null)
        {
            return proximity is null ? null : throw new InvalidInputException("proximity", "'proximity' is measured from a 'postcode': give one.");
        }

        // A whole postcode (HU5 7TG) or just its district (HU5): the gazetteer holds districts' centres.
        var trimmed = postcode.Trim().ToUpperInvariant();
        var district = trimmed.Length <= 4 && !trimmed.Contains(' ', StringComparison.Ordinal) ? trimmed : ContactRules.Postcode(trimmed, "postcode")!.Split(' ')[0];
        var centre = gazetteer.Find(district) is { Kind: "POSTCODE_DISTRICT" } place
            ? place.Location
            : throw new InvalidInputException("postcode", $"'postcode' is in no postcode district this hub knows (got '{CallerText.Shown(postcode)}').");
        if (proximity is null)
        {
            return new NearQuery(centre, NearQuery.MaxRadiusKm);
        }

        return double.TryParse(proximity, NumberStyles.Float, CultureInfo.InvariantCulture, out var metres) && double.IsFinite(metres)
            && metres > 0 && metres <= NearQuery.MaxRadiusKm * MetresPerKm
            ? new NearQuery(centre, metres / MetresPerKm)
            : throw new InvalidInputException("proximity", $"'proximity' must be a number of metres, more than 0 and at most {NearQuery.MaxRadiusKm * MetresPerKm} (got '{CallerText.Shown(proximity)}').");
    }

    /// <summary>The service by its UUID, with all it holds; none for an id of nothing, or of a closed service.</summary>
    public async Task<OrukService?> ServiceAsync(string id, CancellationToken cancellationToken)
    {
        var uuid = Uuid(id, "id")!.Value;
        var service = (await SnapshotAsync(cancellationToken)).ServiceByOpenReferralId(uuid);
        return service is null or { Status: ServiceStatus.Closed } ? null : OpenReferralShapes.Service(service);
    }

    /// <summary>Organisations, with or without services, by name; <c>search</c> finds words in their names and descriptions.</summary>
    public async Task<OpenReferralPage<OrukOrganization>> OrganizationsAsync(string? search, OpenReferralPaging paging, CancellationToken cancellationToken)
    {
        var text = SearchText.Normalise(search, "search");
        var known = await organisations.AsOfAsync(await SnapshotAsync(cancellationToken), cancellationToken);
        return paging.Of(known.Search(text, paging.Request), OpenReferralShapes.Organization);
    }

    /// <summary>The organisation by its UUID, with the services it lists (not closed ones), by name; none for an id of nothing.</summary>
    public async Task<OrukOrganization?> OrganizationAsync(string id, CancellationToken cancellationToken)
    {
        var uuid = Uuid(id, "id")!.Value;
        var snapshot = await SnapshotAsync(cancellationToken);
        if ((await organisations.AsOfAsync(snapshot, cancellationToken)).ByOpenReferralId(uuid) is not { } organisation)
        {
            return null;
        }

        var services = snapshot.Services(new ServiceSearch([], null, null, null, organisation.Id, null, new PageRequest(int.MaxValue, 0)));
        return OpenReferralShapes.Organization(organisation, services.Items);
    }

    /// <summary>
    /// Every service that is not closed, whole, by organisation (name, then id) and each organisation's by name and id:
    /// the shapes and order of the CLI's <c>export --all</c>, from one snapshot, shaped as they are read.
    /// </summary>
    public async Task<IEnumerable<OrukService>> WholeDirectoryAsync(CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        return snapshot.Services(new ServiceSearch([], null, null, null, null, null, new PageRequest(int.MaxValue, 0))).Items
            .OrderBy(s => s.Organisation.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Organisation.Id, StringComparer.Ordinal)
            .Select(OpenReferralShapes.Service);
    }

    public async Task<OpenReferralPage<OrukTaxonomy>> TaxonomiesAsync(OpenReferralPaging paging, CancellationToken cancellationToken)
    {
        var taxonomy = OpenReferralShapes.Taxonomy(await NeedsAsync(cancellationToken), withTerms: false);
        return paging.Of<OrukTaxonomy>(1, paging.Page == 1 ? [taxonomy] : []);
    }

    public async Task<OrukTaxonomy?> TaxonomyAsync(string id, CancellationToken cancellationToken) =>
        Uuid(id, "id") == Guid.Parse(OpenReferralTaxonomy.Id) ? OpenReferralShapes.Taxonomy(await NeedsAsync(cancellationToken), withTerms: true) : null;

    public async Task<OpenReferralPage<OrukTerm>> TermsAsync(OpenReferralPaging paging, CancellationToken cancellationToken)
    {
        var terms = OpenReferralShapes.Terms(await NeedsAsync(cancellationToken)).ToList();
        return paging.Of(terms.Count, [.. terms.Skip(paging.Request.Offset).Take(paging.PerPage)]);
    }

    public async Task<OrukTerm?> TermAsync(string id, CancellationToken cancellationToken)
    {
        var uuid = Uuid(id, "id");
        return OpenReferralShapes.Terms(await NeedsAsync(cancellationToken)).FirstOrDefault(t => Guid.Parse(t.Id) == uuid);
    }

    private async Task<DirectorySnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        await directory.CatchUpAsync(await reads.Run(directory.Changes()).GetResultAsync(cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<NeedRef>> NeedsAsync(CancellationToken cancellationToken) =>
        await reads.Run(ListingQueries.NeedTerms).GetResultAsync(cancellationToken);

    private static Guid? Uuid(string? text, string name) =>
        text is null ? null
        : Guid.TryParseExact(text, "D", out var uuid) ? uuid
        : throw new InvalidInputException(name, $"'{name}' must be a UUID, as 3f7b145d-84af-42d7-8fae-eaca714b02b2 (got '{(text.Length <= 40 ? text : text[..40] + "...")}').");
}
