using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// Depth and complexity limits for every operation except one that only introspects: IDEs ask for the
/// (public) schema with a query 15 levels deep, which no data query needs.
/// </summary>
public sealed class QueryCostRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalImpact, int maxDepth) =>
        context.Operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
            ? ValueTask.CompletedTask
            : base.ValidateComplexityAsync(context, totalImpact, maxDepth);
}
