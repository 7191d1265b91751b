using System.Collections.Frozen;
using System.Collections.Immutable;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.OpenReferral;
using Rehab.Graph.Domain.Paging;

namespace Rehab.Graph.Neo4j.Listings.InMemory;

/// <summary>
/// The whole directory as of change <see cref="Number"/>: the services, placements and mentors the connector ranks, in
/// memory, with the answers the near statements give (the same filters, distances and order), in microseconds.
/// </summary>
public sealed class DirectorySnapshot
{
    private readonly ListingSet<ServiceListing> _services;
    private readonly ListingSet<PlacementListing> _placements;
    private readonly ListingSet<MentorListing> _mentors;

    /// <summary>Active online services by name and id, as services-online.cypher orders them.</summary>
    private readonly ImmutableArray<ServiceListing> _online;

    // Services by the UUIDs Open Referral UK knows them and their places by. Name-based UUIDs cannot be read back, so
    // the snapshot's are made once, the first time one is asked for: a snapshot is never changed, and a change makes a new one.
    private FrozenDictionary<Guid, ServiceListing>? _byOpenReferralId;

    private FrozenDictionary<Guid, ServiceListing>? _byOpenReferralPlaceId;

    // Every service by name and id, as services.cypher orders them, made the first time a search anywhere needs it, so
    // a search pages through it instead of sorting the whole directory for every request.
    private ServiceListing[]? _byName;

    /// <summary>Services by name, then id, as the statements order them: strings compare by UTF-16 code unit in Neo4j as here.</summary>
    private static readonly Comparer<ServiceListing> ByNameAndId = Comparer<ServiceListing>.Create((a, b) =>
        string.CompareOrdinal(a.Name, b.Name) is not 0 and var byName ? byName : string.CompareOrdinal(a.Id, b.Id));

    private DirectorySnapshot(
        long number, long reloadFrom, ListingSet<ServiceListing> services, ListingSet<PlacementListing> placements, ListingSet<MentorListing> mentors,
        ImmutableArray<ServiceListing> online, ServiceListing[]? byName = null)
    {
        Number = number;
        ReloadFrom = reloadFrom;
        _services = services;
        _placements = placements;
        _mentors = mentors;
        _online = online;
        _byName = byName;
    }

    /// <summary>The change number this snapshot reflects: every write numbered this or less is in it.</summary>
    public long Number { get; }

    /// <summary>The reload mark it was loaded under; a later mark means a bulk write it cannot see, so it is read again whole.</summary>
    public long ReloadFrom { get; }

    public int ServiceCount => _services.Count;

    public int PlacementCount => _placements.Count;

    public int MentorCount => _mentors.Count;

    internal static DirectorySnapshot Empty(long number, long reloadFrom) =>
        new(number, reloadFrom, ListingSet<ServiceListing>.Empty, ListingSet<PlacementListing>.Empty, ListingSet<MentorListing>.Empty, []);

    internal DirectorySnapshot With(long number, DirectoryChangeSet changes)
    {
        var services = _services.With(changes.Services);
        return new(
            number,
            ReloadFrom,
            services,
            _placements.With(changes.Placements),
            _mentors.With(changes.Mentors),
            changes.Services.Count == 0 ? _online : Online(services),
            _byName is { } byName ? ByName(byName, changes.Services) : null);
    }

    /// <summary>Active services within the radius that address any of <paramref name="needs"/> (any at all when none), nearest first.</summary>
    public IReadOnlyList<ServiceListing> Services(IReadOnlyList<string> needs, NearQuery near, int limit) => Nearest(
        _services.Within(near, s => s.Status == ServiceStatus.Active && Addresses(s, needs)),
        (s, km) => s with { DistanceKm = km },
        s => s.Name,
        s => s.Id,
        limit);

    /// <summary>
    /// A page of the services a directory search around <paramref name="near"/> finds, as services-near.cypher pages
    /// them: the search's filters, nearest first, with how many there are in all.
    /// </summary>
    public Page<ServiceListing> Services(ServiceSearch search, NearQuery near)
    {
        var matches = Nearest(
            _services.Within(near, s => Matches(s, search)),
            (s, km) => s with { DistanceKm = km },
            s => s.Name,
            s => s.Id,
            int.MaxValue);
        return new Page<ServiceListing>([.. matches.Skip(search.Page.Offset).Take(search.Page.First)], matches.Count, search.Page.Offset);
    }

    /// <summary>
    /// A page of the services a directory search finds anywhere, by name and id (as services.cypher orders them), with
    /// how many there are in all.
    /// </summary>
    public Page<ServiceListing> Services(ServiceSearch search)
    {
        var byName = LazyInitializer.EnsureInitialized(ref _byName, () => [.. _services.Listings.Order(ByNameAndId)]);
        var page = new List<ServiceListing>(Math.Min(search.Page.First, 256));
        var total = 0;
        foreach (var service in byName)
        {
            if (Matches(service, search))
            {
                if (total >= search.Page.Offset && page.Count < search.Page.First)
                {
                    page.Add(service);
                }

                total++;
            }
        }

        return new Page<ServiceListing>(page, total, search.Page.Offset);
    }

