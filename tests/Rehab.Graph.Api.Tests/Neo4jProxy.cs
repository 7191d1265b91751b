using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Stands between a hub and its Neo4j and passes every request through, until told to lose an answer: then the next
/// request whose body holds a given text reaches Neo4j and runs there, but its answer never reaches the hub (the
/// connection is cut), as when Neo4j answers after the hub has given up. Told to go dark as well, it cuts every later
/// request too, as when Neo4j stalls, until it is healed. Told to hold the answer instead, it keeps the hub waiting
/// for it until the hub gives up.
/// </summary>
public sealed class Neo4jProxy : IAsyncDisposable
{
    private readonly HttpClient _neo4j = new();
    private readonly Uri _target;
    private readonly Lock _gate = new();
    private WebApplication? _app;
    private string? _loseAnswerTo;
    private bool _goDark;
    private bool _dark;
    private TaskCompletionSource? _held;

    private Neo4jProxy(Uri target) => _target = target;

    public Uri Uri { get; private set; } = null!;

    /// <summary>How many answers it has lost.</summary>
    public int AnswersLost { get; private set; }

    public static async Task<Neo4jProxy> StartAsync(Uri neo4j)
    {
        var proxy = new Neo4jProxy(neo4j);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        proxy._app = builder.Build();
        proxy._app.Run(proxy.ForwardAsync);
        await proxy._app.StartAsync();
        proxy.Uri = new Uri(proxy._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return proxy;
    }

    public void LoseAnswerTo(string text, bool thenGoDark = false)
    {
        lock (_gate)
        {
            (_loseAnswerTo, _goDark) = (text, thenGoDark);
        }
    }

    /// <summary>Holds back the answer to the next request that holds <paramref name="text"/>; the task completes once that request has run in Neo4j.</summary>
    public Task HoldAnswerTo(string text)
    {
        lock (_gate)
        {
            _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (_loseAnswerTo, _goDark) = (text, false);
            return _held.Task;
        }
    }

    public void Heal()
    {
        lock (_gate)
        {
            (_loseAnswerTo, _dark, _held) = (null, false, null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _neo4j.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var bytes = body.ToArray();
        bool lose;
        TaskCompletionSource? held;
        lock (_gate)
        {
            if (_dark)
            {
                context.Abort();
                return;
            }

            lose = _loseAnswerTo is { } text && Encoding.UTF8.GetString(bytes).Contains(text, StringComparison.Ordinal);
            held = lose ? _held : null;
            if (lose)
            {
                (_loseAnswerTo, _held) = (null, null);
            }
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_target, context.Request.Path + context.Request.QueryString));
        // Neo4j builds a transaction's address from the Host it was asked at: the hub keeps coming back through here.
        request.Headers.Host = context.Request.Host.Value;
        if (context.Request.Headers.Accept.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", context.Request.Headers.Accept.ToString());
        }

        if (bytes.Length > 0)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(context.Request.ContentType!);
        }

        using var response = await _neo4j.SendAsync(request);
        var answer = await response.Content.ReadAsByteArrayAsync();
        if (lose)
        {
            lock (_gate)
            {
                _dark = _goDark;
                AnswersLost++;
            }

            if (held is not null)
            {
                held.SetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            context.Abort();
            return;
        }

        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Headers.Location is { } location)
        {
            context.Response.Headers.Location = location.ToString();
        }

        if (response.Content.Headers.ContentType is { } type)
        {
            context.Response.ContentType = type.ToString();
        }

        await context.Response.Body.WriteAsync(answer);
    }
}
