using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Rehab.Graph.Features.Outbox;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics, exported over OTLP when <c>Telemetry:OtlpEndpoint</c> (or the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) names a collector; off otherwise, so a hub without one pays nothing for it.
    /// </summary>
    public static IServiceCollection AddRehabTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["Telemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return services;
        }

        var collector = Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"Telemetry:OtlpEndpoint must be an http(s) address of an OTLP collector (got '{endpoint}').");
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("rehab-graph"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource(GraphQLTelemetry.Name, Neo4jTelemetry.Name)
                .AddOtlpExporter(o => o.Endpoint = collector))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(GraphQLTelemetry.Name, Neo4jTelemetry.Name, OutboxBacklog.MeterName)
                .AddOtlpExporter(o => o.Endpoint = collector));
        return services;
    }
}
