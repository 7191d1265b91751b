using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Features.Connector;

namespace Rehab.Graph.Api.Connector;

/// <summary><c>connect</c> and <c>provisionGaps</c>, answered by <see cref="ConnectorService"/>.</summary>
internal static class ConnectorFields
{
    public static void AddConnectorFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectorResultType>>("connect")
            .Description("For a person (stored or ad hoc): nearby, suitable services, placements, mentors and online support, each with reasons and bridges, and what the hard rules excluded.")
            .Argument<NonNullGraphType<ConnectInputType>>("input")
            .WithComplexityImpact(ConnectComplexity.Connect)
            .Costly()
            .ResolveAsync(async c =>
            {
                c.AcquireAnonymousConnect();
                return await c.Connector().ConnectAsync(c.GetArgument<ConnectInput>("input").ToRequest(), c.Caller(), c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvisionGapType>>>>("provisionGaps")
            .Description("For commissioners (any signed-in role): how well each need is provided for around a place, least first. Aggregates only, never a person.")
            .Argument<NonNullGraphType<NearInputType>>("near")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("needs", "Need codes; default all.")
            .Argument<StringGraphType>("byAndFor", $"A community ({string.Join(", ", CommunityCodes.All)}): count only the services run by and for it.")
            .Costly()
            .Resolve(c => c.Connector().ProvisionGaps(
                c.GetArgument<NearInput>("near").ToRequest(), c.GetArgument<List<string>?>("needs"), c.Caller(), c.GetArgument<string?>("byAndFor")).Deferred());
    }

    private static ConnectorService Connector(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ConnectorService>();
}
