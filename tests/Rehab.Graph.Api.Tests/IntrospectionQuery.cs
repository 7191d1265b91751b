namespace Rehab.Graph.Api.Tests;

/// <summary>
/// graphql-js 16's <c>getIntrospectionQuery</c>, the query GraphiQL and most other IDEs and code generators send
/// for the schema, with the same options (ofType nested nine levels deep, as there).
/// </summary>
public static class IntrospectionQuery
{
    /// <summary>What GraphiQL 3.8.3 (vendored in wwwroot/graphiql) sends: descriptions only.</summary>
    public static string GraphiQL => Build(descriptions: true);

    /// <summary>Every option on, as tools such as Altair and Apollo Rover ask.</summary>
    public static string EveryOption => Build(descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true);

    public static string Build(bool descriptions = true, bool specifiedByUrl = false, bool directiveIsRepeatable = false, bool schemaDescription = false, bool inputValueDeprecation = false, bool oneOf = false)
    {
        var description = descriptions ? "description" : "";
        var includeDeprecated = inputValueDeprecation ? "(includeDeprecated: true)" : "";
        var inputDeprecation = inputValueDeprecation ? "isDeprecated deprecationReason" : "";
        var typeRef = "kind name";
        for (var i = 0; i < 9; i++)
        {
            typeRef = $"kind name ofType {{ {typeRef} }}";
        }

        return $$"""
            query IntrospectionQuery {
              __schema {
                {{(schemaDescription ? description : "")}}
                queryType { name }
                mutationType { name }
                subscriptionType { name }
                types { ...FullType }
                directives {
                  name
                  {{description}}
                  {{(directiveIsRepeatable ? "isRepeatable" : "")}}
                  locations
                  args{{includeDeprecated}} { ...InputValue }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              {{description}}
              {{(specifiedByUrl ? "specifiedByURL" : "")}}
              {{(oneOf ? "isOneOf" : "")}}
              fields(includeDeprecated: true) {
                name
                {{description}}
                args{{includeDeprecated}} { ...InputValue }
                type { ...TypeRef }
                isDeprecated
                deprecationReason
              }
              inputFields{{includeDeprecated}} { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) {
                name
                {{description}}
                isDeprecated
                deprecationReason
              }
              possibleTypes { ...TypeRef }
            }

            fragment InputValue on __InputValue {
              name
              {{description}}
              type { ...TypeRef }
              defaultValue
              {{inputDeprecation}}
            }

            fragment TypeRef on __Type {
              {{typeRef}}
            }
            """;
    }
}
