using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Features.ImmediateJustice;
using Rehab.Graph.Features.Referrals;
using Rehab.Graph.LoadTest;
using Rehab.Graph.Neo4j;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Tokens;

// A closed-loop load generator: C clients each run the scenario back to back over a fixed sample of
// people until N operations are done, then it prints latency percentiles and throughput.
// Loopback targets only. hub-connect and hub-refer sign as each person's offender manager with
// Auth__SigningKey (the hub's key; the development key when unset). The refer scenarios write: each
// operation refers a person to an online service and withdraws the referral again.
//   dotnet run -c Release --project bench/Rehab.Graph.LoadTest -- SCENARIO --neo4j URI [--hub URI]
//       [--requests 2000] [--clients 1] [--warmup 200] [--people 500]
//   SCENARIO: hub-connect | floor-connect | hub-services-near | floor-services-near | hub-refer | floor-refer
//           | web-page --path /people/{person}/support [--as "role=COMMISSIONER"] (a Development hub: its
//             demo sign-in, as each person's offender manager unless --as names one demo user for every request)
//           | postgis-connect | postgis-audited-connect [--size regional|national] [--pg-port 55432] (the PostGIS floor, bare or
//             committing an audit row per request as the hub does; loaded first with:)
//   dotnet run -c Release --project bench/Rehab.Graph.LoadTest -- postgis-load [--size regional|national] [--dir DIR] [--pg-port 55432]
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: SCENARIO --neo4j URI [--hub URI] [--requests N] [--clients C] [--warmup W] [--people P] [--size regional|national] [--pg-port PORT]");
    Console.Error.WriteLine("       postgis-load [--size regional|national] [--dir DIR] [--pg-port PORT]");
    return 2;
}

var postgis = PostGisCluster.InRepository(options.PostGisPort);
if (options.Scenario == "postgis-load")
{
    await PostGisCluster.EnsureInstalledAsync();
    await postgis.EnsureRunningAsync();
    await PostGisLoader.LoadAsync(postgis, options.Size, options.Directory ?? Path.Combine(RepositoryRoot.Find(), ".cache", options.Size));
    Console.WriteLine($"PostgreSQL is left running; stop it with: {postgis.StopCommand}");
    return 0;
}

var connection = new Neo4jConnection();
using var discovery = new HttpClient();
connection.Connect(await Neo4jDiscovery.DiscoverAsync(discovery, options.Neo4j!, new Neo4jOptions(), CancellationToken.None));
var cypher = new CypherClient(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }), connection, NullLogger<CypherClient>.Instance);
using var hub = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = options.Hub };

var people = await Scenarios.SampleAsync(cypher, options.People);
var signingKey = Environment.GetEnvironmentVariable("Auth__SigningKey") ?? TokenIssuer.DevelopmentSigningKey;
Func<SamplePerson, Task> operation = options.Scenario switch
{
    "hub-connect" => Scenarios.HubConnect(hub, signingKey),
    "hub-services-near" => Scenarios.HubServicesNear(hub),
    "floor-connect" => Scenarios.FloorConnect(cypher, DateTime.UtcNow.Year),
    "floor-services-near" => Scenarios.FloorServicesNear(cypher),
    "hub-refer" => Scenarios.HubRefer(hub, signingKey, await Scenarios.ReferableServicesAsync(cypher)),
    "floor-refer" => Scenarios.FloorRefer(
        new ReferralService(cypher, new ReadBatch(cypher), TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new ReferralOptions()), [new CaseOutcomes(new CertificateLinks(options.Hub))]),
        await Scenarios.ReferableServicesAsync(cypher)),
    "postgis-connect" => Scenarios.PostGisConnect(postgis.DataSource(options.Size), await Scenarios.FocusAsync(cypher, people, DateTime.UtcNow.Year), audited: false),
    "postgis-audited-connect" => Scenarios.PostGisConnect(
        await PostGisLoader.AuditedAsync(postgis.DataSource(options.Size)), await Scenarios.FocusAsync(cypher, people, DateTime.UtcNow.Year), audited: true),
    "hub-get" => Scenarios.HubGet(hub, options.Path ?? throw new ArgumentException("hub-get needs --path, e.g. /openreferral/services.")),
    "web-page" => Scenarios.WebPage(options.Hub, options.Path ?? throw new ArgumentException("web-page needs --path, e.g. /people/{person}/support."), options.SignInAs),
    _ => throw new ArgumentException($"Unknown scenario '{options.Scenario}'."),
};

for (var i = 0; i < options.Warmup; i++)
{
    await operation(people[i % people.Count]);
}

var latencies = new double[options.Requests];
var next = -1;
var wall = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(async _ =>
{
    int index;
    while ((index = Interlocked.Increment(ref next)) < options.Requests)
    {
        var started = Stopwatch.GetTimestamp();
        await operation(people[index % people.Count]);
        latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}));
wall.Stop();

Array.Sort(latencies);
double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{options.Scenario + (options.Path is null ? "" : " " + options.Path),-20} clients={options.Clients,-2} requests={options.Requests} people={people.Count} p50={Percentile(0.50):0.00}ms p95={Percentile(0.95):0.00}ms p99={Percentile(0.99):0.00}ms max={latencies[^1]:0.00}ms throughput={options.Requests / wall.Elapsed.TotalSeconds:0}/s"));
return 0;

internal sealed record Options(
    string Scenario, Uri? Neo4j, Uri Hub, int Requests, int Clients, int Warmup, int People, string? Path, string? SignInAs, string Size, string? Directory, int PostGisPort)
{
    public static Options? Parse(string[] args)
    {
        if (args.Length == 0)
        {
            return null;
        }

        var named = new Dictionary<string, string>();
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            named[args[i].TrimStart('-')] = args[i + 1];
        }

        int Number(string name, int fallback) => named.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        // Loading PostGIS reads seed files only; every scenario samples its people from Neo4j.
        var neo4j = named.TryGetValue("neo4j", out var given) ? new Uri(given) : null;
        if (neo4j is null && args[0] != "postgis-load")
        {
            return null;
        }

        var size = named.GetValueOrDefault("size", "regional");
        if (size is not ("regional" or "national"))
        {
            throw new ArgumentException($"Unknown size '{size}': choose regional or national.");
        }

        var options = new Options(args[0], neo4j, new Uri(named.GetValueOrDefault("hub", "http://127.0.0.1:5080/")),
            Number("requests", 2000), Number("clients", 1), Number("warmup", 200), Number("people", 500), named.GetValueOrDefault("path"), named.GetValueOrDefault("as"),
            size, named.GetValueOrDefault("dir"), Number("pg-port", PostGisCluster.DefaultPort));
        // Load only ever goes to this machine.
        return (options.Neo4j?.IsLoopback ?? true) && options.Hub.IsLoopback ? options : throw new ArgumentException("Only loopback targets are allowed.");
    }
}
