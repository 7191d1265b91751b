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

    public Task LoadDemoRegionAsync(CancellationToken cancellationToken) => LoadAsync(SeedName, SeedRegionFiles.Demo(), cancellationToken);

    /// <summary>Loads the files of a folder in the seed format, recording the run under <paramref name="seedName"/>.</summary>
    public Task LoadDirectoryAsync(string seedName, string directory, CancellationToken cancellationToken) =>
        LoadAsync(seedName, SeedRegionFiles.FromDirectory(directory), cancellationToken);

    /// <summary>Loads a region's files, recording the run under <paramref name="seedName"/>.</summary>
    public async Task LoadAsync(string seedName, SeedRegionFiles files, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        logger.LogInformation("Loading region '{Seed}' into Neo4j...", seedName);
        var steps = Steps(files);
        var dialect = await cypher.DialectAsync(cancellationToken);
        var nodes = new LoadedNodes(dialect);
        var total = 0;
        // One step at a time: Neo4j 3.1 deadlocked on relationship records with two unrelated steps at once (KNOWS beside
        // goals) and gained little. Each step's rows are made while the step before it loads, on the core Neo4j leaves idle.
        var rows = Task.Run(steps[0].Rows, cancellationToken);
        for (var i = 0; i < steps.Count; i++)
        {
            var ready = await rows;
            if (i + 1 < steps.Count)
            {
                rows = Task.Run(steps[i + 1].Rows, cancellationToken);
            }

            total += await LoadStepAsync(seedName, steps[i], ready, nodes, cancellationToken);
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

    /// <summary>The steps in order: each matches the nodes of steps before it.</summary>
    private static List<LoadStep> Steps(SeedRegionFiles files)
    {
        var mentors = Items(files, "mentors");
        var people = Items(files, "people");
        var plans = Items(files, "plans");
        var funds = Items(files, "funds");
        var projects = Items(files, "projects");
        var goals = new Lazy<List<JsonElement>>(() => [.. Nested(plans.Value, "goals", "planId")]);
        var planSteps = new Lazy<List<JsonElement>>(() => [.. Nested(goals.Value, "steps", "goalId")]);
        var entries = new Lazy<List<JsonElement>>(() => [.. Nested(funds.Value, "entries", "fundId")]);
        return
        [
            new("load-needs", "needs", () => files.Items("needs")),
            new("load-strengths", "strengths", () => files.Items("strengths")),
            new("load-practitioners", "practitioners", () => files.Items("practitioners")) { ReturnsNodes = true },
            new("load-organisations", "organisations", () => files.Items("organisations")),
            new("load-services", "services", () => files.Items("services")) { ReturnsNodes = true },
            new("load-placements", "placements", () => files.Items("placements")) { ReturnsNodes = true },
            new("load-mentors", "mentors", () => mentors.Value) { ReturnsNodes = true },
            new("load-mentor-organisations", "mentor volunteering ties", () => Flatten(mentors.Value, "organisationIds", (m, org) => new { mentorId = Id(m), organisationId = org.GetString() })),
            new("load-people", "people", () => people.Value) { NodeFields = ["practitionerId"], ReturnsNodes = true },
            new("load-person-needs", "assessed needs", () => Flatten(people.Value, "needs", (p, need) => new { personId = Id(p), code = need.GetProperty("code").GetString(), severity = need.GetProperty("severity").GetInt32() }))
                { NodeFields = ["personId"] },
            new("load-person-strengths", "strengths of people", () => Flatten(people.Value, "strengths", (p, code) => new { personId = Id(p), code = code.GetString() }))
                { NodeFields = ["personId"] },
            new("load-knows", "KNOWS ties", () => files.Ties("knows")) { NodeFields = ["from", "to"] },
            new("load-mentoring", "MENTORS ties", () => files.Ties("mentors")) { NodeFields = ["mentorId", "personId"] },
            new("load-attended", "ATTENDED ties", () => files.Ties("attended")) { NodeFields = ["personId", "serviceId"] },
            new("load-completed", "COMPLETED ties", () => files.Ties("completed")) { NodeFields = ["personId", "placementId"] },
            new("load-partners", "PARTNERS_WITH ties", () => files.Ties("partnersWith")),
            new("load-plans", "plans", () => [.. plans.Value.Select(p => Row(p, "goals", "reviews"))]) { NodeFields = ["personId"], ReturnsNodes = true },
            new("load-goals", "goals", () => [.. goals.Value.Select(g => Row(g, "steps"))]) { NodeFields = ["planId"], ReturnsNodes = true },
            new("load-plan-steps", "plan steps", () => [.. planSteps.Value.Select(s => Row(s, "comments"))]) { NodeFields = ["goalId", "supporterId"], ReturnsNodes = true },
            new("load-step-comments", "step comments", () => [.. Nested(planSteps.Value, "comments", "stepId")]) { NodeFields = ["stepId"] },
            new("load-plan-reviews", "plan reviews", () => [.. Nested(plans.Value, "reviews", "planId", "personId")]) { NodeFields = ["planId", "personId"] },
            new("load-funds", "funds", () => [.. funds.Value.Select(f => Row(f, "entries"))]),
            new("load-fund-entries", "fund entries", () => entries.Value),
            new("load-fund-refunds", "refunds", () => [.. entries.Value.Where(e => e.TryGetProperty("refundOf", out _))]),
            new("load-projects", "co-produced projects", () => [.. projects.Value.Select(p => Row(p, "grant"))]),
            new("load-project-grants", "project grants", () => [.. projects.Value.Where(p => p.TryGetProperty("grant", out var g) && g.ValueKind == JsonValueKind.Object)
                .Select(Grant)]),
        ];
    }

    /// <summary>Runs one step's rows in batches, with progress; returns how many rows it loaded.</summary>
    private async Task<int> LoadStepAsync(string seedName, LoadStep step, IReadOnlyList<JsonElement> rows, LoadedNodes nodes, CancellationToken cancellationToken)
    {
        var statement = step.NodeFields.Length > 0 || step.ReturnsNodes ? nodes.Statement(step.Statement) : step.Statement;
        var done = 0;
        foreach (var batch in rows.Chunk(BatchSize))
        {
            var result = await cypher.RunAsync(
                Statement(statement, new() { ["rows"] = step.NodeFields.Length == 0 ? batch : nodes.ByNode(batch, step.NodeFields) }), cancellationToken);
            if (step.ReturnsNodes)
            {
                nodes.Add(result);
            }

            done += batch.Length;
            if (rows.Count > BatchSize)
            {
                logger.LogInformation("  {Seed}: {Done,7}/{Count} {Label}", seedName, done, rows.Count, step.Label);
            }
        }

        logger.LogInformation("  {Seed}: {Count,7} {Label}", seedName, rows.Count, step.Label);

        // Neo4j refreshes index statistics in the background; until it does, the next step's
        // planner believes the new index is empty and scans it for every row (minutes, not seconds).
        await cypher.RunAsync(Statement("resample-indexes", []), cancellationToken);
        return rows.Count;
    }

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"Seeding/{name}.cypher", parameters);

    /// <summary>A file's items, listed once for the steps that share them, when the first of those starts.</summary>
    private static Lazy<IReadOnlyList<JsonElement>> Items(SeedRegionFiles files, string name) => new(() => files.Items(name));

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

    private static IReadOnlyList<JsonElement> Flatten<T>(IEnumerable<JsonElement> owners, string property, Func<JsonElement, JsonElement, T> row) =>
        [.. owners
            .SelectMany(owner => owner.TryGetProperty(property, out var items) ? items.EnumerateArray().Select(item => row(owner, item)) : [])
            .Select(r => JsonSerializer.SerializeToElement(r))];

    /// <summary>One statement run over rows in batches; the rows are made just before the step.</summary>
    private sealed record LoadStep(string Statement, string Label, Func<IReadOnlyList<JsonElement>> Rows)
    {
        /// <summary>The fields of a row that name an item an earlier step loaded, sent as its node.</summary>
        public string[] NodeFields { get; init; } = [];

        /// <summary>Whether the statement returns the node of each row's item, for the steps after it.</summary>
        public bool ReturnsNodes { get; init; }
    }

    /// <summary>
    /// The node of each practitioner, service, placement, mentor, person, plan, goal and step loaded, by its id (ids of
    /// different kinds differ by their prefix), as the statements that create them return it. Neo4j 3.1 finds a node by
    /// its node id in the store at once, where finding an item by its own id is a seek in a Lucene index: 40% of loading a
    /// KNOWS tie. Statements that take nodes come per dialect (<c>id(n)</c> on 3.1, <c>elementId(n)</c> on 5).
    /// </summary>
    private sealed class LoadedNodes(CypherDialect dialect)
    {
        private readonly Dictionary<string, JsonElement> _nodes = new(StringComparer.Ordinal);

        /// <summary>A node no item has: 3.1 fails a statement that seeks a node by a null id, where one by -1 finds none.</summary>
        private readonly JsonElement _missing = JsonSerializer.SerializeToElement<object>(dialect == CypherDialect.Neo4j3 ? -1L : "");

        public string Statement(string name) => $"{name}.{(dialect == CypherDialect.Neo4j3 ? "v3" : "v5")}";

        public void Add(CypherResult loaded)
        {
            foreach (var (id, node) in loaded.Read<string>("id").Zip(loaded.Read<JsonElement>("node")))
            {
                _nodes[id] = node;
            }
        }

        /// <summary>The rows with each of <paramref name="fields"/> as that item's node; one not loaded, or none, matches nothing, as by its id.</summary>
        public Dictionary<string, object?>[] ByNode(JsonElement[] rows, string[] fields) =>
            [.. rows.Select(row =>
            {
                var fieldsOf = row.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
                foreach (var field in fields)
                {
                    fieldsOf[field] = row.TryGetProperty(field, out var id) && id.ValueKind == JsonValueKind.String && _nodes.TryGetValue(id.GetString()!, out var node)
                        ? node
                        : _missing;
                }

                return fieldsOf;
            })];
    }
}