    /// <summary>The service Open Referral UK knows by <paramref name="id"/> (<see cref="OpenReferralIds"/>), closed or not.</summary>
    public ServiceListing? ServiceByOpenReferralId(Guid id) =>
        LazyInitializer.EnsureInitialized(ref _byOpenReferralId, () => _services.Listings.ToFrozenDictionary(s => OpenReferralIds.Of(s.Id))).GetValueOrDefault(id);

    /// <summary>The service whose place (its service_at_location) Open Referral UK knows by <paramref name="id"/>, closed or not.</summary>
    public ServiceListing? ServiceByOpenReferralPlaceId(Guid id) =>
        LazyInitializer.EnsureInitialized(ref _byOpenReferralPlaceId, () => _services.Listings.ToFrozenDictionary(s => OpenReferralIds.Of(s.Id, "service_at_location")))
            .GetValueOrDefault(id);

    /// <summary>Active online services that address any of <paramref name="needs"/> (any at all when none), by name.</summary>
    public IReadOnlyList<ServiceListing> OnlineServices(IReadOnlyList<string> needs, int limit) =>
        [.. _online.Where(s => Addresses(s, needs)).Take(limit)];

    /// <summary>Placements within the radius, nearest first, whether or not they have space.</summary>
    public IReadOnlyList<PlacementListing> Placements(NearQuery near, int limit) =>
        Nearest(_placements.Within(near), (p, km) => p with { DistanceKm = km }, p => p.Title, p => p.Id, limit);

    /// <summary>Mentors within the radius, nearest first, whether or not they have space.</summary>
    public IReadOnlyList<MentorListing> Mentors(NearQuery near, int limit) =>
        Nearest(_mentors.Within(near), (m, km) => m with { DistanceKm = km }, m => m.DisplayName, m => m.Id, limit);

    internal static DirectorySnapshot Loaded(long number, long reloadFrom, DirectoryChangeSet all)
    {
        var services = ListingSet<ServiceListing>.Empty.With(all.Services);
        return new(number, reloadFrom, services, ListingSet<PlacementListing>.Empty.With(all.Placements), ListingSet<MentorListing>.Empty.With(all.Mentors), Online(services));
    }

    // A listing's absent flags read as false here, as they do in every listing the API shows.
    private static bool Matches(ServiceListing service, ServiceSearch search) =>
        (search.ActiveOnly ? service.Status == ServiceStatus.Active : search.IncludeClosed || service.Status != ServiceStatus.Closed)
        && (search.WomenOnly is not { } womenOnly || service.WomenOnly == womenOnly)
        && (search.Online is not { } online || service.Online == online)
        && (search.OrganisationId is not { } organisation || service.Organisation.Id == organisation)
        && (search.ByAndFor is not { Count: > 0 } communities || service.ByAndFor.Any(communities.Contains))
        && (search.Text is not { } text || SearchText.Finds(service.Name, text) || SearchText.Finds(service.Description, text))
        && Addresses(service, search.Needs);

    private static bool Addresses(ServiceListing service, IReadOnlyList<string> needs)
    {
        if (needs.Count == 0)
        {
            return true;
        }

        foreach (var need in service.Needs)
        {
            if (needs.Contains(need.Code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The order by name kept through a change, in one pass: the changed services out, their new versions merged in, so
    /// a change does not sort the whole directory again.
    /// </summary>
    private static ServiceListing[] ByName(ServiceListing[] sorted, IReadOnlyList<KeyValuePair<string, HeldListing<ServiceListing>?>> changes)
    {
        var latest = new Dictionary<string, ServiceListing?>(StringComparer.Ordinal);
        foreach (var (id, held) in changes)
        {
            latest[id] = held?.Listing;
        }

        var added = latest.Values.OfType<ServiceListing>().Order(ByNameAndId).ToArray();
        var merged = new List<ServiceListing>(sorted.Length + added.Length);
        var next = 0;
        foreach (var service in sorted)
        {
            if (latest.ContainsKey(service.Id))
            {
                continue;
            }

            while (next < added.Length && ByNameAndId.Compare(added[next], service) < 0)
            {
                merged.Add(added[next++]);
            }

            merged.Add(service);
        }

        merged.AddRange(added.AsSpan(next));
        return [.. merged];
    }

    private static ImmutableArray<ServiceListing> Online(ListingSet<ServiceListing> services) =>
    [
        .. services.Listings
            .Where(s => s is { Online: true, Status: ServiceStatus.Active })
            .Order(ByNameAndId),
    ];

    // The statements order by distance, then name, then id; strings compare by UTF-16 code unit in Neo4j as here.
    private static IReadOnlyList<T> Nearest<T>(
        List<(T Listing, double DistanceKm)> within, Func<T, double, T> withDistance, Func<T, string> name, Func<T, string> id, int limit)
    {
        within.Sort((a, b) => a.DistanceKm != b.DistanceKm ? a.DistanceKm.CompareTo(b.DistanceKm)
            : string.CompareOrdinal(name(a.Listing), name(b.Listing)) is not 0 and var byName ? byName
            : string.CompareOrdinal(id(a.Listing), id(b.Listing)));
        var nearest = new T[Math.Min(limit, within.Count)];
        for (var i = 0; i < nearest.Length; i++)
        {
            nearest[i] = withDistance(within[i].Listing, within[i].DistanceKm);
        }

        return nearest;
    }
}
