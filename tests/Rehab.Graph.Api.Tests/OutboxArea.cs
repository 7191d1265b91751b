using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rehab.Graph.Features.Outbox;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// A world of its own for the outbox and certificates: its own Neo4j and hub, whose file sender writes to a
/// temporary directory, and whose own dispatcher polls so rarely that tests run every pass themselves.
/// </summary>
public sealed class OutboxArea : IAsyncLifetime
{
    public const string Collection = "Outbox area";

    public const int MaxAttempts = 3;

    public static readonly Uri PublicBaseUrl = new("https://rehab.example/hub");

    private TestNeo4jServer? _neo4j;
    private int _sequence;

    public HubFactory Hub { get; private set; } = null!;

    public CypherClient Cypher { get; private set; } = null!;

    public DirectoryInfo Directory { get; } = System.IO.Directory.CreateTempSubdirectory("rehab-outbox-");

    /// <summary>The hub's own dispatcher, with the file sender.</summary>
    public OutboxDispatcher Dispatcher => Hub.Services.GetRequiredService<OutboxDispatcher>();

    public async ValueTask InitializeAsync()
    {
        _neo4j = await TestNeo4jServer.StartAsync();
        Hub = new HubFactory(_neo4j.Uri, seedDemoData: false, settings: new Dictionary<string, string?>
        {
            ["Outbox:Directory"] = Directory.FullName,
            ["Outbox:PollSeconds"] = "3600",
            ["Outbox:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outbox:RetrySeconds"] = "0",
            ["PublicBaseUrl"] = PublicBaseUrl.AbsoluteUri,
        });
        await Hub.StartAsync();
        Cypher = await _neo4j.CreateClientAsync();
    }

    /// <summary>
    /// A dispatcher of the same hub with another gateway, other settings or another clock: a second hub process, as far as
    /// claims go. Arguments left null come from the hub's services.
    /// </summary>
    public OutboxDispatcher DispatcherWith(IMessageSender sender, OutboxOptions? options = null, TimeProvider? clock = null) =>
        ActivatorUtilities.CreateInstance<OutboxDispatcher>(Hub.Services, [.. new object?[] { sender, options is null ? null : Microsoft.Extensions.Options.Options.Create(options), clock }.OfType<object>()]);

    public OutboxOptions Options => Hub.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;

    /// <summary>Adds a message to the outbox with the statement the hub's own writes use.</summary>
    public async Task<OutboxMessage> EnqueueAsync(string? certificateCode = null, MessageChannel channel = MessageChannel.Email, DateTimeOffset? createdAt = null)
    {
        var n = Interlocked.Increment(ref _sequence);
        var message = new OutboxMessage(
            $"msg-test-{n}-{Guid.NewGuid():N}", channel, $"person{n}@example.org", $"Test message {n}", $"Hello number {n}.\nSecond line.",
            createdAt ?? DateTimeOffset.UtcNow, certificateCode);
        await Cypher.RunAsync(Neo4j.Outbox.OutboxWrites.Enqueue(message));
        return message;
    }

    /// <summary>A certificate as completing a case writes it, with a fresh code.</summary>
    public async Task<CompletionCertificate> NewCertificateAsync(double hours = 12.5, DateTimeOffset? completedAt = null)
    {
        var n = Interlocked.Increment(ref _sequence);
        return await Cypher.StoreAsync(new CompletionCertificate(
            Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), $"ijc-test-{n}", $"Person P{n}",
            "Riverside Litter Pick", "Exeter Green Spaces", hours, completedAt ?? new DateTimeOffset(2026, 3, 14, 10, 30, 0, TimeSpan.Zero),
            "Exeter Police Youth Team"));
    }

    /// <summary>The stored message, every property, as the outbox left it.</summary>
    public async Task<JsonElement> StoredAsync(string id) =>
        (await Cypher.RunAsync(new CypherStatement("test: message", "MATCH (m:OutboxMessage {id: $id}) RETURN properties(m) AS m",
            new Dictionary<string, object?> { ["id"] = id }))).Single<JsonElement>("m");

    /// <summary>The stored message's labels, or null when it is not in the graph (any more).</summary>
    public async Task<IReadOnlyList<string>?> LabelsAsync(string id) =>
        (await Cypher.RunAsync(new CypherStatement("test: message labels", "MATCH (m:OutboxMessage {id: $id}) RETURN labels(m) AS labels",
            new Dictionary<string, object?> { ["id"] = id }))).Read<List<string>>("labels").SingleOrDefault();

    /// <summary>
    /// Writes <paramref name="count"/> messages as the outbox leaves them once sent, at <paramref name="sentAt"/>, with ids
    /// that start with the returned prefix: quicker than sending them, for tests that need many or need them old.
    /// </summary>
    public async Task<string> AddSentAsync(DateTimeOffset sentAt, int count = 1)
    {
        var prefix = $"msg-sent-{Guid.NewGuid():N}-";
        await Cypher.RunAsync(new CypherStatement("test: sent messages", """
            UNWIND range(1, $count) AS i
            CREATE (:OutboxMessage {id: $prefix + toString(i), channel: 'EMAIL', recipient: 'someone@example.org', subject: 'Sent', body: 'Sent.',
                    createdAt: $sentAt, attempts: 0, sentAt: $sentAt})
            """, new Dictionary<string, object?>
        {
            ["count"] = count,
            ["prefix"] = prefix,
            ["sentAt"] = Neo4j.Audit.AuditTrail.Timestamp(sentAt),
        }));
        return prefix;
    }

    /// <summary>How many stored messages have ids that start with <paramref name="prefix"/>.</summary>
    public async Task<int> CountAsync(string prefix) =>
        (await Cypher.RunAsync(new CypherStatement("test: count messages", "MATCH (m:OutboxMessage) WHERE m.id STARTS WITH $prefix RETURN count(m) AS n",
            new Dictionary<string, object?> { ["prefix"] = prefix }))).Single<int>("n");

    public FileInfo[] FilesOf(string messageId) => Directory.GetFiles($"*-{messageId}.*");

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        if (_neo4j is not null)
        {
            await _neo4j.DisposeAsync();
        }

        Directory.Delete(recursive: true);
    }
}

[CollectionDefinition(OutboxArea.Collection)]
public sealed class OutboxAreaCollection : ICollectionFixture<OutboxArea>;
