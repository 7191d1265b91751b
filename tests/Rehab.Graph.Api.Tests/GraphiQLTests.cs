using System.Net.Sockets;
using System.Text;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>The GraphiQL IDE is served in Development only, however its path is spelled.</summary>
public sealed class GraphiQLTests(RehabGraphApplication app)
{
    /// <summary>Spellings a path-prefix guard would miss, or that a client normalises away: sent as they are, byte for byte.</summary>
    public static TheoryData<string> Spellings => new()
    {
        "/graphiql",
        "/graphiql/",
        "/graphiql/index.html",
        "//graphiql/",
        "//graphiql/vendor/graphiql.min.js",
        "/graphiql/../graphiql/index.html",
        "/./graphiql/",
        "/GRAPHIQL/",
        "/Graphiql/vendor/graphiql.min.js",
        "/graphiql/vendor/graphiql.min.js",
        "/%2Fgraphiql/",
        "/%2fgraphiql/vendor/graphiql.min.js",
        "/%67raphiql/",
        "/graphiql%2Findex.html",
    };

    [Fact]
    public async Task Outside_development_no_spelling_of_the_IDE_path_serves_it()
    {
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, environment: "Production");
        var address = await hub.StartAsync();

        var served = new List<string>();
        foreach (var path in Spellings)
        {
            var (status, length) = await GetRawAsync(address, path);
            if (status != 404 || length != 0)
            {
                served.Add($"{path}: {status}, {length} bytes");
            }
        }

        Assert.Empty(served);
        Assert.Equal(200, (await GetRawAsync(address, "/")).Status);
    }

    [Theory]
    [InlineData("/graphiql")]
    [InlineData("/graphiql/")]
    [InlineData("/graphiql/index.html")]
    public async Task In_development_the_IDE_is_served(string path)
    {
        using var http = app.CreateClient().Http;

        var page = await http.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("<title>Rehab.Graph — GraphiQL</title>", page, StringComparison.Ordinal);
    }

    /// <summary>
    /// A GET with the path exactly as given (HttpClient would resolve dot segments and read <c>//x</c> as a host), and
    /// the status and body length of the answer.
    /// </summary>
    private static async Task<(int Status, long Length)> GetRawAsync(Uri hub, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(hub.Host, hub.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {hub.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var response = await reader.ReadToEndAsync();
        var head = response[..response.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        return (int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response.Length - head.Length - 4);
    }
}
