using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api;

/// <summary>
/// One log line, once the hub listens and its graph is ready, that says where to go: a newcomer who ran the README's
/// first command should not have to guess the port or the paths, nor try them before the demo data is in.
/// </summary>
internal static class ReadyLine
{
    public static void AnnounceWhenReady(WebApplication app, bool ideServed)
    {
        var connection = app.Services.GetRequiredService<Neo4jConnection>();
        app.Lifetime.ApplicationStarted.Register(() => _ = AnnounceAsync(app, connection, ideServed));
    }

    /// <summary>The address to print: a wildcard host (<c>http://+:5080</c>, <c>http://[::]:5080</c>) as localhost, which a browser can open.</summary>
    public static Uri Browsable(string address)
    {
        var uri = new Uri(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        return uri.Host is "0.0.0.0" or "[::]" ? new UriBuilder(uri) { Host = "localhost" }.Uri : uri;
    }

    private static async Task AnnounceAsync(WebApplication app, Neo4jConnection connection, bool ideServed)
    {
        try
        {
            await connection.WhenReady.WaitAsync(app.Lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is OperationCanceledException || !connection.IsReady)
        {
            // Stopping, or start-up failed and has already said why.
            return;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return;
        }

        var root = Browsable(address).AbsoluteUri.TrimEnd('/');
        if (ideServed)
        {
            app.Logger.LogInformation("Rehab.Graph is ready: GraphQL API {Api}, GraphiQL {Ide}, home page {Home}", $"{root}/graphql", $"{root}/graphiql", $"{root}/");
        }
        else
        {
            app.Logger.LogInformation("Rehab.Graph is ready: GraphQL API {Api}, home page {Home}", $"{root}/graphql", $"{root}/");
        }
    }
}
