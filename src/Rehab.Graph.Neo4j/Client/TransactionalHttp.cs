using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>The wire format of Neo4j's HTTP transactional API, shared by 3.x and 5.x.</summary>
internal static class TransactionalHttp
{
    public static HttpRequestMessage Request(HttpMethod method, Uri uri, Neo4jEndpoint endpoint, IReadOnlyList<CypherStatement>? statements)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = endpoint.Authorization;
        request.Headers.Accept.ParseAdd("application/json");
        if (statements is not null)
        {
            var body = new RequestBody([.. statements.SelectMany(Sent)]);
            request.Content = JsonContent.Create(body, options: CypherResult.Json);
        }

        return request;
    }

    private static IEnumerable<RequestStatement> Sent(CypherStatement statement)
    {
        var sent = new RequestStatement(statement.Text, statement.Parameters);
        return statement.ReadsUnderLock ? [sent, sent] : [sent];
    }

    /// <summary>One result per statement given: of a statement sent twice, the second run's.</summary>
    private static IReadOnlyList<ResultBody> Given(IReadOnlyList<ResultBody> results, IReadOnlyList<CypherStatement> statements)
    {
        if (!statements.Any(s => s.ReadsUnderLock))
        {
            return results;
        }

        var given = new List<ResultBody>(statements.Count);
        var next = 0;
        foreach (var statement in statements)
        {
            next += statement.ReadsUnderLock ? 1 : 0;
            if (next < results.Count)
            {
                given.Add(results[next]);
            }

            next++;
        }

        return given;
    }

    /// <summary>
    /// Sends one request and owns it. Gives up after <paramref name="timeout"/> (or when <paramref name="cancellationToken"/> fires): by cancelling the
    /// request, or, when <paramref name="abandoned"/> is given (a request that opens a transaction), by handing it over to
    /// be rolled back once Neo4j answers, since only the answer says which transaction to roll back.
    /// </summary>
    public static async Task<ResponseBody> SendAsync(
        HttpClient http, HttpMethod method, Uri uri, Neo4jEndpoint endpoint, IReadOnlyList<CypherStatement> statements, TimeSpan timeout,
        CancellationToken cancellationToken, AbandonedTransactions? abandoned = null)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var activity = Neo4jTelemetry.Start(statements);
        try
        {
            var body = await SendUntracedAsync(http, method, uri, endpoint, statements, timeout, cancellationToken, abandoned);
            Neo4jTelemetry.Stop(activity, startedAt, null);
            return body;
        }
        catch (Exception e)
        {
            Neo4jTelemetry.Stop(activity, startedAt, e);
            throw;
        }
    }

    private static async Task<ResponseBody> SendUntracedAsync(
        HttpClient http, HttpMethod method, Uri uri, Neo4jEndpoint endpoint, IReadOnlyList<CypherStatement> statements, TimeSpan timeout,
        CancellationToken cancellationToken, AbandonedTransactions? abandoned)
    {
        var request = Request(method, uri, endpoint, statements);
        var lifetime = abandoned is null ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : new CancellationTokenSource();
        var sending = http.SendAsync(request, lifetime.Token);
        var handedOver = false;
        HttpResponseMessage response;
        try
        {
            response = await sending.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException e)
        {
            await GiveUpAsync();
            throw new Neo4jUnavailableException($"Neo4j did not answer within {timeout.TotalSeconds:0.#} s.", Neo4jOutage.NoAnswer, e);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await GiveUpAsync();
            throw;
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException($"Neo4j at {uri.GetLeftPart(UriPartial.Authority)} could not be reached: {e.Message}", Neo4jOutage.Unreachable, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jUnavailableException("Neo4j did not answer in time.", Neo4jOutage.NoAnswer, e);
        }
        finally
        {
            if (!handedOver)
            {
                request.Dispose();
                lifetime.Dispose();
            }
        }

        using (response)
        {
            return await ReadAsync(response, statements, cancellationToken);
        }

        async Task GiveUpAsync()
        {
            if (abandoned is null)
            {
                await lifetime.CancelAsync();
            }
            else
            {
                abandoned.RollBackWhenAnswered(sending, request, lifetime, endpoint);
                handedOver = true;
            }
        }
    }

    /// <summary>Neo4j reports statement errors in the body with HTTP 200, so both are checked.</summary>
    private static async Task<ResponseBody> ReadAsync(HttpResponseMessage response, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        CypherTrace.Record(statements);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new Neo4jException("Neo.ClientError.Security.Unauthorized", $"Neo4j refused the credentials (HTTP {(int)response.StatusCode}); check Neo4j:User and Neo4j:Password.");
        }

        if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout)
        {
            throw new Neo4jUnavailableException($"Neo4j answered HTTP {(int)response.StatusCode}.", Neo4jOutage.ServerUnavailable);
        }

        ResponseBody? body;
        try
        {
            body = await response.Content.ReadFromJsonAsync<ResponseBody>(CypherResult.Json, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new Neo4jException("Rehab.Graph.UnexpectedResponse", $"Neo4j answered HTTP {(int)response.StatusCode} with a body that is not the transactional API's JSON: {e.Message}");
        }

        body ??= new ResponseBody([], [], null);
        if (body.Errors is [var error, ..])
        {
            if (EndedByServer(error))
            {
                throw new Neo4jUnavailableException($"Neo4j ended the transaction: {error.Code}: {FirstLine(error.Message)}", Neo4jOutage.TransactionEnded);
            }

            var failed = statements.Count == 1 ? statements[0].Name : null;
            throw Neo4jException.From(error.Code, error.Message, failed);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new Neo4jException("Rehab.Graph.UnexpectedResponse", $"Neo4j answered HTTP {(int)response.StatusCode}.");
        }

        body = body with { Results = Given(body.Results, statements) };
        if (response.Headers.Location is { } location)
        {
            body = body with { Location = location };
        }

        return body;
    }

    /// <summary>
    /// The server ended the transaction because it ran or idled too long, or was told to (3.1 reports its execution
    /// guard and a termination as a failed statement): the caller's work is undone and may be tried again, like any
    /// other outage.
    /// </summary>
    private static bool EndedByServer(ErrorBody error) =>
        error.Code is "Neo.ClientError.Transaction.TransactionNotFound" or "Neo.ClientError.Transaction.TransactionTimedOut"
            or "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" or "Neo.ClientError.Transaction.Terminated"
        || error.Code == "Neo.DatabaseError.Statement.ExecutionFailed"
            && (error.Message.StartsWith("Transaction timeout", StringComparison.Ordinal) || error.Message.StartsWith("The transaction has been terminated", StringComparison.Ordinal));

    private static string FirstLine(string message) => message.Split('\n', 2)[0];

    public static IReadOnlyList<CypherResult> Results(ResponseBody body) =>
        [.. body.Results.Select(r => new CypherResult(r.Columns, [.. r.Data.Select(d => d.Row)]))];

    public static bool IsConnectionRefused(Exception e) =>
        e is Neo4jUnavailableException { InnerException: HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } };

    internal sealed record RequestBody(IReadOnlyList<RequestStatement> Statements);

    internal sealed record RequestStatement(string Statement, IReadOnlyDictionary<string, object?> Parameters);

    internal sealed record ResponseBody(IReadOnlyList<ResultBody> Results, IReadOnlyList<ErrorBody> Errors, string? Commit)
    {
        public Uri? Location { get; init; }
    }

    internal sealed record ResultBody(IReadOnlyList<string> Columns, IReadOnlyList<RowBody> Data);

    internal sealed record RowBody(JsonElement Row);

    internal sealed record ErrorBody(string Code, string Message);
}
