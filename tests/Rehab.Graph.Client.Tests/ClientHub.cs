using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Client.Tests;

[CollectionDefinition(Name)]
public sealed class ClientHubCollection : ICollectionFixture<ClientHub>
{
    public const string Name = "Client against a real hub";
}

/// <summary>
/// One hub (real Kestrel port, demo region, Development) over the test run's own Neo4j, shared by every test that calls it;
/// clients are built as an app builds them, with <c>AddRehabGraphClient</c>.
/// </summary>
public sealed class ClientHub : IAsyncLifetime
{
    private readonly List<ServiceProvider> providers = [];
    private TestNeo4jServer? neo4j;

    public HubFactory Hub { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        neo4j = await TestNeo4jServer.StartAsync();
        Hub = new HubFactory(neo4j.Uri, seedDemoData: true);
        BaseAddress = await Hub.StartAsync();
        Current = this;
    }

    /// <summary>The run's hub, for a case whose operation needs another role's step first (a referral to accept).</summary>
    public static ClientHub? Current { get; private set; }

    /// <summary>The typed client, signed in as <paramref name="caller"/> (anonymous when null).</summary>
    public IRehabGraphClient Client(Caller? caller = null) => Services(caller).GetRequiredService<IRehabGraphClient>();

    /// <summary>The client's own transport for a document no operation file holds (error cases).</summary>
    public RawClient Raw(Caller? caller = null, string? token = null)
    {
        var services = Services(caller, token);
        return new RawClient(
            services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(IRehabGraphClient)),
            services.GetRequiredService<IOptions<RehabGraphClientOptions>>(),
            services.GetService<IRehabGraphAccessTokenProvider>());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await Hub.DisposeAsync();
        if (neo4j is not null)
        {
            await neo4j.DisposeAsync();
        }
    }

    private ServiceProvider Services(Caller? caller, string? token = null)
    {
        var services = new ServiceCollection();
        services.AddRehabGraphClient(o => o.BaseAddress = BaseAddress);
        token ??= caller is null || caller.Role == CallerRole.Anonymous ? null : HubFactory.Token(caller);
        if (token is not null)
        {
            services.AddSingleton<IRehabGraphAccessTokenProvider>(new FixedToken(token));
        }

        var provider = services.BuildServiceProvider();
        lock (providers)
        {
            providers.Add(provider);
        }

        return provider;
    }
}

/// <summary>A token provider that always gives one token.</summary>
public sealed class FixedToken(string? token) : IRehabGraphAccessTokenProvider
{
    public int Calls { get; private set; }

    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return ValueTask.FromResult(token);
    }
}

/// <summary>The generated client's transport, sending any document: for cases no operation file covers.</summary>
public sealed class RawClient(HttpClient http, IOptions<RehabGraphClientOptions> options, IRehabGraphAccessTokenProvider? tokens)
    : RehabGraphClient(http, options, tokens)
{
    public Task<System.Text.Json.JsonElement> QueryAsync(string document, object? variables = null, CancellationToken cancellationToken = default) =>
        SendAsync<System.Text.Json.JsonElement>(new RehabGraphOperation(OperationName(document), RehabGraphOperationKind.Query, document), variables, cancellationToken);

    public Task<System.Text.Json.JsonElement> MutateAsync(string document, object? variables = null, CancellationToken cancellationToken = default) =>
        SendAsync<System.Text.Json.JsonElement>(new RehabGraphOperation(OperationName(document), RehabGraphOperationKind.Mutation, document), variables, cancellationToken);

    private static string OperationName(string document) => document.Split([' ', '(', '{'], StringSplitOptions.RemoveEmptyEntries)[1];
}
