using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Rehab.Graph.Neo4j.Local;

/// <summary>
/// A Neo4j 3.1.1 process on loopback with its own instance directory (config, data, logs).
/// A second start on the same instance reuses the running server (recorded in <c>server.json</c>)
/// instead of fighting over the store; only the process that started the server stops it.
/// </summary>
public sealed class LocalNeo4jServer : IAsyncDisposable
{
    private const string StateFile = "server.json";
    private readonly Process? _process;
    private readonly string _instanceDirectory;
    private readonly ILogger _logger;

    private LocalNeo4jServer(Uri uri, int processId, Process? ownedProcess, string instanceDirectory, ILogger logger)
    {
        Uri = uri;
        ProcessId = processId;
        _process = ownedProcess;
        _instanceDirectory = instanceDirectory;
        _logger = logger;
    }

    public Uri Uri { get; }

    public int ProcessId { get; }

    /// <summary>False when another process started this server and this one only reuses it.</summary>
    public bool IsOwned => _process is not null;

    public static async Task<LocalNeo4jServer> StartAsync(LocalNeo4jOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var cache = options.ResolveCacheDirectory();
        var home = await Neo4jInstaller.EnsureInstalledAsync(cache, logger, cancellationToken);
        var instance = Path.Combine(cache, "instances", options.Instance);
        return await StartAsync(home, instance, options, logger, cancellationToken);
    }

    /// <summary>Starts (or reuses) the server of one instance directory, e.g. a test run's own.</summary>
    public static async Task<LocalNeo4jServer> StartAsync(string home, string instance, LocalNeo4jOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(instance);
        await using var startLock = await FileLock.AcquireAsync(Path.Combine(instance, "start.lock"), cancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };

        var previous = ReadState(instance);
        if (previous is not null && IsAlive(previous.Pid) && await IsReadyAsync(http, previous.Port, cancellationToken))
        {
            logger.LogInformation("Reusing the local Neo4j already running for {Instance} (pid {Pid}, port {Port}).", instance, previous.Pid, previous.Port);
            return new LocalNeo4jServer(BaseUri(previous.Port), previous.Pid, null, instance, logger);
        }

        var port = previous is not null && IsPortFree(previous.Port) ? previous.Port : FreePort();
        var dataExisted = Directory.Exists(Path.Combine(instance, "data", "databases"));
        WriteConfig(instance, port, options);
        logger.LogInformation("Starting local Neo4j 3.1.1 on http://127.0.0.1:{Port}/ (data in {Instance})...", port, instance);
        var started = Stopwatch.StartNew();
        var process = StartProcess(home, instance, options, logger);
        try
        {
            await WaitUntilReadyAsync(http, process, port, options.StartTimeout, cancellationToken);
        }
        catch
        {
            Terminate(process, TimeSpan.FromSeconds(5));
            if (!dataExisted)
            {
                // A failed first start leaves a half-created store that breaks every later start.
                DeleteIfExists(Path.Combine(instance, "data"));
            }

            throw;
        }

        WriteState(instance, new ServerState(process.Id, port));
        logger.LogInformation("Local Neo4j ready in {Seconds:0.0} s.", started.Elapsed.TotalSeconds);
        return new LocalNeo4jServer(BaseUri(port), process.Id, process, instance, logger);
    }

    /// <summary>
    /// The address of the server running for an instance, or null when none answers: for tools that work on the
    /// hub's database while the hub runs, and should neither start a second server nor stop the hub's.
    /// </summary>
    public static async Task<Uri?> FindRunningAsync(LocalNeo4jOptions options, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var state = ReadState(Path.Combine(options.ResolveCacheDirectory(), "instances", options.Instance));
        return state is not null && IsAlive(state.Pid) && await IsReadyAsync(http, state.Port, cancellationToken) ? BaseUri(state.Port) : null;
    }

