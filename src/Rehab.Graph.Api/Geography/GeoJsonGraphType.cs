using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Rehab.Graph.Api.Geography;

/// <summary>A GeoJSON object, written as a GraphQL object or a JSON variable (not a string); positions are [longitude, latitude].</summary>
public sealed class GeoJsonGraphType : ScalarGraphType
{
    public GeoJsonGraphType()
    {
        Name = "GeoJSON";
        Description = "A GeoJSON object (not a string), positions [longitude, latitude].";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        JsonElement element => element,
        string => ThrowValueConversionError(value),
        _ => JsonSerializer.SerializeToElement(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLObjectValue or GraphQLListValue => JsonSerializer.SerializeToElement(Plain(value)),
        _ => ThrowLiteralConversionError(value, "a GeoJSON object is expected"),
    };

    public override object? Serialize(object? value) => value;

    private static object? Plain(GraphQLValue value) => value switch
    {
        GraphQLObjectValue o => (o.Fields ?? []).ToDictionary(f => f.Name.StringValue, f => Plain(f.Value)),
        GraphQLListValue l => (l.Values ?? []).Select(Plain).ToList(),
        GraphQLIntValue i => double.Parse(i.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLBooleanValue b => b.BoolValue,
        _ => null,
    };
}
