using System.Globalization;
using System.Text.RegularExpressions;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Migrations;
using static Rehab.Graph.Neo4j.Tests.TestCypher;

namespace Rehab.Graph.Neo4j.Tests;

public sealed partial class MigrationRunnerTests(Neo4jFixture neo4j)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_run_applies_every_migration()
    {
        Assert.Equal(Migration.All.Count, await neo4j.MigrateAsync());
    }

    [Fact]
    public async Task Every_migration_is_recorded_once()
    {
        await neo4j.MigrateAsync();

        var result = await neo4j.Client.RunAsync(
            Statement("migrations", "MATCH (m:Migration) RETURN m.version AS version, m.name AS name, m.appliedAt AS appliedAt ORDER BY m.version"),
            Ct);

        Assert.Equal(Migration.All.Select(m => m.Version), result.Read<int>("version"));
        Assert.Equal(Migration.All.Select(m => m.Name), result.Read<string>("name"));
        Assert.All(result.Read<string>("appliedAt"), at => DateTimeOffset.ParseExact(at, "O", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_second_run_applies_nothing()
    {
        await neo4j.MigrateAsync();

        Assert.Equal(0, await (await neo4j.CreateMigrationRunnerAsync()).ApplyAsync(Ct));
    }

    [Fact]
    public async Task The_unique_constraints_of_the_Neo4j_5_migrations_exist_on_3_1()
    {
        await neo4j.MigrateAsync();

        var descriptions = (await neo4j.Client.RunAsync(Statement("constraints", "CALL db.constraints()"), Ct)).Read<string>("description");

        var actual = descriptions.Select(d => V3Constraint().Match(d)).Where(m => m.Success).Select(m => $"{m.Groups["label"]}.{m.Groups["property"]}").ToHashSet();
        var expected = V5Ddl().SelectMany(ddl => V5Constraint().Matches(ddl)).Select(m => $"{m.Groups["label"]}.{m.Groups["property"]}").ToList();
        Assert.Contains("Service.id", expected);
        Assert.All(expected, key => Assert.Contains(key, actual));
    }

    [Fact]
    public async Task The_indexes_of_the_Neo4j_5_migrations_are_online_on_3_1()
    {
        await neo4j.MigrateAsync();

        var result = await neo4j.Client.RunAsync(Statement("indexes", "CALL db.indexes()"), Ct);

        var online = result.Read<string>("description").Zip(result.Read<string>("state"))
            .Where(index => index.Second == "ONLINE")
            .Select(index => index.First)
            .ToHashSet();
        var expected = V5Ddl().SelectMany(ddl => V5Index().Matches(ddl)).Select(m => $"INDEX ON :{m.Groups["label"]}({m.Groups["property"]})").ToList();
        Assert.Contains("INDEX ON :Service(lat)", expected);
        Assert.All(expected, index => Assert.Contains(index, online));
    }

    [Fact]
    public async Task Migration_6_labels_the_unsent_outbox_messages_written_before_it_and_not_the_sent_ones()
    {
        // Schema changes cannot run alongside another: the fixture's own ones come first.
        await neo4j.UniqueIdLabelAsync();
        var (unsent, sent) = (UniqueId(), UniqueId());
        await neo4j.Client.RunAsync(Statement("outbox before migration 6", """
            CREATE (:OutboxMessage {id: $unsent, createdAt: $at, attempts: 0}), (:OutboxMessage {id: $sent, createdAt: $at, attempts: 0, sentAt: $at})
            """, new Dictionary<string, object?> { ["unsent"] = unsent, ["sent"] = sent, ["at"] = "2026-01-05T09:00:00.0000000Z" }), Ct);

        // All of it again, as a run that stopped half-way would: migrations are idempotent.
        foreach (var statement in MigrationRunner.Statements(Migration.All.Single(m => m.Version == 6), CypherDialect.Neo4j3))
        {
            await neo4j.Client.RunAsync(statement, Ct);
        }

        var labels = await neo4j.Client.RunAsync(Statement("outbox labels", """
            MATCH (m:OutboxMessage) WHERE m.id IN [$unsent, $sent] RETURN m.id AS id, m:OutboxPending AS pending
            """, new Dictionary<string, object?> { ["unsent"] = unsent, ["sent"] = sent }), Ct);
        Assert.Equal(
            new Dictionary<string, bool> { [unsent] = true, [sent] = false },
            labels.Read<string>("id").Zip(labels.Read<bool>("pending")).ToDictionary(p => p.First, p => p.Second));
    }

    [Fact]
    public async Task Migration_8_counts_each_session_logged_before_it_once()
    {
        await neo4j.UniqueIdLabelAsync();
        var referral = UniqueId();
        await neo4j.Client.RunAsync(Statement("referral before migration 8", """
            CREATE (r:Referral {id: $id, hoursDone: 11.0, sessionsAttended: 4, sessionsMissed: 1})
            FOREACH (e IN [{action: 'ACCEPT'},
                           {action: 'LOG_ATTENDANCE', attended: true, sessionDate: '2026-11-05'},
                           {action: 'LOG_HOURS', hours: 2.0, attended: true, sessionDate: '2026-11-05'},
                           {action: 'LOG_HOURS', hours: 3.0, attended: true, sessionDate: '2026-11-05'},
                           {action: 'LOG_HOURS', hours: 6.0, attended: true, sessionDate: '2026-11-12'},
                           {action: 'LOG_ATTENDANCE', attended: false, sessionDate: '2026-11-19'}] |
                CREATE (r)-[:HAS_EVENT]->(:ReferralEvent {action: e.action, attended: e.attended, hours: e.hours, sessionDate: e.sessionDate}))
            """, new Dictionary<string, object?> { ["id"] = referral }), Ct);

        // Twice, as a run that stopped half-way would: migrations are idempotent.
        for (var run = 0; run < 2; run++)
        {
            foreach (var statement in MigrationRunner.Statements(Migration.All.Single(m => m.Version == 8), CypherDialect.Neo4j3))
            {
                await neo4j.Client.RunAsync(statement, Ct);
            }
        }

        var counts = await neo4j.Client.RunAsync(Statement("referral after migration 8", """
            MATCH (r:Referral {id: $id})
            RETURN r.sessionsAttended AS attended, r.sessionsMissed AS missed,
                   [(r)-[:HAS_SESSION]->(s:ReferralSession) | s.date + ' ' + toString(s.attended) + ' ' + toString(s.attendanceRecorded) + ' ' + toString(s.hours)] AS sessions
            """, new Dictionary<string, object?> { ["id"] = referral }), Ct);
        Assert.Equal((2, 1), (counts.Single<int>("attended"), counts.Single<int>("missed")));
        Assert.Equal(
            ["2026-11-05 true true 5.0", "2026-11-12 true false 6.0", "2026-11-19 false true 0.0"],
            counts.Single<IReadOnlyList<string>>("sessions").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Migration_14_moves_each_entry_recorded_before_it_under_its_target_once()
    {
        await neo4j.UniqueIdLabelAsync();
        var target = UniqueId();
        await neo4j.Client.RunAsync(Statement("entries before migration 14", """
            UNWIND ['first', 'second'] AS summary
            CREATE (:AuditEntry {id: $target + summary, at: '2026-11-05T09:00:00.0000000Z', actorRole: 'ADMIN', actorId: 'u-1',
                                 action: 'PERSON_READ', targetId: $target, summary: summary})
            """, new Dictionary<string, object?> { ["target"] = target }), Ct);

        // Twice, as a run that stopped half-way would: migrations are idempotent.
        for (var run = 0; run < 2; run++)
        {
            foreach (var statement in MigrationRunner.Statements(Migration.All.Single(m => m.Version == 14), CypherDialect.Neo4j3))
            {
                await neo4j.Client.RunAsync(statement, Ct);
            }
        }

        var moved = await neo4j.Client.RunAsync(Statement("entries after migration 14", """
            MATCH (t:AuditTarget {id: $target})-[:HAS_AUDIT_ENTRY]->(a)
            RETURN collect(a.summary) AS summaries, sum(size(labels(a))) AS labels
            """, new Dictionary<string, object?> { ["target"] = target }), Ct);
        Assert.Equal(["first", "second"], moved.Single<IReadOnlyList<string>>("summaries").Order(StringComparer.Ordinal));
        Assert.Equal(0, moved.Single<int>("labels"));
        var trail = await neo4j.Client.QueryAsync(Rehab.Graph.Neo4j.Audit.AuditTrail.Search(new(target, null, null, new(10, 0))), Ct);
        Assert.Equal(2, trail.TotalCount);
    }

    [Fact]
    public void Every_migration_has_DDL_for_both_dialects()
    {
        Assert.All(Migration.All, migration =>
        {
            Assert.NotEmpty(MigrationRunner.Statements(migration, CypherDialect.Neo4j3));
            Assert.NotEmpty(MigrationRunner.Statements(migration, CypherDialect.Neo4j5));
        });
    }

    [Fact]
    public void Every_migration_file_is_a_listed_migration()
    {
        // A file left out of Migration.All is never applied: migration 11 shipped that way.
        var files = typeof(Migration).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("cypher/Migrations/", StringComparison.Ordinal) && (n.EndsWith(".v3.cypher", StringComparison.Ordinal) || n.EndsWith(".v5.cypher", StringComparison.Ordinal)))
            .Select(n => n["cypher/Migrations/".Length..^".v3.cypher".Length])
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, Migration.All.Select(m => m.File));
        Assert.Equal(Enumerable.Range(1, Migration.All.Count), Migration.All.Select(m => m.Version));
    }

    private static IEnumerable<string> V5Ddl() =>
        Migration.All.SelectMany(m => MigrationRunner.Statements(m, CypherDialect.Neo4j5)).Select(s => s.Text);

    [GeneratedRegex(@"^CONSTRAINT ON \(\s*(?<var>\w+):(?<label>\w+)\s*\) ASSERT \k<var>\.(?<property>\w+) IS UNIQUE$")]
    private static partial Regex V3Constraint();

    [GeneratedRegex(@"FOR \(n:(?<label>\w+)\) REQUIRE n\.(?<property>\w+) IS UNIQUE")]
    private static partial Regex V5Constraint();

    [GeneratedRegex(@"CREATE INDEX \w+ IF NOT EXISTS FOR \(n:(?<label>\w+)\) ON \(n\.(?<property>\w+)\)")]
    private static partial Regex V5Index();
}