    /// <summary>Stops the server if this process started it: SIGTERM for a clean shutdown, a kill if that takes too long.</summary>
    public Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return Task.CompletedTask;
        }

        _logger.LogInformation("Stopping local Neo4j (pid {Pid}).", ProcessId);
        Terminate(_process, TimeSpan.FromSeconds(15));
        File.Delete(Path.Combine(_instanceDirectory, StateFile));
        return Task.CompletedTask;
    }

    /// <summary>Kills the process at once, as a crash would; the next start recovers the store.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
    }

    private static Uri BaseUri(int port) => new($"http://127.0.0.1:{port}/");

    private static void WriteConfig(string instance, int port, LocalNeo4jOptions options)
    {
        var conf = Path.Combine(instance, "conf");
        Directory.CreateDirectory(conf);
        var lines = new[]
        {
            "# Written by Rehab.Graph on every start; edits are overwritten.",
            $"dbms.directories.data={Path.Combine(instance, "data")}",
            $"dbms.directories.logs={Path.Combine(instance, "logs")}",
            "dbms.security.auth_enabled=false",
            "dbms.connector.http.enabled=true",
            $"dbms.connector.http.listen_address=127.0.0.1:{port}",
            // Bolt cannot work on Java 17 with this version, and HTTPS is not needed on loopback.
            "dbms.connector.bolt.enabled=false",
            "dbms.connector.https.enabled=false",
            $"dbms.memory.pagecache.size={options.PageCacheMb}m",
            "dbms.udc.enabled=false",
            // A transaction whose caller went away (a hub that gave up, was killed or lost the answer) must not
            // hold its locks for long: roll it back soon after its last request, and end any that runs too long.
            $"dbms.rest.transaction.idle_timeout={Milliseconds(options.TransactionIdleTimeout)}",
            "unsupported.dbms.executiontime_limit.enabled=true",
            $"dbms.transaction.timeout={Milliseconds(options.TransactionTimeout)}",
            // Each request waiting for a lock holds an HTTP worker thread; with the default (one per core) two such
            // waits on a small machine leave no thread for anything else, reads and health checks included.
            "dbms.threads.worker_count=64",
        };
        File.WriteAllLines(Path.Combine(conf, "neo4j.conf"), lines);
    }

    private static string Milliseconds(TimeSpan duration) => $"{(long)duration.TotalMilliseconds}ms";

    private static Process StartProcess(string home, string instance, LocalNeo4jOptions options, ILogger logger)
    {
        var start = new ProcessStartInfo(ExternalTools.Require("java"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            $"-Xmx{options.HeapMb}m",
            // Neo4j 3.1 reaches into JDK internals that Java 17 closes by default.
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-Dfile.encoding=UTF-8",
            "-cp", Path.Combine(home, "lib", "*"),
            "org.neo4j.server.CommunityEntryPoint",
            $"--home-dir={home}",
            $"--config-dir={Path.Combine(instance, "conf")}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start java for Neo4j.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { logger.LogDebug("neo4j: {Line}", e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { logger.LogDebug("neo4j: {Line}", e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process process, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            // A server already on the port would answer the poll while ours exits: watch our process too.
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Neo4j exited with code {process.ExitCode} during start-up; see its logs in the instance's logs directory.");
            }

            if (await IsReadyAsync(http, port, cancellationToken))
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"Neo4j was not ready within {timeout.TotalSeconds:0} s.");
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, int port, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(BaseUri(port), "db/data/"), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static void Terminate(Process process, TimeSpan grace)
    {
        if (process.HasExited)
        {
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            _ = SendSignal(process.Id, 15);
        }

        if (!process.WaitForExit(grace))
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static ServerState? ReadState(string instance)
    {
        try
        {
            return JsonSerializer.Deserialize<ServerState>(File.ReadAllText(Path.Combine(instance, StateFile)));
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }

    private static void WriteState(string instance, ServerState state) =>
        File.WriteAllText(Path.Combine(instance, StateFile), JsonSerializer.Serialize(state));

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int SendSignal(int pid, int signal);

    private sealed record ServerState(int Pid, int Port);
}
