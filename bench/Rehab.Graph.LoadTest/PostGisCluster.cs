using System.Diagnostics;
using Npgsql;

namespace Rehab.Graph.LoadTest;

/// <summary>
/// The PostGIS floor's own PostgreSQL 15 cluster under <c>.cache/postgis</c> beside Rehab.Graph.sln: a private port and
/// a unix socket there, no TCP listener, trust authentication for its one superuser. Debian's packages are installed
/// when absent; a cluster that is already running is reused. PostgreSQL refuses to run as root, so as root the cluster
/// belongs to the packages' <c>postgres</c> user and its commands run as that user.
/// </summary>
public sealed class PostGisCluster(string directory, int port)
{
    public const int DefaultPort = 55432;
    private const string Package = "postgresql-15-postgis-3";
    private const string Binaries = "/usr/lib/postgresql/15/bin";
    private const string ExtensionControl = "/usr/share/postgresql/15/extension/postgis.control";
    private const string Superuser = "postgres";

    public static PostGisCluster InRepository(int port) => new(Path.Combine(RepositoryRoot.Find(), ".cache", "postgis"), port);

    private string DataDirectory => Path.Combine(directory, "data");

    private string SocketDirectory => Path.Combine(directory, "run");

    /// <summary>How to stop the cluster by hand, for the message a load leaves.</summary>
    public string StopCommand => string.Join(' ', AsOwner(Path.Combine(Binaries, "pg_ctl"), ["stop", "-D", DataDirectory]));

    public string Describe => $"PostgreSQL on port {port}, socket {SocketDirectory}, data {DataDirectory}";

    /// <summary>A pooled data source on the cluster's socket; 64 connections cover the load tool's clients.</summary>
    public NpgsqlDataSource DataSource(string database) => NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder
    {
        Host = SocketDirectory,
        Port = port,
        Username = Superuser,
        Database = database,
        MaxPoolSize = 64,
    }.ConnectionString);

    public static async Task EnsureInstalledAsync()
    {
        if (IsInstalled())
        {
            return;
        }

        Console.WriteLine($"PostgreSQL 15 with PostGIS is not installed ({Binaries}/postgres or {ExtensionControl} is missing): apt-get install -y {Package}");
        if (await RunAsync("apt-get", ["install", "-y", Package]) != 0)
        {
            Console.WriteLine("apt-get install failed; refreshing the package lists with apt-get update and trying once more.");
            await RunAsync("apt-get", ["update"]);
            await RunAsync("apt-get", ["install", "-y", Package]);
        }

        if (!IsInstalled())
        {
            throw new InvalidOperationException($"{Package} is still not installed; install it by hand (as root: apt-get install -y {Package}).");
        }
    }

    /// <summary>Creates the cluster on first use and starts it unless it is running already.</summary>
    public async Task EnsureRunningAsync()
    {
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            Directory.CreateDirectory(DataDirectory);
            Directory.CreateDirectory(SocketDirectory);
            if (Environment.IsPrivilegedProcess)
            {
                await RequireAsync("chown", ["-R", $"{Superuser}:{Superuser}", directory]);
            }

            Console.WriteLine($"Creating a PostgreSQL cluster in {DataDirectory} (initdb)...");
            await RequireAsync(Path.Combine(Binaries, "initdb"), ["-D", DataDirectory, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--no-locale"]);
        }

        if (await RunAsync(AsOwner(Path.Combine(Binaries, "pg_ctl"), ["status", "-D", DataDirectory]), quiet: true) == 0)
        {
            Console.WriteLine($"Reusing the running cluster: {Describe}.");
            return;
        }

        Console.WriteLine($"Starting {Describe} (pg_ctl start)...");
        // Memory settings for a benchmark on a 24 GiB machine: the national tables and their indexes fit in shared buffers.
        var settings = $"-p {port} -k {SocketDirectory} -c listen_addresses='' -c shared_buffers=512MB -c work_mem=16MB -c maintenance_work_mem=256MB -c max_connections=100";
        await RequireAsync(Path.Combine(Binaries, "pg_ctl"), ["start", "-w", "-D", DataDirectory, "-l", Path.Combine(directory, "postgres.log"), "-o", settings]);
    }

    private static bool IsInstalled() => File.Exists(Path.Combine(Binaries, "postgres")) && File.Exists(ExtensionControl);

    private static async Task RequireAsync(string program, IReadOnlyList<string> arguments)
    {
        var command = program.StartsWith(Binaries, StringComparison.Ordinal) ? AsOwner(program, arguments) : [program, .. arguments];
        if (await RunAsync(command) != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', command)}' failed.");
        }
    }

    /// <summary>The command as the cluster's owner: the <c>postgres</c> user when this tool runs as root, else this user.</summary>
    private static IReadOnlyList<string> AsOwner(string program, IReadOnlyList<string> arguments) =>
        Environment.IsPrivilegedProcess ? ["runuser", "-u", Superuser, "--", program, .. arguments] : [program, .. arguments];

    private static Task<int> RunAsync(string program, IReadOnlyList<string> arguments) => RunAsync([program, .. arguments]);

    /// <summary>Runs a command with its output on this console (none when <paramref name="quiet"/>); returns its exit code.</summary>
    private static async Task<int> RunAsync(IReadOnlyList<string> command, bool quiet = false)
    {
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardOutput = quiet, RedirectStandardError = quiet };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        if (quiet)
        {
            await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        }

        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
