using Microsoft.Extensions.Logging;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Migrations;

/// <summary>
/// How long a runner's claim on the migrations lasts unless renewed, and how often a waiting runner looks again. The
/// holder renews it every third of <see cref="Duration"/> while it holds it, however long one statement (an index
/// built on a national graph) takes, and checks it after every statement. A hub that dies mid-migration blocks the
/// others for at most <see cref="Duration"/>.
/// </summary>
public sealed record MigrationLease(TimeSpan Duration, TimeSpan PollInterval)
{
    public static readonly MigrationLease Default = new(TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(500));

    public TimeSpan RenewInterval => Duration / 3;
}

/// <summary>
/// Applies the migrations a database lacks, in order, and records each in the graph. Hubs sharing one database may
/// start together: one at a time holds a lease on the migrations and applies them, the others wait for it and then
/// find nothing left (concurrent schema changes deadlock on Neo4j 3.1).
/// </summary>
public sealed class MigrationRunner(CypherClient cypher, Neo4jConnection connection, TimeProvider clock, ILogger<MigrationRunner> logger, MigrationLease? lease = null)
{
    private const string LockId = "migrations";

    /// <summary>The error 3.1 gives a transaction that a schema change overtook.</summary>
    private const string SchemaChangedMeanwhile = "Neo.TransientError.Transaction.ConstraintsChanged";

    private readonly MigrationLease _lease = lease ?? MigrationLease.Default;
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Applies what is pending and returns how many migrations this runner applied (others may have applied the rest).</summary>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        // Every start but the first finds nothing pending, so it writes nothing and waits for no one.
        if (await PendingAsync(cancellationToken) is [])
        {
            return 0;
        }

        await cypher.RunAsync(CypherStatement.From("Migrations/ensure-lock.cypher", new Dictionary<string, object?> { ["id"] = LockId }), cancellationToken);
        await ClaimAsync(cancellationToken);
        using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewWhileHeldAsync(held.Token);
        try
        {
            // Another hub may have applied some or all while this one waited.
            var pending = await PendingAsync(cancellationToken);
            var endpoint = await connection.EndpointAsync(cancellationToken);
            foreach (var migration in pending)
            {
                logger.LogInformation("Applying migration {Version}: {Name}", migration.Version, migration.Name);
                // Neo4j forbids schema and data changes in one transaction, so each DDL statement runs alone.
                foreach (var ddl in Statements(migration, endpoint.Dialect))
                {
                    await cypher.RunAsync(ddl, cancellationToken);
                    await RenewAsync(cancellationToken);
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
        finally
        {
            await held.CancelAsync();
            await renewing;
            // Not cancelled with the start: a lease left behind would hold the other hubs up until it expires.
            await cypher.RunAsync(CypherStatement.From("Migrations/release-lock.cypher", new Dictionary<string, object?> { ["id"] = LockId, ["holder"] = _holder }), CancellationToken.None);
        }
    }

    private async Task<List<Migration>> PendingAsync(CancellationToken cancellationToken)
    {
        var applied = (await cypher.RunAsync(CypherStatement.From("Migrations/applied-versions.cypher"), cancellationToken))
            .Read<int>("version").ToHashSet();
        return Migration.All.Where(m => !applied.Contains(m.Version)).ToList();
    }

    private async Task ClaimAsync(CancellationToken cancellationToken)
    {
        string? waitingFor = null;
        while (true)
        {
            bool granted;
            string? holder;
            try
            {
                (granted, holder) = await TryClaimAsync(cancellationToken);
            }
            catch (Neo4jUnavailableException e) when (e.InnerException is Neo4jException { Code: SchemaChangedMeanwhile })
            {
                // 3.1 fails a transaction that a schema change overtook: the holder's migrations may do that more often
                // than the client's retries outlast, and its DDL is the very thing this runner waits for.
                (granted, holder) = (false, waitingFor);
            }

            if (granted)
            {
                return;
            }

            if (holder != waitingFor)
            {
                logger.LogInformation("Waiting for {Holder} to finish applying migrations", holder);
                waitingFor = holder;
            }

            await Task.Delay(_lease.PollInterval, clock, cancellationToken);
        }
    }

    /// <summary>
    /// Extends the lease, by the server's clock, every <see cref="MigrationLease.RenewInterval"/> until cancelled: a
    /// statement may run longer than the lease. A renewal that fails is tried again at the next interval; a lease
    /// another runner took over is left to it, and the check after the running statement stops this runner.
    /// </summary>
    private async Task RenewWhileHeldAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_lease.RenewInterval, clock, cancellationToken);
                try
                {
                    if (!(await TryClaimAsync(cancellationToken)).Granted)
                    {
                        return;
                    }
                }
                catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
                {
                    logger.LogWarning("Renewing the migration lease failed ({Message}); trying again in {Interval}.", e.Message, _lease.RenewInterval);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        var (granted, holder) = await TryClaimAsync(cancellationToken);
        if (!granted)
        {
            throw new InvalidOperationException($"The migration lease expired and {holder} took it over: this hub stops applying migrations.");
        }
    }

    private async Task<(bool Granted, string? Holder)> TryClaimAsync(CancellationToken cancellationToken)
    {
        var result = await cypher.RunAsync(CypherStatement.From("Migrations/claim-lock.cypher", new Dictionary<string, object?>
        {
            ["id"] = LockId,
            ["holder"] = _holder,
            ["leaseMs"] = (long)_lease.Duration.TotalMilliseconds,
        }), cancellationToken);
        return (result.Single<bool>("granted"), result.Single<string?>("holder"));
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
