using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Plans;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Projects;

/// <summary>What a project's words, members and place may be, who may work on it, and how its status may move.</summary>
public static class ProjectRules
{
    public const int MaxTitle = 200;
    public const int MaxAims = 2000;

    /// <summary>A project is co-produced by a few people; more founders than this is a list pasted by mistake.</summary>
    public const int MaxFounders = 20;

    /// <summary>
    /// Checks a new project. A person on probation starts one with themselves as its only founder; an offender manager
    /// names founders from their caseload (the statement checks the caseload); an admin anyone.
    /// </summary>
    public static ValidProject Validate(NewProject project, Grant grant)
    {
        var title = PlanRules.Text(project.Title, MaxTitle, "input.title", required: true)!;
        var aims = PlanRules.Text(project.Aims, MaxAims, "input.aims", required: false);
        var needs = NeedCodes.Validate(project.Needs, "input.needs");
        if (needs.Count == 0)
        {
            throw new InvalidInputException("input.needs", "Name at least one need the project serves in 'input.needs': it is how connect offers it to others.");
        }

        var strengths = StrengthCodes.Validate(project.Strengths, "input.strengths");
        var members = (project.MemberIds ?? []).Select((id, i) => Ids.Require(id, Ids.Person, $"input.memberIds[{i}]")).Distinct(StringComparer.Ordinal).ToList();
        if (grant.Actor == Actor.Person)
        {
            var self = grant.Caller.PersonId ?? throw new InvalidOperationException("A PERSON grant names no person.");
            if (members.Any(m => m != self))
            {
                throw new ForbiddenException("You may start a project with yourself as its founder; your offender manager adds others who join.");
            }

            members = [self];
        }

        if (members.Count is 0 or > MaxFounders)
        {
            throw new InvalidInputException("input.memberIds", $"'input.memberIds' names the people on probation who found it: 1 to {MaxFounders} (got {members.Count}).");
        }

        var location = project.Location is { } point
            ? GeoPoint.Create(point.Latitude, point.Longitude, "input.location")
            : throw new InvalidInputException("input.location", "'input.location' is where the project meets or works; connect offers it to people near it.");
        return new ValidProject(title, aims, project.Kind, needs, strengths, members, location, project.WomenOnly, ContactRules.Contact(project.Contact, "input.contact"));
    }

    /// <summary>
    /// Whether a project may move from <paramref name="from"/> to <paramref name="to"/>: a proposal starts running or is
    /// given up; a running project pauses or closes; a paused one runs again or closes; a closed one stays closed.
    /// </summary>
    public static void CheckStatusChange(string projectId, ProjectStatus from, ProjectStatus to)
    {
        var allowed = (from, to) switch
        {
            (ProjectStatus.Proposed, ProjectStatus.Running or ProjectStatus.Closed) => true,
            (ProjectStatus.Running, ProjectStatus.Paused or ProjectStatus.Closed) => true,
            (ProjectStatus.Paused, ProjectStatus.Running or ProjectStatus.Closed) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new ConflictException($"Project '{projectId}' is {EnumCodes.ToCode(from)} and cannot become {EnumCodes.ToCode(to)}.");
        }
    }

    /// <summary>
    /// Who may work on a project (change its status, spend its grant, add members): an admin, or the offender manager
    /// of one of its members; a person on probation only joins or starts one.
    /// </summary>
    public static bool Reaches(Grant grant, IEnumerable<ProjectMember> members) => grant.Reach switch
    {
        Reach.Everything => true,
        Reach.Caseload => members.Any(m => m.OffenderManagerId == grant.PractitionerId),
        _ => false,
    };

    /// <summary>The members a caller may see: all to an admin, their caseload to an offender manager, themselves to a member; none to anyone else.</summary>
    public static IReadOnlyList<ProjectMember> Visible(IReadOnlyList<ProjectMember> members, Caller caller) => caller.Role switch
    {
        CallerRole.Admin => members,
        CallerRole.OffenderManager => [.. members.Where(m => m.OffenderManagerId is not null && m.OffenderManagerId == caller.PractitionerId)],
        CallerRole.Person => [.. members.Where(m => m.PersonId == caller.PersonId)],
        _ => [],
    };

    /// <summary>The statuses a directory search may ask for: RUNNING for anyone; the rest only for those who work on projects.</summary>
    public static IReadOnlyList<ProjectStatus> Statuses(IReadOnlyList<ProjectStatus>? asked, Caller caller, string field)
    {
        IReadOnlyList<ProjectStatus> statuses = asked is { Count: > 0 } ? [.. asked.Distinct()] : [ProjectStatus.Running];
        if (statuses.All(s => s == ProjectStatus.Running) || caller.Holds(AccessPolicy.SetProjectStatus))
        {
            return statuses;
        }

        var who = AccessPolicy.Who(AccessPolicy.SetProjectStatus);
        throw caller.Role == CallerRole.Anonymous
            ? new UnauthenticatedException($"Sign in to list projects that are not RUNNING ('{field}'): only {who} may.")
            : new ForbiddenException($"Only {who} may list projects that are not RUNNING ('{field}').");
    }
}
