using System.Text;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Listings.Import;
using Rehab.Graph.Neo4j.ListingEdits;
using Rehab.Graph.Neo4j.ListingImport;

namespace Rehab.Graph.Features.Listings;

/// <summary>A file of services to import, as sent.</summary>
public sealed record ImportRequest(string? OrganisationId, ImportFormat Format, string Content, string? FileName, bool DryRun);

/// <summary>
/// Partners keep their listings current (admins any organisation's). Each change checks who is asking, then the whole
/// input, then is made in one transaction with its audit entry, and answers with the listing as stored.
/// </summary>
public sealed class ListingService(ListingStore listings, ServiceImportStore imports)
{
    public Task<ServiceListing> UpsertServiceAsync(ServiceDraft draft, Caller caller, CancellationToken cancellationToken) =>
        listings.UpsertServiceAsync(ListingRules.Service(draft, caller), caller, cancellationToken);

    public Task<PlacementListing> UpsertPlacementAsync(PlacementDraft draft, Caller caller, CancellationToken cancellationToken) =>
        listings.UpsertPlacementAsync(ListingRules.Placement(draft, caller), caller, cancellationToken);

    public Task<MentorListing> UpsertMentorAsync(MentorDraft draft, Caller caller, CancellationToken cancellationToken) =>
        listings.UpsertMentorAsync(ListingRules.Mentor(draft, caller), caller, cancellationToken);

    /// <summary>Pauses, closes or reopens a service.</summary>
    public Task<ServiceListing> SetServiceStatusAsync(string? serviceId, ServiceStatus? status, int? version, Caller caller, CancellationToken cancellationToken) =>
        listings.SetServiceStatusAsync(ListingRules.Status(serviceId, status, version, caller), caller, cancellationToken);

    /// <summary>Imports an organisation's services from a file, whole or not at all; a dry run plans and writes nothing.</summary>
    public async Task<(ServiceImport Import, ImportPlan Plan)> ImportAsync(ImportRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var organisationId = OrganisationOf(request, caller.Require(AccessPolicy.ImportServices));
        if (request.Content.Length == 0)
        {
            throw new InvalidInputException("input.content", "The file is empty.");
        }

        ServiceImport import;
        try
        {
            using var file = new MemoryStream(Encoding.UTF8.GetBytes(request.Content));
            import = ImportFormats.Read(request.Format, organisationId, request.FileName ?? "the file", file);
        }
        catch (ImportFileException e)
        {
            throw new InvalidInputException("input.content", e.Message);
        }

        var plan = request.DryRun
            ? await imports.DryRunAsync(import, caller, cancellationToken)
            : await imports.ImportAsync(import, caller, (_, _) => { }, cancellationToken);
        return (import, plan);
    }

    /// <summary>A partner imports into its own organisation only; an admin names the organisation.</summary>
    private static string OrganisationOf(ImportRequest request, Grant grant) => grant.Reach switch
    {
        Reach.Everything => request.OrganisationId ?? throw new InvalidInputException("input.organisationId", "An admin names the organisation to import into."),
        _ when request.OrganisationId is null || grant.Covers(request.OrganisationId) => grant.OrganisationId,
        _ => throw new ForbiddenException("A partner may import only its own organisation's services."),
    };
}
