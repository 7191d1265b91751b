using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Neo4j.Local;
using Rehab.Graph.Neo4j.Migrations;
using Rehab.Graph.Neo4j.Seeding;

namespace Rehab.Graph.Neo4j.Hosting;

/// <summary>
/// Brings the graph up behind the running web server: starts the local Neo4j (or finds the
/// configured one), waits until it answers, applies migrations, loads the demo region if asked,
/// then marks the connection ready. Then it supervises the local server: when it dies, or the hub
/// that owned it does, it restarts or adopts it, with back-off. Stops the local server with the host.
/// </summary>
internal sealed class Neo4jStartup(
    IOptions<Neo4jOptions> options,
    Neo4jConnection connection,
    IHttpClientFactory httpClients,
    MigrationRunner migrations,
    RegionLoader demoRegion,
    DirectoryIndex directory,
    Neo4jServerSettings serverSettings,
    IHostApplicationLifetime lifetime,
    IMeterFactory meters,
    ILogger<Neo4jStartup> logger) : BackgroundService
{
    private static readonly TimeSpan LongestRestartDelay = TimeSpan.FromMinutes(1);
    private volatile LocalNeo4jServer? _local;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Neo4jTelemetry.ObserveAvailability(meters, connection);
        var settings = options.Value;
        try
        {
            Uri uri;
            if (settings.Uri is { } configured)
            {
                uri = configured;
            }
            else
            {
                _local = await LocalNeo4jServer.StartAsync(settings.Local, logger, stoppingToken);
                uri = _local.Uri;
            }

            var endpoint = await DiscoverAsync(uri, settings, stoppingToken);
            connection.Connect(endpoint);
            logger.LogInformation("Connected to Neo4j {Version} at {Uri} ({Dialect}).", endpoint.Version, uri, endpoint.Dialect);
            await serverSettings.CheckAsync(endpoint, stoppingToken);
            await migrations.ApplyAsync(stoppingToken);
            if (settings.SeedDemoData)
            {
                await demoRegion.LoadDemoRegionIfEmptyAsync(stoppingToken);
            }

            connection.MarkReady();
            logger.LogInformation("The graph is ready: migrations applied{Seeded}.", settings.SeedDemoData ? ", demo region loaded" : "");
            await WarmDirectoryAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            connection.Fail(e);
            logger.LogCritical("Neo4j could not be brought up: {Message}", e.Message);
            if (settings.Uri is null)
            {
                // Without its own database the local hub cannot do anything useful: say why and stop.
                lifetime.StopApplication();
            }

            return;
        }

        if (settings.Uri is null)
        {
            await SuperviseAsync(settings, stoppingToken);
        }
    }

    // A hub serves while its directory is read; the first connect waits for the same read rather than start another.
    private async Task WarmDirectoryAsync(CancellationToken stoppingToken)
    {
        try
        {
            await directory.WarmAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("The directory could not be read at start; the first connect reads it: {Message}", e.Message);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_local is { } local)
        {
            await local.DisposeAsync();
        }
    }

    /// <summary>
    /// Keeps the local server there for the hub: restarts it when it stops (crash, kill, someone else's clean stop),
    /// and adopts it when this hub only reused it and its owner has gone. While a restart fails the connection says
    /// why, so that /healthz fails, and the hub keeps trying with a growing delay.
    /// </summary>
    private async Task SuperviseAsync(Neo4jOptions settings, CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                var lost = _local!;
                await lost.WaitUntilUnattendedAsync(stoppingToken);
                logger.LogError(lost.IsOwned
                    ? "The local Neo4j (pid {Pid}) has stopped; restarting it."
                    : "The local Neo4j this hub reuses (pid {Pid}) has stopped or lost the hub that owned it; taking it over.", lost.ProcessId);
                await lost.DisposeAsync();
                _local = await RestartAsync(settings, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<LocalNeo4jServer> RestartAsync(Neo4jOptions settings, CancellationToken stoppingToken)
    {
        var delay = settings.Local.RestartDelay;
        for (var attempt = 1; ; attempt++)
        {
            await Task.Delay(delay, stoppingToken);
            try
            {
                var server = await LocalNeo4jServer.StartAsync(settings.Local, logger, stoppingToken);
                connection.Connect(await Neo4jDiscovery.DiscoverAsync(httpClients.CreateClient(nameof(Neo4jStartup)), server.Uri, settings, stoppingToken));
                connection.ReportRecovery(null);
                logger.LogInformation("The local Neo4j is back (pid {Pid}, {Uri}).", server.ProcessId, server.Uri);
                return server;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                delay = delay * 2 < LongestRestartDelay ? delay * 2 : LongestRestartDelay;
                connection.ReportRecovery($"the local Neo4j could not be restarted ({attempt} attempts so far): {e.Message}");
                logger.LogError("Restarting the local Neo4j failed (attempt {Attempt}): {Message}. Trying again in {Delay:0} s.", attempt, e.Message, delay.TotalSeconds);
            }
        }
    }

    /// <summary>A configured server may still be starting: keep asking, as the endpoint will not change.</summary>
    private async Task<Neo4jEndpoint> DiscoverAsync(Uri uri, Neo4jOptions settings, CancellationToken stoppingToken)
    {
        var http = httpClients.CreateClient(nameof(Neo4jStartup));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await Neo4jDiscovery.DiscoverAsync(http, uri, settings, stoppingToken);
            }
            catch (Neo4jUnavailableException e) when (attempt < 60)
            {
                logger.LogWarning("Waiting for Neo4j at {Uri}: {Message}", uri, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), stoppingToken);
            }
        }
    }
}
