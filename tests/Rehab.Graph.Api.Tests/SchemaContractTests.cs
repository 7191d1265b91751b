using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>schema/rehab.graphql is the published contract: it must be exactly the schema the hub serves.</summary>
public sealed class SchemaContractTests(RehabGraphApplication app)
{
    private static readonly string ContractFile = RepositoryPaths.Combine("schema", "rehab.graphql");

    [Fact]
    public void The_published_schema_is_the_running_schema()
    {
        var running = app.Hub.Services.GetRequiredService<ISchema>().Print(new() { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var published = File.Exists(ContractFile) ? File.ReadAllText(ContractFile) : "";

        if (running != published && Environment.GetEnvironmentVariable("CI") is null)
        {
            // Locally the file is rewritten, so the diff shows up in git for review; CI only compares.
            File.WriteAllText(ContractFile, running);
        }

        Assert.Equal(published, running);
    }

    [Fact]
    public void The_contract_names_that_clients_rely_on_are_there()
    {
        var schema = app.Hub.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var query = schema.Query;
        foreach (var field in new[] { "node", "needs", "services", "organisations", "placements", "mentors" })
        {
            Assert.NotNull(query.GetField(field));
        }

        Assert.NotNull(((IComplexGraphType)schema.AllTypes["Service"]!).GetField("distanceKm"));
        Assert.NotNull(((IComplexGraphType)schema.AllTypes["Placement"]!).GetField("earliestStart"));
        Assert.NotNull(schema.AllTypes["NearInput"]);
        Assert.IsType<RehabSchema>(schema);
    }
}
