using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Rehab.Graph.Neo4j.Local;

/// <summary>
/// A Neo4j 3.1.1 process on loopback with its own instance directory (config, data, logs).
/// <c>server.json</c> records the server and the hub that owns it. A second start on the same instance
/// reuses the running server instead of fighting over the store; only the owner stops it. When the owner
/// has died (e.g. a killed hub), the next start adopts the server: it owns it from then on.
/// </summary>
public sealed class LocalNeo4jServer : IAsyncDisposable
{
    private const string StateFile = "server.json";
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);
    private readonly Process? _child;
    private readonly ServerState _state;
    private readonly string _instanceDirectory;
    private readonly ILogger _logger;

    private LocalNeo4jServer(ServerState state, bool owned, Process? child, string instanceDirectory, ILogger logger)
    {
        _state = state;
        IsOwned = owned;
        _child = child;
        _instanceDirectory = instanceDirectory;
        _logger = logger;
    }

    public Uri Uri => BaseUri(_state.Port);

    public int ProcessId => _state.Pid;

    /// <summary>False when another live process owns this server and this one only reuses it.</summary>
    public bool IsOwned { get; }

    public static async Task<LocalNeo4jServer> StartAsync(LocalNeo4jOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var cache = options.ResolveCacheDirectory();
        var home = await Neo4jInstaller.EnsureInstalledAsync(cache, logger, cancellationToken);
        var instance = Path.Combine(cache, "instances", options.Instance);
        return await StartAsync(home, instance, options, logger, cancellationToken);
    }

    /// <summary>Starts, reuses or adopts the server of one instance directory, e.g. a test run's own.</summary>
    public static async Task<LocalNeo4jServer> StartAsync(string home, string instance, LocalNeo4jOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(instance);
        await using var startLock = await FileLock.AcquireAsync(Path.Combine(instance, "start.lock"), cancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };

        var previous = ReadState(instance);
        if (previous is not null && IsRunning(previous.Pid, previous.StartedAt) && await IsReadyAsync(http, previous.Port, cancellationToken))
        {
            if (previous.OwnerPid is { } ownerPid && IsRunning(ownerPid, previous.OwnerStartedAt))
            {
                logger.LogInformation("Reusing the local Neo4j already running for {Instance} (pid {Pid}, port {Port}, owned by pid {Owner}).", instance, previous.Pid, previous.Port, ownerPid);
                return new LocalNeo4jServer(previous, owned: false, null, instance, logger);
            }

            var adopted = previous with { OwnerPid = Environment.ProcessId, OwnerStartedAt = StartTimeOf(Environment.ProcessId) };
            WriteState(instance, adopted);
            logger.LogWarning("Adopting the local Neo4j of {Instance} (pid {Pid}, port {Port}): the process that started it (pid {Owner}) is gone, so this one supervises and stops it now.",
                instance, previous.Pid, previous.Port, previous.OwnerPid);
            return new LocalNeo4jServer(adopted, owned: true, null, instance, logger);
        }

        var port = previous is not null && IsPortFree(previous.Port) ? previous.Port : FreePort();
        var dataExisted = Directory.Exists(Path.Combine(instance, "data", "databases"));
        var started = Stopwatch.StartNew();
        Process process;
        for (var attempt = 1; ; attempt++)
        {
            WriteConfig(instance, port, options);
            logger.LogInformation("Starting local Neo4j 3.1.1 on http://127.0.0.1:{Port}/ (data in {Instance})...", port, instance);
            process = StartProcess(home, instance, options, logger);
            try
            {
                await WaitUntilReadyAsync(http, process, port, options.StartTimeout, cancellationToken);
                break;
            }
            catch (Exception e) when (attempt < 3 && e is not OperationCanceledException && !IsPortFree(port) && ListensOn(process.Id, port) != true)
            {
                // Another process bound the port between our check and our server's start (the port was free when
                // picked): start again on another.
                Terminate(process, TimeSpan.FromSeconds(5));
                logger.LogWarning("Port {Port} was taken by another process while Neo4j started; trying another.", port);
                DeleteHalfCreatedStore(instance, dataExisted);
                port = FreePort();
            }
            catch
            {
                Terminate(process, TimeSpan.FromSeconds(5));
                DeleteHalfCreatedStore(instance, dataExisted);
                throw;
            }
        }

        var state = new ServerState(process.Id, port, StartTimeOf(process.Id), Environment.ProcessId, StartTimeOf(Environment.ProcessId));
        WriteState(instance, state);
        logger.LogInformation("Local Neo4j ready in {Seconds:0.0} s.", started.Elapsed.TotalSeconds);
        return new LocalNeo4jServer(state, owned: true, process, instance, logger);
    }

    /// <summary>
    /// The address of the server running for an instance, or null when none answers: for tools that work on the
    /// hub's database while the hub runs, and should neither start a second server nor stop the hub's.
    /// </summary>
    public static async Task<Uri?> FindRunningAsync(LocalNeo4jOptions options, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var state = ReadState(Path.Combine(options.ResolveCacheDirectory(), "instances", options.Instance));
        return state is not null && IsRunning(state.Pid, state.StartedAt) && await IsReadyAsync(http, state.Port, cancellationToken) ? BaseUri(state.Port) : null;
    }

    /// <summary>
    /// Completes when this handle no longer stands for a supervised server: an owned server has exited (crashed,
    /// killed or stopped by someone else), or a reused one has exited or lost its owner. Then <see cref="StartAsync(LocalNeo4jOptions, ILogger, CancellationToken)"/>
    /// again restarts, adopts or reuses whatever the instance has.
    /// </summary>
    public async Task WaitUntilUnattendedAsync(CancellationToken cancellationToken)
    {
        if (_child is not null)
        {
            await _child.WaitForExitAsync(cancellationToken);
            return;
        }

        // Not our child: the operating system cannot tell us when it exits, so look every second.
        while (IsRunning(_state.Pid, _state.StartedAt) && (IsOwned || _state.OwnerPid is { } owner && IsRunning(owner, _state.OwnerStartedAt)))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    /// <summary>Stops the server if this process owns it: SIGTERM for a clean shutdown, a kill if that takes too long.</summary>
    public async Task StopAsync()
    {
        if (!IsOwned || !IsRunning(_state.Pid, _state.StartedAt))
        {
            // A server that died keeps its state file, so that a restart takes the same port again.
            return;
        }

        _logger.LogInformation("Stopping local Neo4j (pid {Pid}).", ProcessId);
        if (_child is not null)
        {
            Terminate(_child, StopGrace);
        }
        else
        {
            await TerminateAdoptedAsync();
        }

        ForgetState();
    }

    /// <summary>Kills the process at once, as a crash would; the next start recovers the store.</summary>
    public void Kill()
    {
        if (_child is { HasExited: false })
        {
            _child.Kill();
            _child.WaitForExit();
        }
        else if (_child is null && IsOwned && IsRunning(_state.Pid, _state.StartedAt))
        {
            using var process = Process.GetProcessById(_state.Pid);
            process.Kill();
            while (IsRunning(_state.Pid, _state.StartedAt))
            {
                Thread.Sleep(50);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _child?.Dispose();
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
            // A server already on the port would answer the poll while ours exits: watch our process, and make
            // sure the one answering is ours.
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Neo4j exited with code {process.ExitCode} during start-up; see its logs in the instance's logs directory.");
            }

            if (await IsReadyAsync(http, port, cancellationToken))
            {
                if (ListensOn(process.Id, port) != false)
                {
                    return;
                }

                throw new InvalidOperationException($"Another process answers on port {port}.");
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"Neo4j was not ready within {timeout.TotalSeconds:0} s.");
    }

    /// <summary>Whether <paramref name="pid"/> holds the listening socket of <paramref name="port"/>; null where the system does not say (not Linux).</summary>
    private static bool? ListensOn(int pid, int port)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var listening = new[] { "/proc/net/tcp", "/proc/net/tcp6" }
                .Where(File.Exists)
                .SelectMany(table => File.ReadLines(table).Skip(1))
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                // Columns: sl, local address (hex ip:port), remote address, state (0A is LISTEN), ..., inode (10th).
                .Where(f => f.Length > 9 && f[3] == "0A" && int.Parse(f[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                .Select(f => $"socket:[{f[9]}]")
                .ToHashSet();
            return Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd").Any(fd => new FileInfo(fd).LinkTarget is { } target && listening.Contains(target));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void DeleteHalfCreatedStore(string instance, bool dataExisted)
    {
        if (!dataExisted)
        {
            // A failed first start leaves a half-created store that breaks every later start.
            DeleteIfExists(Path.Combine(instance, "data"));
        }
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

    private static string Milliseconds(TimeSpan duration) => $"{(long)duration.TotalMilliseconds}ms";

    /// <summary>SIGTERM to a server this process did not start, then a kill if it does not stop in time.</summary>
    private async Task TerminateAdoptedAsync()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = SendSignal(_state.Pid, 15);
            var waited = Stopwatch.StartNew();
            while (IsRunning(_state.Pid, _state.StartedAt) && waited.Elapsed < StopGrace)
            {
                await Task.Delay(50);
            }
        }

        if (IsRunning(_state.Pid, _state.StartedAt))
        {
            using var process = Process.GetProcessById(_state.Pid);
            process.Kill();
            while (IsRunning(_state.Pid, _state.StartedAt))
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Removes <c>server.json</c> if it still describes this server, not one started since.</summary>
    private void ForgetState()
    {
        if (IsOwned && ReadState(_instanceDirectory) is { } current && current.Pid == _state.Pid)
        {
            File.Delete(Path.Combine(_instanceDirectory, StateFile));
        }
    }

    /// <summary>
    /// Whether the process recorded as <paramref name="pid"/> still runs. The start time tells a reused pid
    /// from the recorded process; a state file without one (older hubs wrote none) trusts the pid.
    /// </summary>
    private static bool IsRunning(int pid, DateTime? startedAt)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && (startedAt is not { } expected || (process.StartTime.ToUniversalTime() - expected).Duration() < TimeSpan.FromSeconds(1));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static DateTime? StartTimeOf(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
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

    /// <summary>The server's process and port, and the process that owns it (starts and stops it).</summary>
    private sealed record ServerState(int Pid, int Port, DateTime? StartedAt = null, int? OwnerPid = null, DateTime? OwnerStartedAt = null);
}
