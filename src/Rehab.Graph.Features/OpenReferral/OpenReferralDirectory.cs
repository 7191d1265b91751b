using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Features.OpenReferral;

/// <summary>What a list of services is asked for: ORUK's <c>search</c> and <c>taxonomy_term_id</c>, as sent.</summary>
public sealed record OpenReferralServiceQuery(string? Search, string? TaxonomyTermId, OpenReferralPaging Paging);

/// <summary>
/// The public directory as Open Referral UK reads it: services (not closed ones), organisations and the taxonomy of
/// needs; nothing about people or referrals. Services come from the hub's in-memory directory, brought up to the
/// changes read first, so a listing change is seen by the next read on every hub.
/// </summary>
public sealed class OpenReferralDirectory(ReadBatch reads, DirectoryIndex directory)
{
    public async Task<OpenReferralPage<OrukServiceSummary>> ServicesAsync(OpenReferralServiceQuery query, CancellationToken cancellationToken)
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
                return query.Paging.Of<OrukServiceSummary>(0, []);
            }
        }

        var snapshot = await SnapshotAsync(cancellationToken);
        return query.Paging.Of(snapshot.Services(search), OpenReferralShapes.Summary);
    }

    /// <summary>The service by its UUID, with all it holds; none for an id of nothing, or of a closed service.</summary>
    public async Task<OrukService?> ServiceAsync(string id, CancellationToken cancellationToken)
    {
        var uuid = Uuid(id, "id")!.Value;
        var service = (await SnapshotAsync(cancellationToken)).ServiceByOpenReferralId(uuid);
        return service is null or { Status: ServiceStatus.Closed } ? null : OpenReferralShapes.Service(service);
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
        await reads.Run(ListingQueries.Needs).GetResultAsync(cancellationToken);

    private static Guid? Uuid(string? text, string name) =>
        text is null ? null
        : Guid.TryParseExact(text, "D", out var uuid) ? uuid
        : throw new InvalidInputException(name, $"'{name}' must be a UUID, as 3f7b145d-84af-42d7-8fae-eaca714b02b2 (got '{(text.Length <= 40 ? text : text[..40] + "...")}').");
}
