using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Projects;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Plans;

namespace Rehab.Graph.Neo4j.Projects;

/// <summary>What a projects search asks: statuses, needs served, women only, words in the title or aims, and where.</summary>
public sealed record ProjectSearch(IReadOnlyList<ProjectStatus> Statuses, IReadOnlyList<string> Needs, bool? WomenOnly, string? Text, NearQuery? Near, PageRequest Page);

/// <summary>
/// The stored person a connect reads projects for, beside the person: only for a caller who reaches them as <c>connect</c>
/// does (the rest find no project); around their home with <see cref="AroundHomeKm"/>; for their assessed needs with
/// <see cref="TheirNeeds"/>, in place of the search's.
/// </summary>
public sealed record ProjectsFor(string PersonId, CaseCoordinator Reach, double? AroundHomeKm, bool TheirNeeds);

/// <summary>Reads of co-produced projects. Each project comes with every member; the hub shows each caller only those it may see.</summary>
public static class ProjectQueries
{
    public static CypherQuery<Page<ProjectRecord>> Projects(ProjectSearch search, ProjectsFor? person = null)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["statuses"] = search.Statuses.Select(EnumCodes.ToCode).ToList(),
            ["needs"] = person is { TheirNeeds: true } ? null : search.Needs,
            ["womenOnly"] = search.WomenOnly,
            ["text"] = search.Text,
            ["lat"] = search.Near?.Centre.Latitude,
            ["lon"] = search.Near?.Centre.Longitude,
            ["radiusKm"] = person?.AroundHomeKm ?? search.Near?.RadiusKm,
            ["personId"] = person?.PersonId,
            ["practitionerId"] = person?.Reach.PractitionerId,
            ["coordinatorOrganisationId"] = person?.Reach.OrganisationId,
            ["aroundHome"] = person?.AroundHomeKm is not null,
            ["skip"] = search.Page.Offset,
            ["end"] = (long)search.Page.Offset + search.Page.First,
        };
        return new(Statement("projects", parameters), result => new Page<ProjectRecord>(
            [.. result.Single<IReadOnlyList<ProjectRow>>("page").Select(r => r.ToRecord())],
            result.Single<int>("totalCount"),
            search.Page.Offset));
    }

    /// <summary>Projects by id, in any status: for <c>node(id)</c> and a step or fund naming one.</summary>
    public static readonly KeyedQuery<string, ProjectRecord> ById = new(
        "projects-by-id",
        ids => Statement("projects-by-id", new() { ["ids"] = ids, ["personId"] = null }),
        (result, _) => result.Read<ProjectRow>("row").ToDictionary(r => r.Project.Id, r => r.ToRecord()));

    /// <summary>The projects a person is a member of, by title.</summary>
    public static CypherQuery<IReadOnlyList<ProjectRecord>> OfPerson(string personId) => new(
        Statement("projects-by-id", new() { ["ids"] = Array.Empty<string>(), ["personId"] = personId }),
        result => [.. result.Read<ProjectRow>("row").Select(r => r.ToRecord())]);

    /// <summary>Projects' grant statements, oldest entry first; a project with no grant yet has none.</summary>
    public static readonly KeyedQuery<string, FundRecord> Grants = new(
        "project-grants",
        ids => Statement("project-grants", new() { ["ids"] = ids }),
        (result, _) => result.Read<GrantRow>("row").ToDictionary(r => r.ProjectId, r => r.ToRecord()));

    internal static CypherStatement Statement(string name, Dictionary<string, object?> parameters) => CypherStatement.From($"Projects/{name}.cypher", parameters);

    internal sealed record MemberRow(string PersonId, string DisplayName, string Since, bool Founder, string? OffenderManagerId)
    {
        public ProjectMember ToMember() => new(PersonId, DisplayName, PlanQueries.Time(Since), Founder, OffenderManagerId);
    }

    private sealed record ProjectNode(
        string Id, string Title, string? Aims, string Kind, string Status, double Lat, double Lon, bool? WomenOnly,
        string? ContactName, string? ContactEmail, string? ContactPhone, string? ContactUrl, string CreatedAt, int Version);

    private sealed record ProjectRow(
        ProjectNode Project, IReadOnlyList<NeedRef> Needs, IReadOnlyList<string> Strengths, IReadOnlyList<MemberRow> Members, int GrantPence, int GrantBalancePence, double? DistanceKm)
    {
        public ProjectRecord ToRecord() => new(
            Project.Id, Project.Title, Project.Aims, EnumCodes.Parse<ProjectKind>(Project.Kind), EnumCodes.Parse<ProjectStatus>(Project.Status),
            Needs, Strengths, Project.Lat, Project.Lon, Project.WomenOnly ?? false,
            Contact.From(Project.ContactName, Project.ContactEmail, Project.ContactPhone, Project.ContactUrl),
            GrantPence, GrantBalancePence, [.. Members.Select(m => m.ToMember()).OrderBy(m => m.Since)], PlanQueries.Time(Project.CreatedAt), Project.Version, DistanceKm);
    }

    private sealed record GrantRow(string ProjectId, string Id, int BalancePence, IReadOnlyList<GrantEntryRow> Entries)
    {
        public FundRecord ToRecord() => new(
            Id, ProjectId, new FundHolder(FundHolderKind.Project, ProjectId), BalancePence, [.. Entries.OrderBy(e => e.Seq).Select(e => e.ToRecord())]);
    }

    private sealed record GrantEntryRow(string Id, string At, string Kind, int AmountPence, string? Description, string ApprovedBy, int Seq)
    {
        public FundEntryRecord ToRecord() => new(Id, PlanQueries.Time(At), EnumCodes.Parse<FundEntryKind>(Kind), AmountPence, Description, ApprovedBy, null, null);
    }
}
