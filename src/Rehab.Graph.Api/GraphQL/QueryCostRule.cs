using System.Globalization;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Rehab.Graph.Api.Limits;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// Depth and complexity limits for every operation, introspection included (priced by
/// <see cref="IntrospectionComplexity"/>). An operation that only introspects has allowances of its
/// own, as large as the standard introspection query needs: it reaches no data, so they lift nothing
/// for a data query.
/// </summary>
public sealed class QueryCostRule(LimitOptions limits)
    : ComplexityValidationRule(new ComplexityOptions { DefaultComplexityImpactDelegate = IntrospectionComplexity.Price })
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalImpact, int maxDepth)
    {
        var (operation, depthLimit, complexityLimit, advice) = OnlyIntrospects(context.Operation)
            ? ("introspection query", limits.MaxIntrospectionDepth, limits.MaxIntrospectionComplexity, "ask for the schema once, as the standard introspection query does")
            : ("operation", limits.MaxDepth, limits.MaxComplexity, "ask for smaller pages (first) or fewer fields");

        if (maxDepth > depthLimit)
        {
            context.ReportError(new QueryLimitError(Invariant($"The {operation} is {maxDepth:N0} levels deep; the depth limit is {depthLimit:N0}.")));
        }
        else if (totalImpact > complexityLimit)
        {
            context.ReportError(new QueryLimitError(Invariant(
                $"The {operation}'s complexity is {totalImpact:N0}; the complexity limit is {complexityLimit:N0}. Each field counts one, times the length of the lists it is in: {advice}.")));
        }

        return ValueTask.CompletedTask;
    }

    private static bool OnlyIntrospects(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
