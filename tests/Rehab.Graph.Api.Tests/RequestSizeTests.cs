using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>A request larger than <c>Limits:MaxRequestBytes</c> is refused before it is read whole, announced or chunked.</summary>
public sealed class RequestSizeTests(RehabGraphApplication app) : IDisposable
{
    private static readonly int MaxBytes = new LimitOptions().MaxRequestBytes;

    // A plain client: the test factory's own buffers every body to replay it on redirect, so it never sends one chunked.
    private readonly HttpClient _http = new() { BaseAddress = app.BaseAddress };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_of_exactly_the_limit_is_answered(bool chunked)
    {
        var (status, body) = await PostAsync(_http, QueryOfSize(MaxBytes), chunked);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["errors"]);
        Assert.NotEmpty(body["data"]!["needs"]!.AsArray());
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(false, 1_000_000)]
    [InlineData(true, 1_000_000)]
    public async Task A_body_over_the_limit_is_413_PAYLOAD_TOO_LARGE(bool chunked, int over)
    {
        var (status, body) = await PostAsync(_http, QueryOfSize(MaxBytes + over), chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Null(body["data"]);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("PAYLOAD_TOO_LARGE", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(MaxBytes.ToString(CultureInfo.InvariantCulture), error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GET_query_string_over_the_limit_is_414_URI_TOO_LONG()
    {
        // Below Kestrel's own 8 KiB request line, so that the hub's limit is the one that answers.
        const int limit = 4_096;
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: new Dictionary<string, string?>
        {
            [$"{LimitOptions.Section}:{nameof(LimitOptions.MaxRequestBytes)}"] = limit.ToString(CultureInfo.InvariantCulture),
        });
        await hub.StartAsync();
        var http = hub.CreateClient();
        var fits = "?query=" + Uri.EscapeDataString("{ needs { code } } #");
        fits += new string('a', limit - fits.Length);

        using var answered = await http.GetAsync(new Uri("/graphql" + fits, UriKind.Relative));
        using var refused = await http.GetAsync(new Uri("/graphql" + fits + "a", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, refused.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal("URI_TOO_LONG", error["extensions"]!["code"]!.GetValue<string>());
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A JSON body of exactly <paramref name="bytes"/> bytes whose query is padded with a GraphQL comment.</summary>
    private static byte[] QueryOfSize(int bytes)
    {
        const string head = "{\"query\":\"{ needs { code } } #";
        const string tail = "\"}";
        return Encoding.UTF8.GetBytes(head + new string('a', bytes - head.Length - tail.Length) + tail);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(HttpClient http, byte[] body, bool chunked)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = chunked ? new UnknownLengthContent(body) : new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>Content that cannot say its length, so HttpClient sends it chunked, as a streaming client would.</summary>
    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
