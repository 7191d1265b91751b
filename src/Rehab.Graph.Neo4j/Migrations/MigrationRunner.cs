using Microsoft.Extensions.Logging;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Migrations;

/// <summary>Applies the migrations a database lacks, in order, and records each in the graph.</summary>
public sealed class MigrationRunner(CypherClient cypher, Neo4jConnection connection, TimeProvider clock, ILogger<MigrationRunner> logger)
{
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        var endpoint = await connection.EndpointAsync(cancellationToken);
        var applied = (await cypher.RunAsync(CypherStatement.From("Migrations/applied-versions.cypher"), cancellationToken))
            .Read<int>("version").ToHashSet();
        var pending = Migration.All.Where(m => !applied.Contains(m.Version)).ToList();
        foreach (var migration in pending)
        {
            logger.LogInformation("Applying migration {Version}: {Name}", migration.Version, migration.Name);
            // Neo4j forbids schema and data changes in one transaction, so each DDL statement runs alone.
            foreach (var ddl in Statements(migration, endpoint.Dialect))
            {
                await cypher.RunAsync(ddl, cancellationToken);
            }

            await cypher.RunAsync(CypherStatement.From("Migrations/record-migration.cypher", new Dictionary<string, object?>
            {
                ["version"] = migration.Version,
                ["name"] = migration.Name,
                ["appliedAt"] = clock.GetUtcNow().ToString("O"),
            }), cancellationToken);
        }

        return pending.Count;
    }

    internal static IEnumerable<CypherStatement> Statements(Migration migration, CypherDialect dialect)
    {
        var file = $"Migrations/{migration.File}.{(dialect == CypherDialect.Neo4j3 ? "v3" : "v5")}.cypher";
        // Comment lines may hold ';' too: drop them before splitting the file into statements.
        var text = string.Join('\n', CypherStatement.From(file).Text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((ddl, i) => new CypherStatement($"{file}#{i + 1}", ddl, new Dictionary<string, object?>()));
    }
}
