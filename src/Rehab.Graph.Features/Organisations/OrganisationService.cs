using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.Organisations;

namespace Rehab.Graph.Features.Organisations;

/// <summary>Admins manage the organisations partners list under.</summary>
public sealed class OrganisationService(OrganisationStore store)
{
    public Task<OrganisationListing> UpsertAsync(OrganisationDraft draft, Caller caller, CancellationToken cancellationToken) =>
        store.UpsertAsync(OrganisationRules.Organisation(draft, caller), caller, cancellationToken);
}
