using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Tokens;

namespace Rehab.Graph.Testing;

/// <summary>
/// One hub process configured against a given Neo4j, or, without one, running its own local Neo4j (give it an instance of the
/// test run's own: <c>Neo4j:Local:Instance</c>); <paramref name="settings"/> override any configuration key, and
/// <paramref name="clock"/>, when given, is the hub's clock.
/// </summary>
public sealed class HubFactory(
    Uri? neo4j, bool seedDemoData, string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The tests' own signing key, so that every environment, Production too, checks real signatures.</summary>
    public const string SigningKey = "rehab-graph-test-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    /// <summary>An HTTP client for this hub, signed in as <paramref name="caller"/> (anonymous when null).</summary>
    public HttpClient CreateClient(Caller? caller)
    {
        var http = CreateClient();
        if (caller is not null && caller.Role != CallerRole.Anonymous)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(caller));
        }

        return http;
    }

    public static string Token(Caller caller, TimeSpan? lifetime = null, AuthOptions? options = null, string key = SigningKey) =>
        TokenIssuer.Issue((options ??= new AuthOptions()).Issuer, options.Audience, key, caller.Role, caller.PractitionerId, caller.OrganisationId, lifetime ?? TimeSpan.FromHours(1), DateTimeOffset.UtcNow, caller.Subject, caller.Duty, caller.PersonId);

    /// <summary>Starts Kestrel on a free port and waits until /readyz says the graph is ready.</summary>
    public async Task<Uri> StartAsync()
    {
        // A listen endpoint, not UseKestrel(0): that sets the port after the app has started binding, which
        // throws now and then when hubs start side by side (dotnet/aspnetcore#67714).
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        ClientOptions.BaseAddress = address;
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return address;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The hub was not ready: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Where this hub's file sender writes messages, unless a test's settings say otherwise.</summary>
    public string OutboxDirectory { get; } = Path.Combine(Path.GetTempPath(), "rehab-graph-tests", "outbox-" + Guid.NewGuid().ToString("N"));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(OutboxDirectory))
        {
            Directory.Delete(OutboxDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        if (neo4j is not null)
        {
            builder.UseSetting("Neo4j:Uri", neo4j.AbsoluteUri);
        }

        builder.UseSetting("Neo4j:SeedDemoData", seedDemoData.ToString());
        builder.UseSetting("Auth:SigningKey", SigningKey);
        // Every test client calls from loopback, so the suite's anonymous connects would share one allowance;
        // the rate limit's own tests set a low one.
        builder.UseSetting($"{LimitOptions.Section}:{nameof(LimitOptions.AnonymousConnectsPerMinute)}", "100000");
        // Outside Development the web app needs an identity provider; nothing contacts it until someone signs in.
        builder.UseSetting("WebApp:Oidc:Authority", "https://identity.invalid/");
        builder.UseSetting("WebApp:Oidc:ClientId", "rehab-graph-tests");
        // Test mail stays out of the development outbox.
        builder.UseSetting("Outbox:Directory", OutboxDirectory);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
