using Microsoft.Extensions.Options;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Connector;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Neo4j.Plans;

namespace Rehab.Graph.Features.Connector;

/// <summary>
/// The community connector. A <c>connect</c> reads the graph once: the stored person with their network (the audit of
/// that read beside it), the directory's changes since this hub's copy and the running projects around the search point,
/// or around the person's home when that is the centre. Services, placements and mentors come from the in-memory
/// directory (<see cref="DirectoryIndex"/>), brought up to the changes read, so a listing written through any hub is seen
/// by the next connect.
/// </summary>
public sealed class ConnectorService(ReadBatch reads, AuditLog audit, DirectoryIndex directory, IPlaceGazetteer gazetteer, TimeProvider clock, IOptions<ScoringWeights> weights)
{
    public const int MaxPerSection = 50;

    /// <summary>Matches per section when the request gives no <c>first</c>: a screenful.</summary>
    public const int DefaultPerSection = 10;

    /// <summary>A need with fewer services than this within the radius counts as a provision gap.</summary>
    public const int ProvisionThreshold = 2;

    public async Task<ConnectorResult> ConnectAsync(ConnectRequest request, Caller caller, CancellationToken cancellationToken)
    {
        if (request.First is < 1 or > MaxPerSection)
        {
            throw new InvalidInputException("input.first", $"'input.first' must be between 1 and {MaxPerSection} (got {request.First}).");
        }

        var focusCodes = NeedCodes.Validate(request.Needs, "input.needs");
        ValidateGoal(request, focusCodes);
        // For a stored person, a radius alone is around their home: a page can offer "within 3 km" without knowing where they live.
        var aroundHome = request is { PersonId: not null, Near: { Point: null, Place: null } };
        var homeRadius = aroundHome ? NearQuery.ValidateRadius(request.Near!.RadiusKm, "input.near.radiusKm") : CommunityConnector.DefaultRadiusKm;
        var near = aroundHome ? null : request.Near?.Resolve(gazetteer, "input.near");
        // The directory's changes and a stored person's projects ride with the person's read. The projects are read before
        // the person is: around their home or the point asked, for the needs asked or else their assessed ones; for a goal,
        // whose needs come with the person, for any need, and those addressing the goal's are kept here.
        var reach = request is { PersonId: not null, Profile: null } ? Reach(caller) : null;
        var changes = reads.Run(directory.Changes());
        var projects = reach is null ? null : reads.Run(ConnectorQueries.ProjectsFor(
            request.PersonId!, reach, near, homeRadius, request.GoalId is not null ? [] : focusCodes.Count > 0 ? focusCodes : null));
        var (profile, network, goal) = await WhoAsync(request, caller, reach, cancellationToken);
        var search = near ?? new NearQuery(profile.Home, homeRadius);
        var focus = goal is null ? FocusNeeds.For(profile, focusCodes) : FocusNeeds.ForGoal(profile, goal.Needs, goal.Text);

        // An ad-hoc profile is known before anything is read, so its projects still go with the changes.
        projects ??= reads.Run(ConnectorQueries.Projects(focus.Codes, search));
        var snapshot = await directory.CatchUpAsync(await changes.GetResultAsync(cancellationToken), cancellationToken);
        var candidates = new ConnectorCandidates(
            snapshot.Services(focus.Codes, search, ConnectorQueries.CandidateLimit),
            snapshot.OnlineServices(focus.Codes, ConnectorQueries.CandidateLimit),
            snapshot.Placements(search, ConnectorQueries.CandidateLimit),
            snapshot.Mentors(search, ConnectorQueries.CandidateLimit),
            ConnectorQueries.Addressing((await projects.GetResultAsync(cancellationToken)).Items, focus.Codes));

        var connector = new CommunityConnector(weights.Value, clock);
        return connector.Match(new ConnectorRequest(profile, focus, search, near is null, request.First, network, request.ExcludeReferred), candidates);
    }

    /// <summary>
    /// How well each need is provided for around a place, least first: aggregates only, never a person. With
    /// <paramref name="byAndFor"/>, only the services run by and for that community count.
    /// </summary>
    public PendingRead<IReadOnlyList<ProvisionGap>> ProvisionGaps(NearRequest near, IReadOnlyList<string>? needs, Caller caller, string? byAndFor = null)
    {
        caller.Require(AccessPolicy.ProvisionGaps);
        var community = CommunityCodes.ValidateOne(byAndFor, "byAndFor");
        return reads.Run(ConnectorQueries.ProvisionGaps(near.Resolve(gazetteer), NeedCodes.Validate(needs, "needs"), community));
    }

