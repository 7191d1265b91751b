using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Local;
using Rehab.Graph.Neo4j.Migrations;
using Rehab.Graph.Neo4j.Seeding;

namespace Rehab.Graph.Neo4j.Hosting;

/// <summary>
/// Brings the graph up behind the running web server: starts the local Neo4j (or finds the
/// configured one), waits until it answers, applies migrations, loads the demo region if asked,
/// then marks the connection ready. Stops the local server with the host.
/// </summary>
internal sealed class Neo4jStartup(
    IOptions<Neo4jOptions> options,
    Neo4jConnection connection,
    IHttpClientFactory httpClients,
    MigrationRunner migrations,
    RegionLoader demoRegion,
    IHostApplicationLifetime lifetime,
    ILogger<Neo4jStartup> logger) : BackgroundService
{
    private LocalNeo4jServer? _local;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
            await migrations.ApplyAsync(stoppingToken);
            if (settings.SeedDemoData)
            {
                await demoRegion.LoadDemoRegionIfEmptyAsync(stoppingToken);
            }

            connection.MarkReady();
            logger.LogInformation("Rehab.Graph is ready.");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
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
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_local is not null)
        {
            await _local.DisposeAsync();
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
