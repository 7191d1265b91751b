using GraphQL.Validation;
using GraphQLParser.AST;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// Refuses a subscription operation when the schema has no subscription type, which GraphQL for .NET does not check
/// itself (its complexity analysis then throws, as if the hub had failed).
/// </summary>
public sealed class NoSubscriptionsRule : ValidationRuleBase
{
    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, context) =>
    {
        if (operation.Operation == OperationType.Subscription && context.Schema.Subscription is null)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, "This schema has no subscriptions; send a query, or a mutation with POST.", operation));
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