    /// <summary>A goal focuses a stored person's search in place of the needs asked for, never beside them.</summary>
    private static void ValidateGoal(ConnectRequest request, IReadOnlyList<string> focusCodes)
    {
        if (request.GoalId is not { } goalId)
        {
            return;
        }

        Ids.Require(goalId, Ids.Goal, "input.goalId");
        if (request.PersonId is null)
        {
            throw new InvalidInputException("input.goalId", "'input.goalId' is a goal of a stored person's plan: give 'input.personId' with it.");
        }

        if (focusCodes.Count > 0)
        {
            throw new InvalidInputException("input.goalId", "Give 'input.goalId' or 'input.needs', not both: a goal brings its own needs.");
        }
    }

    /// <summary>
    /// Whom a stored person's connect reaches them as: an offender manager the people they supervise; a coordinator only
    /// the people of the cases it coordinates, to book one a placement near home.
    /// </summary>
    private static CaseCoordinator Reach(Caller caller)
    {
        var grant = caller.Require(AccessPolicy.ConnectPerson);
        return grant.Actor == Actor.IjCoordinator ? grant.Coordinator : new CaseCoordinator(grant.PractitionerId, null);
    }

    private async Task<(ConnectorProfile Profile, PersonNetwork? Network, GoalFocus? Goal)> WhoAsync(ConnectRequest request, Caller caller, CaseCoordinator? reach, CancellationToken cancellationToken)
    {
        switch (request)
        {
            case { PersonId: { } personId, Profile: null } when reach is not null:
                // All go in one request; the person statement itself only matches a person this caller reaches.
                var supervision = reads.Run(ConnectorQueries.Supervision(personId, reach.PractitionerId, reach.OrganisationId));
                var person = reads.Run(ConnectorQueries.Person(personId, reach.PractitionerId, clock.GetUtcNow().Year, reach.OrganisationId));
                var referrals = reads.Run(ConnectorQueries.Referrals(personId, reach.PractitionerId, reach.OrganisationId));
                var goal = request.GoalId is { } goalId ? reads.Run(PlanQueries.Goal(goalId, reach.PractitionerId, null)) : null;
                // Connecting reads the person's record, so it is recorded as a person read is, allowed or not, alongside the reads.
                var summary = reach.OrganisationId is null ? "connect" : "connect, as Immediate Justice coordinator";
                var audited = audit.RecordAsync(AuditEntry.For(caller, clock.GetUtcNow(), AuditActions.PersonRead, personId, summary));
                var supervised = await supervision.GetResultAsync(cancellationToken);
                await audited;

                return supervised switch
                {
                    null => throw new NotFoundException("input.personId", $"No person with id '{personId}'."),
                    false => throw new ForbiddenException($"Person '{personId}' is not on your caseload."),
                    true => await person.GetResultAsync(cancellationToken) is { } stored
                        ? (stored.Profile, stored.Network with { Referrals = await referrals.GetResultAsync(cancellationToken) }, await GoalOfAsync(goal, personId, cancellationToken))
                        : throw new NotFoundException("input.personId", $"No person with id '{personId}'."),
                };
            case { PersonId: null, Profile: { } profile }:
                caller.Require(AccessPolicy.ConnectProfile);
                return (ToProfile(profile), null, null);
            default:
                throw new InvalidInputException("input", "'input' needs exactly one of 'personId' or 'profile'.");
        }
    }

    /// <summary>The goal asked for, on the plan of the person the caller reaches; another person's goal is as unknown as none.</summary>
    private static async Task<GoalFocus?> GoalOfAsync(PendingRead<GoalFocus?>? read, string personId, CancellationToken cancellationToken)
    {
        if (read is null)
        {
            return null;
        }

        return await read.GetResultAsync(cancellationToken) is { } goal && goal.PersonId == personId
            ? goal
            : throw new NotFoundException("input.goalId", $"No such goal on the plan of person '{personId}'.");
    }

    private static ConnectorProfile ToProfile(AdHocProfile input)
    {
        const string field = "input.profile";
        if (input.Age is < 0 or > ConnectorProfile.MaxAge)
        {
            throw new InvalidInputException($"{field}.age", $"'{field}.age' must be between 0 and {ConnectorProfile.MaxAge} (got {input.Age}).");
        }

        return new ConnectorProfile(
            GeoPoint.Create(input.Home.Latitude, input.Home.Longitude, $"{field}.home"),
            input.Gender,
            input.Age,
            input.RiskOfHarm,
            RiskFlags.Validate(input.RiskFlags, $"{field}.riskFlags").ToHashSet(),
            ConnectorProfile.RankedByOrder(NeedCodes.Validate(input.Needs, $"{field}.needs")),
            StrengthCodes.Validate(input.Strengths, $"{field}.strengths").ToHashSet(),
            (input.Languages ?? []).Select(l => ListingKinds.ValidateLanguage(l, $"{field}.languages")!).ToHashSet(),
            input.ExclusionZones is { } zones ? ExclusionZones.Parse(zones, $"{field}.exclusionZones") : ExclusionZones.None)
        {
            ByAndFor = CommunityCodes.Validate(input.ByAndFor, $"{field}.byAndFor").ToHashSet(StringComparer.Ordinal),
        };
    }
}
