using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Seeding;

/// <summary>
/// Loads the fictional demo region (the files in <c>seed/demo-region</c>, embedded) in UNWIND batches.
/// Every statement MERGEs, so a load that was cut short completes on the next start; the run is
/// recorded only at the end.
/// </summary>
public sealed class DemoRegionLoader(CypherClient cypher, TimeProvider clock, ILogger<DemoRegionLoader> logger)
{
    private const string SeedName = "demo-region";
    private const int BatchSize = 500;

    public async Task<bool> IsLoadedAsync(CancellationToken cancellationToken)
    {
        var run = await cypher.RunAsync(Statement("seed-run", new() { ["name"] = SeedName }), cancellationToken);
        return run.Single<string?>("completedAt") is not null;
    }

    /// <summary>Loads the region unless a completed load is recorded; returns whether it loaded.</summary>
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await IsLoadedAsync(cancellationToken))
        {
            return false;
        }

        await LoadAsync(cancellationToken);
        return true;
    }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        logger.LogInformation("Loading the demo region (fictional data) into Neo4j...");
        var people = File("people");
        var mentors = File("mentors");
        var ties = File("ties");
        var steps = new (string Statement, string Label, IReadOnlyList<JsonElement> Rows)[]
        {
            ("load-needs", "needs", Items(File("needs"))),
            ("load-strengths", "strengths", Items(File("strengths"))),
            ("load-practitioners", "practitioners", Items(File("practitioners"))),
            ("load-organisations", "organisations", Items(File("organisations"))),
            ("load-services", "services", Items(File("services"))),
            ("load-placements", "placements", Items(File("placements"))),
            ("load-mentors", "mentors", Items(mentors)),
            ("load-mentor-organisations", "mentor volunteering ties", Flatten(mentors, "organisationIds", (m, org) => new { mentorId = Id(m), organisationId = org.GetString() })),
            ("load-people", "people", Items(people)),
            ("load-person-needs", "assessed needs", Flatten(people, "needs", (p, need) => new { personId = Id(p), code = need.GetProperty("code").GetString(), severity = need.GetProperty("severity").GetInt32() })),
            ("load-person-strengths", "strengths of people", Flatten(people, "strengths", (p, code) => new { personId = Id(p), code = code.GetString() })),
            ("load-knows", "KNOWS ties", Items(ties.GetProperty("knows"))),
            ("load-mentoring", "MENTORS ties", Items(ties.GetProperty("mentors"))),
            ("load-attended", "ATTENDED ties", Items(ties.GetProperty("attended"))),
            ("load-completed", "COMPLETED ties", Items(ties.GetProperty("completed"))),
            ("load-partners", "PARTNERS_WITH ties", Items(ties.GetProperty("partnersWith"))),
        };

        var total = 0;
        foreach (var (statement, label, rows) in steps)
        {
            foreach (var batch in rows.Chunk(BatchSize))
            {
                await cypher.RunAsync(Statement(statement, new() { ["rows"] = batch }), cancellationToken);
            }

            total += rows.Count;
            logger.LogInformation("  demo region: {Count,5} {Label}", rows.Count, label);
        }

        await cypher.RunAsync(Statement("record-seed-run", new()
        {
            ["name"] = SeedName,
            ["completedAt"] = clock.GetUtcNow().ToString("O"),
            ["items"] = total,
        }), cancellationToken);
        logger.LogInformation("Demo region loaded: {Total} items in {Seconds:0.0} s.", total, started.Elapsed.TotalSeconds);
    }

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"Seeding/{name}.cypher", parameters);

    private static JsonElement File(string name)
    {
        using var stream = typeof(DemoRegionLoader).Assembly.GetManifestResourceStream($"seed/{name}.json")
            ?? throw new InvalidOperationException($"The demo region file '{name}.json' is not embedded; run the seed generator.");
        return JsonDocument.Parse(stream).RootElement.Clone();
    }

    private static IReadOnlyList<JsonElement> Items(JsonElement array) => [.. array.EnumerateArray()];

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    private static IReadOnlyList<JsonElement> Flatten<T>(JsonElement owners, string property, Func<JsonElement, JsonElement, T> row) =>
        [.. owners.EnumerateArray()
            .SelectMany(owner => owner.TryGetProperty(property, out var items) ? items.EnumerateArray().Select(item => row(owner, item)) : [])
            .Select(r => JsonSerializer.SerializeToElement(r))];
}
