using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Features.Projects;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Features.Directory;

/// <summary>
/// The public directory: needs, services, organisations, placements and mentors, open to anyone. Every read is pending
/// until the response's level is complete, so the reads of one level go to Neo4j together; items by id are batched by key.
/// </summary>
public sealed class DirectoryService(ReadBatch reads, DirectoryIndex directory, IPlaceGazetteer gazetteer, ProjectService projects)
{
    public PendingRead<IReadOnlyList<NeedSummary>> Needs(Caller caller)
    {
        caller.Require(AccessPolicy.Needs);
        return reads.Run(ListingQueries.Needs);
    }

    /// <summary>
    /// Services, nearest first with <paramref name="near"/>; an organisation's closed ones too only for those who may
    /// reopen them. A search around a place is answered from the hub's in-memory directory, brought up to the changes
    /// read in the same request; the others read the graph.
    /// </summary>
    public PendingRead<Page<ServiceListing>> Services(ServiceFilter? where, NearRequest? near, PageRequest page, Caller caller)
    {
        caller.Require(AccessPolicy.Services);
        var search = new ServiceSearch(
            NeedCodes.Validate(where?.Needs, "where.needs"),
            where?.WomenOnly,
            where?.Online,
            SearchText.Normalise(where?.Text, "where.text"),
            where?.OrganisationId,
            near?.Resolve(gazetteer),
            page,
            IncludeClosed: ListingRules.MaySeeClosed(where?.IncludeClosed, where?.OrganisationId, caller),
            ByAndFor: CommunityCodes.Validate(where?.ByAndFor, "where.byAndFor"));
        return search.Near is { } around
            ? reads.Run(directory.Changes()).ThenAsync(async changes => (await directory.CatchUpAsync(changes, CancellationToken.None)).Services(search, around))
            : reads.Run(ListingQueries.Services(search));
    }

    public PendingRead<Page<OrganisationListing>> Organisations(OrganisationFilter? where, PageRequest page, Caller caller)
    {
        caller.Require(AccessPolicy.Organisations);
        return reads.Run(ListingQueries.Organisations(new OrganisationSearch(
            ListingKinds.Validate(where?.Kind, ListingKinds.Organisation, "where.kind"),
            SearchText.Normalise(where?.Text, "where.text"),
            page)));
    }

    public PendingRead<Page<PlacementListing>> Placements(PlacementFilter? where, NearRequest? near, PageRequest page, Caller caller)
    {
        caller.Require(AccessPolicy.Placements);
        return reads.Run(ListingQueries.Placements(new PlacementSearch(
            ListingKinds.Validate(where?.Kind, ListingKinds.Placement, "where.kind"),
            where?.WomenOnly,
            where?.HasSpace,
            SearchText.Normalise(where?.Text, "where.text"),
            near?.Resolve(gazetteer),
            page,
            where?.OrganisationId)));
    }

    public PendingRead<Page<MentorListing>> Mentors(MentorFilter? where, NearRequest? near, PageRequest page, Caller caller)
    {
        caller.Require(AccessPolicy.Mentors);
        return reads.Run(ListingQueries.Mentors(new MentorSearch(
            where?.Gender is { } gender ? EnumCodes.ToCode(gender) : null,
            ListingKinds.ValidateLanguage(where?.Language, "where.language"),
            NeedCodes.Validate(where?.LivedExperience, "where.livedExperience"),
            where?.HasSpace,
            near?.Resolve(gazetteer),
            page,
            where?.OrganisationId)));
    }

    /// <summary>
    /// A service, organisation, placement, mentor or project by id, which carries its kind ("svc-", "org-", "plc-", "mnt-",
    /// "prj-"); people and practitioners are not public nodes. A closed service is shown only to those who manage it, so that
    /// they can reopen it; a project that is not running only to those who work on projects and its members.
    /// </summary>
    public PendingRead<object?> Node(string id, Caller caller)
    {
        caller.Require(AccessPolicy.Node);
        return id.Split('-', 2)[0] switch
        {
            "svc" => Service(id).Then<object?>(s => s is { } listing && (listing.Status != ServiceStatus.Closed || ListingRules.MayManage(caller, listing.Organisation.Id)) ? listing : null),
            "org" => Organisation(id).Then<object?>(o => o),
            "plc" => Placement(id).Then<object?>(p => p),
            "mnt" => Mentor(id).Then<object?>(m => m),
            "prj" => projects.Project(id, caller).Then<object?>(p => p),
            _ => PendingRead<object?>.Known(null),
        };
    }

    public PendingRead<ServiceListing?> Service(string id) => reads.Load(ListingQueries.ServicesById, id);

    public PendingRead<PlacementListing?> Placement(string id) => reads.Load(ListingQueries.PlacementsById, id);

    public PendingRead<OrganisationListing?> Organisation(string id) => reads.Load(ListingQueries.OrganisationsById, id);

    public PendingRead<MentorListing?> Mentor(string id) => reads.Load(ListingQueries.MentorsById, id);

    /// <summary>The services an organisation offers, by name.</summary>
    public PendingRead<IReadOnlyList<ServiceListing>?> ServicesOf(string organisationId) => reads.Load(ListingQueries.ServicesByOrganisation, organisationId);

    /// <summary>How many services address a need.</summary>
    public PendingRead<int> ServiceCount(string needCode) => reads.Load(ListingQueries.ServiceCountByNeed, needCode);
}
