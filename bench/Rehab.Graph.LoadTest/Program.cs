using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

// A closed-loop load generator for the hub's GraphQL endpoint: C clients each send requests back to
// back for a fixed count, then it prints latency percentiles and throughput. Loopback only.
// Usage: dotnet run -c Release --project bench/Rehab.Graph.LoadTest -- <url> <query> [requests=2000] [clients=1] [warmup=200]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: <url> <graphql query> [requests] [clients] [warmup]");
    return 2;
}

var url = new Uri(args[0]);
if (!url.IsLoopback)
{
    Console.Error.WriteLine("Only loopback targets are allowed.");
    return 2;
}

var query = args[1];
var requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
var clients = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
var warmup = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 200;

using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
var body = JsonSerializer.Serialize(new { query });

async Task<double> SendAsync()
{
    var started = Stopwatch.GetTimestamp();
    using var response = await http.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
    var json = await response.Content.ReadFromJsonAsync<JsonElement>();
    if (!response.IsSuccessStatusCode || json.TryGetProperty("errors", out _))
    {
        throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {json}");
    }

    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

for (var i = 0; i < warmup; i++)
{
    await SendAsync();
}

var latencies = new double[requests];
var next = -1;
var wall = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
{
    int index;
    while ((index = Interlocked.Increment(ref next)) < requests)
    {
        latencies[index] = await SendAsync();
    }
}));
wall.Stop();

Array.Sort(latencies);
double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"requests={requests} clients={clients} p50={Percentile(0.50):0.00}ms p95={Percentile(0.95):0.00}ms p99={Percentile(0.99):0.00}ms max={latencies[^1]:0.00}ms throughput={requests / wall.Elapsed.TotalSeconds:0}/s"));
return 0;
