using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Api.People;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Connector;

namespace Rehab.Graph.Api.Connector;

/// <summary>
/// <c>connect</c>: the community connector. A request reads the graph at most twice: the stored person
/// with their network, then every candidate around the search point in one batched request.
/// </summary>
internal static class ConnectorFields
{
    public const int MaxPerSection = 50;

    /// <summary>Matches per section when the input gives no <c>first</c>: a screenful.</summary>
    public const int DefaultPerSection = 10;

    /// <summary>A need with fewer services than this within the radius counts as a provision gap.</summary>
    public const int ProvisionThreshold = 2;

    public static void AddConnectorFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectorResultType>>("connect")
            .Description("For a person (stored or ad hoc): nearby, suitable services, placements, mentors and online support, each with reasons and bridges, and what the hard rules excluded.")
            .Argument<NonNullGraphType<ConnectInputType>>("input")
            .WithComplexityImpact(ConnectComplexity.Connect)
            .Costly()
            .ResolveAsync(async c => await ConnectAsync(c, c.GetArgument<ConnectInput>("input")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvisionGapType>>>>("provisionGaps")
            .Description("For commissioners (any signed-in role): how well each need is provided for around a place, least first. Aggregates only, never a person.")
            .Argument<NonNullGraphType<NearInputType>>("near")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("needs", "Need codes; default all.")
            .Costly()
            .Resolve(c => c.Caller().Role == CallerRole.Anonymous
                ? throw new UnauthenticatedException("Sign in to read provision gaps.")
                : c.Loaders().Run(ConnectorQueries.ProvisionGaps(c.Near()!, NeedCodes.Validate(c.GetArgument<List<string>?>("needs"), "needs"))));
    }

    private static async Task<ConnectorResult> ConnectAsync(IResolveFieldContext context, ConnectInput input)
    {
        context.AcquireAnonymousConnect();
        var services = context.RequestServices!;
        var clock = services.GetRequiredService<TimeProvider>();
        var gazetteer = services.GetRequiredService<IPlaceGazetteer>();
        if (input.First is < 1 or > MaxPerSection)
        {
            throw new InvalidInputException("input.first", $"'input.first' must be between 1 and {MaxPerSection} (got {input.First}).");
        }

        var focusCodes = NeedCodes.Validate(input.Needs, "input.needs");
        // For a stored person, a radius alone is around their home: a page can offer "within 3 km" without knowing where they live.
        var aroundHome = input is { PersonId: not null, Near: { Point: null, Place: null } };
        var homeRadius = aroundHome ? NearQuery.ValidateRadius(input.Near!.RadiusKm, "input.near.radiusKm") : CommunityConnector.DefaultRadiusKm;
        var near = aroundHome ? null : input.Near?.ToRequest().Resolve(gazetteer, "input.near");
        var (profile, network) = await WhoAsync(context, input, clock);
        var search = near ?? new NearQuery(profile.Home, homeRadius);
        var focus = FocusNeeds.For(profile, focusCodes);

        var loaders = context.Loaders();
        var nearby = loaders.Run(ConnectorQueries.Services(focus.Codes, search));
        var online = loaders.Run(ConnectorQueries.OnlineServices(focus.Codes));
        var placements = loaders.Run(ConnectorQueries.Placements(search));
        var mentors = loaders.Run(ConnectorQueries.Mentors(search));
        var candidates = new ConnectorCandidates(
            (await nearby.GetResultAsync(context.CancellationToken)).Items,
            (await online.GetResultAsync(context.CancellationToken)).Items,
            (await placements.GetResultAsync(context.CancellationToken)).Items,
            (await mentors.GetResultAsync(context.CancellationToken)).Items);

        var connector = new CommunityConnector(services.GetRequiredService<IOptions<ScoringWeights>>().Value, clock);
        return connector.Match(new ConnectorRequest(profile, focus, search, near is null, input.First, network, input.ExcludeReferred), candidates);
    }

    private static async Task<(ConnectorProfile Profile, PersonNetwork? Network)> WhoAsync(IResolveFieldContext context, ConnectInput input, TimeProvider clock)
    {
        switch (input)
        {
            case { PersonId: { } personId, Profile: null }:
                var caller = context.Caller();
                // An offender manager reaches the people they supervise; a partner coordinator only the people of the cases its
                // organisation coordinates, to book one a placement near home.
                var reach = caller.Coordinator ?? new CaseCoordinator(caller.RequireOffenderManager("connect by personId"), null);
                // All go in one request; the person statement itself only matches a person this caller reaches.
                var supervision = context.Loaders().Run(ConnectorQueries.Supervision(personId, reach.PractitionerId, reach.OrganisationId));
                var person = context.Loaders().Run(ConnectorQueries.Person(personId, reach.PractitionerId, clock.GetUtcNow().Year, reach.OrganisationId));
                var referrals = context.Loaders().Run(ConnectorQueries.Referrals(personId, reach.PractitionerId, reach.OrganisationId));
                // Connecting reads the person's record, so it is recorded as a person read is, allowed or not, in the same request.
                var summary = reach.OrganisationId is null ? "connect" : "connect, as Immediate Justice coordinator";
                await context.Loaders().Run(AuditTrail.RecordWith(context.Audit(AuditActions.PersonRead, personId, summary))).GetResultAsync(context.CancellationToken);

                return await supervision.GetResultAsync(context.CancellationToken) switch
                {
                    null => throw new NotFoundException("input.personId", $"No person with id '{personId}'."),
                    false => throw new ForbiddenException($"Person '{personId}' is not on your caseload."),
                    true => await person.GetResultAsync(context.CancellationToken) is { } stored
                        ? (stored.Profile, stored.Network with { Referrals = await referrals.GetResultAsync(context.CancellationToken) })
                        : throw new NotFoundException("input.personId", $"No person with id '{personId}'."),
                };
            case { PersonId: null, Profile: { } profile }:
                return (ToProfile(profile), null);
            default:
                throw new InvalidInputException("input", "'input' needs exactly one of 'personId' or 'profile'.");
        }
    }

    private static ConnectorProfile ToProfile(ProfileInput input)
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
            input.ExclusionZones is { } zones ? ExclusionZones.Parse(zones, $"{field}.exclusionZones") : ExclusionZones.None);
    }
}
