using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Neo4j.Seeding;

/// <summary>
/// Loads a region in the seed format (seed/FORMAT.md) in UNWIND batches: the fictional demo region
/// embedded from <c>seed/demo-region</c>, or a folder of files such as the benchmark's regional set.
/// Every statement MERGEs, so a load that was cut short completes when run again; the run is
/// recorded only at the end.
/// </summary>
public sealed class RegionLoader(CypherClient cypher, TimeProvider clock, ILogger<RegionLoader> logger)
{
    private const string SeedName = "demo-region";
    private const int BatchSize = 2000;

    public async Task<bool> IsLoadedAsync(string seedName, CancellationToken cancellationToken)
    {
        var run = await cypher.RunAsync(Statement("seed-run", new() { ["name"] = seedName }), cancellationToken);
        return run.Single<string?>("completedAt") is not null;
    }

    /// <summary>Loads the embedded demo region unless a completed load is recorded; returns whether it loaded.</summary>
    public async Task<bool> LoadDemoRegionIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await IsLoadedAsync(SeedName, cancellationToken))
        {
            return false;
        }

        await LoadDemoRegionAsync(cancellationToken);
        return true;
    }

    public Task LoadDemoRegionAsync(CancellationToken cancellationToken) => LoadAsync(SeedName, Embedded, cancellationToken);

    /// <summary>Loads the files of a folder in the seed format, recording the run under <paramref name="seedName"/>.</summary>
    public Task LoadDirectoryAsync(string seedName, string directory, CancellationToken cancellationToken) =>
        LoadAsync(seedName, name => ReadJson(File.OpenRead(Path.Combine(directory, name + ".json"))), cancellationToken);

    /// <summary>Loads a region whose files <paramref name="file"/> reads by name ("services", "ties", ...).</summary>
    public async Task LoadAsync(string seedName, Func<string, JsonElement> file, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        logger.LogInformation("Loading region '{Seed}' into Neo4j...", seedName);
        var people = file("people");
        var mentors = file("mentors");
        var ties = file("ties");
        var plans = file("plans");
        var funds = file("funds");
        var projects = file("projects");
        var goals = Nested(Items(plans), "goals", "planId").ToList();
        var planSteps = Nested(goals, "steps", "goalId").ToList();
        var entries = Nested(Items(funds), "entries", "fundId").ToList();
        var steps = new (string Statement, string Label, IReadOnlyList<JsonElement> Rows)[]
        {
            ("load-needs", "needs", Items(file("needs"))),
            ("load-strengths", "strengths", Items(file("strengths"))),
            ("load-practitioners", "practitioners", Items(file("practitioners"))),
            ("load-organisations", "organisations", Items(file("organisations"))),
            ("load-services", "services", Items(file("services"))),
            ("load-placements", "placements", Items(file("placements"))),
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
            ("load-plans", "plans", [.. Items(plans).Select(p => Row(p, "goals", "reviews"))]),
            ("load-goals", "goals", [.. goals.Select(g => Row(g, "steps"))]),
            ("load-plan-steps", "plan steps", [.. planSteps.Select(s => Row(s, "comments"))]),
            ("load-step-comments", "step comments", [.. Nested(planSteps, "comments", "stepId")]),
            ("load-plan-reviews", "plan reviews", [.. Nested(Items(plans), "reviews", "planId", "personId")]),
            ("load-funds", "funds", [.. Items(funds).Select(f => Row(f, "entries"))]),
            ("load-fund-entries", "fund entries", entries),
            ("load-fund-refunds", "refunds", [.. entries.Where(e => e.TryGetProperty("refundOf", out _))]),
            ("load-projects", "co-produced projects", [.. Items(projects).Select(p => Row(p, "grant"))]),
            ("load-project-grants", "project grants", [.. Items(projects).Where(p => p.TryGetProperty("grant", out var g) && g.ValueKind == JsonValueKind.Object)
                .Select(Grant)]),
        };

        var total = 0;
        foreach (var (statement, label, rows) in steps)
        {
            var done = 0;
            foreach (var batch in rows.Chunk(BatchSize))
            {
                await cypher.RunAsync(Statement(statement, new() { ["rows"] = batch }), cancellationToken);
                done += batch.Length;
                if (rows.Count > BatchSize)
                {
                    logger.LogInformation("  {Seed}: {Done,7}/{Count} {Label}", seedName, done, rows.Count, label);
                }
            }

            total += rows.Count;
            logger.LogInformation("  {Seed}: {Count,7} {Label}", seedName, rows.Count, label);

            // Neo4j refreshes index statistics in the background; until it does, the next step's
            // planner believes the new index is empty and scans it for every row (minutes, not seconds).
            await cypher.RunAsync(Statement("resample-indexes", []), cancellationToken);
        }

        // Hubs already running read the loaded directory whole on their next request.
        await cypher.RunAsync(
            [
                Statement("record-seed-run", new()
                {
                    ["name"] = seedName,
                    ["completedAt"] = clock.GetUtcNow().ToString("O"),
                    ["items"] = total,
                }),
                DirectoryStatements.TouchAll(),
            ],
            cancellationToken);
        logger.LogInformation("Region '{Seed}' loaded: {Total} items in {Seconds:0.0} s.", seedName, total, started.Elapsed.TotalSeconds);
    }

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"Seeding/{name}.cypher", parameters);

    private static JsonElement Embedded(string name) =>
        ReadJson(typeof(RegionLoader).Assembly.GetManifestResourceStream($"seed/{name}.json")
            ?? throw new InvalidOperationException($"The demo region file '{name}.json' is not embedded; run the seed generator."));

    private static JsonElement ReadJson(Stream stream)
    {
        using (stream)
        {
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.Clone();
        }
    }

    private static IReadOnlyList<JsonElement> Items(JsonElement array) => [.. array.EnumerateArray()];

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    /// <summary>
    /// The items of each owner's <paramref name="property"/> array, each with its owner's id as <paramref name="ownerId"/>
    /// (and, for <paramref name="ownerPersonId"/>, its owner's personId), for a statement that ties them to their owner.
    /// </summary>
    private static IEnumerable<JsonElement> Nested(IEnumerable<JsonElement> owners, string property, string ownerId, string? ownerPersonId = null) =>
        owners.SelectMany(owner => owner.GetProperty(property).EnumerateArray().Select(item =>
        {
            var row = Fields(item);
            row[ownerId] = owner.GetProperty("id");
            if (ownerPersonId is not null)
            {
                row[ownerPersonId] = owner.GetProperty("personId");
            }

            return JsonSerializer.SerializeToElement(row);
        }));

    /// <summary>An item without its nested arrays, which later steps load, so each row carries only what its statement sets.</summary>
    private static JsonElement Row(JsonElement item, params string[] without)
    {
        var row = Fields(item);
        foreach (var name in without)
        {
            row.Remove(name);
        }

        return JsonSerializer.SerializeToElement(row);
    }

    /// <summary>A project's grant as a row of its own, with the project's id.</summary>
    private static JsonElement Grant(JsonElement project)
    {
        var row = Fields(project.GetProperty("grant"));
        row["projectId"] = project.GetProperty("id");
        return JsonSerializer.SerializeToElement(row);
    }

    private static Dictionary<string, JsonElement> Fields(JsonElement item) => item.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);

    private static IReadOnlyList<JsonElement> Flatten<T>(JsonElement owners, string property, Func<JsonElement, JsonElement, T> row) =>
        [.. owners.EnumerateArray()
            .SelectMany(owner => owner.TryGetProperty(property, out var items) ? items.EnumerateArray().Select(item => row(owner, item)) : [])
            .Select(r => JsonSerializer.SerializeToElement(r))];
}
