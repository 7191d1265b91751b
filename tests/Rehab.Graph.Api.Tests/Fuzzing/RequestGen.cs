using System.Text;
using CsCheck;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;
using Rehab.Graph.Tokens;

namespace Rehab.Graph.Api.Tests.Fuzzing;

/// <summary>One HTTP request to the hub, exactly as sent (but for the bearer token, made afresh for <see cref="Caller"/>).</summary>
public sealed record FuzzRequest(string Kind, string Caller, string Method, string Target, string? Accept, string? ContentType, byte[]? Body)
{
    /// <summary>Bytes on the wire, but for the headers: what shrinking makes smaller.</summary>
    public int Length => Target.Length + (Body?.Length ?? 0);

    public override string ToString()
    {
        // A query string is shown decoded, as it was written; what was sent is its escaped form.
        var text = new StringBuilder($"{Method} {Shorten(Method == "GET" ? Uri.UnescapeDataString(Target) : Target)} as {Caller} ({Kind})");
        text.Append($"\n  Accept: {Accept ?? "(none)"}");
        if (Body is not null)
        {
            text.Append($"\n  Content-Type: {ContentType ?? "(none)"}\n  body ({Body.Length} bytes): {Shorten(Encoding.UTF8.GetString(Body))}");
        }

        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= 1_200 ? text : $"{text[..600]} …[{text.Length - 1_200} characters]… {text[^600..]}";
}

/// <summary>Who sends a request: anonymous, each role with a valid token, and callers whose token is wrong in some way.</summary>
public static class FuzzCallers
{
    public const string Anonymous = "anonymous";

    /// <summary>Each role's Authorization header; the ids are the demo region's, so that signed-in requests reach real records.</summary>
    public static readonly IReadOnlyDictionary<string, Func<string>> SignedIn = new Dictionary<string, Func<string>>
    {
        ["offender manager prc-07"] = () => Bearer(new Caller(CallerRole.OffenderManager, "prc-07", null)),
        ["offender manager prc-01"] = () => Bearer(new Caller(CallerRole.OffenderManager, "prc-01", null)),
        ["partner org-0002"] = () => Bearer(new Caller(CallerRole.Partner, null, "org-0002")),
        ["IJ coordinator org-0008"] = () => Bearer(new Caller(CallerRole.Partner, null, "org-0008", "coordinator@fuzz", CallerDuty.IjCoordinator)),
        ["commissioner"] = () => Bearer(new Caller(CallerRole.Commissioner, null, null)),
        ["referrer org-0005"] = () => Bearer(new Caller(CallerRole.Referrer, null, "org-0005", "police@fuzz")),
        ["admin"] = () => Bearer(new Caller(CallerRole.Admin, null, null, "admin@fuzz")),
    };

    /// <summary>Authorization headers that must not sign anyone in.</summary>
    public static readonly IReadOnlyDictionary<string, Func<string>> Spoiled = new Dictionary<string, Func<string>>
    {
        ["token signed with another key"] = () => "Bearer " + HubFactory.Token(new Caller(CallerRole.Admin, null, null), key: "another-signing-key-that-is-long-enough-for-hs256-0123456789"),
        ["expired token"] = () => "Bearer " + TokenIssuer.Issue(TokenIssuer.DefaultIssuer, TokenIssuer.DefaultAudience, HubFactory.SigningKey, CallerRole.Admin, null, null, TimeSpan.FromHours(1), DateTimeOffset.UtcNow.AddHours(-3)),
        ["not a token"] = () => "Bearer not.a.token",
        ["empty bearer"] = () => "Bearer ",
        ["basic credentials"] = () => "Basic dXNlcjpwYXNzd29yZA==",
    };

    /// <summary>The Authorization header of every caller, made once for a run (null for the anonymous caller).</summary>
    public static Dictionary<string, string?> Headers() =>
        SignedIn.Concat(Spoiled).Select(c => KeyValuePair.Create(c.Key, (string?)c.Value())).Append(KeyValuePair.Create(Anonymous, (string?)null)).ToDictionary();

    private static string Bearer(Caller caller) => "Bearer " + HubFactory.Token(caller);
}

/// <summary>
/// Whole requests: a generated operation sent the way clients send GraphQL over HTTP (POST with JSON, GET with a query
/// string), with its variables and operation name right, wrong or missing, and bodies, media types and headers that are
/// malformed as a hostile client would malform them.
/// </summary>
public static class RequestGen
{
    /// <summary>Requests whose size, for CsCheck, is their length: shrinking looks for the shortest request that still fails.</summary>
    public static Gen<FuzzRequest> Requests(DocumentGen documents) => new ShortestFirst(Shapes(documents));

    private sealed class ShortestFirst(Gen<FuzzRequest> requests) : Gen<FuzzRequest>
    {
        public override FuzzRequest Generate(PCG pcg, Size? min, out Size size)
        {
            var request = requests.Generate(pcg, null, out _);
            size = new Size((ulong)request.Length);
            return request;
        }
    }

    private static Gen<FuzzRequest> Shapes(DocumentGen documents) => Gen.Select(
        documents.Operations,
        Gen.Frequency((10, Gen.Const(FuzzCallers.Anonymous)), (16, Gen.OneOf([.. FuzzCallers.SignedIn.Keys])), (2, Gen.OneOf([.. FuzzCallers.Spoiled.Keys]))),
        Gen.Frequency(
            (8, Gen.Const("application/graphql-response+json")),
            (4, Gen.Const((string?)null)),
            (3, Gen.Const("application/json")),
            (1, Gen.OneOf("*/*", "text/html", ";;;,q=x", "application/json;q=0", "application/graphql-response+json, application/json;q=0.9", "application/*"))),
        Variables,
        OperationName,
        Transport,
        (operation, caller, accept, variables, operationName, transport) => transport(operation, variables(operation), operationName(operation)) with
        {
            Caller = caller,
            Accept = accept,
        });

    /// <summary>The <c>variables</c> member as JSON text (null: left out): what the operation needs, or that spoiled.</summary>
    private static Gen<Func<Operation, string?>> Variables => Gen.Frequency(
        (40, Gen.Const<Func<Operation, string?>>(o => VariablesJson(o.Variables))),
        (1, Gen.Const<Func<Operation, string?>>(o => VariablesJson(o.Variables, ",\"unknown\":1,\"v1000\":\"x\""))),
        (1, Gen.Const<Func<Operation, string?>>(o => DuplicateKey(o.Variables))),
        (1, Gen.OneOf("null", "{}", "[]", "\"{}\"", "42", "{\"a\":", "{\"a\":NaN}", "{'a':1}", "{\"a\":1,}", "{\"\":null}")
            .Select(json => (Func<Operation, string?>)(_ => json))),
        (1, Gen.Int[1_000, 5_000].Select(n => (Func<Operation, string?>)(o => VariablesJson(o.Variables, string.Concat(Enumerable.Range(0, n).Select(i => $",\"x{i}\":{i}")))))),
        (1, Gen.Int[60, 70].Select(depth => (Func<Operation, string?>)(_ => "{\"a\":" + new string('[', depth) + new string(']', depth) + "}"))));

    private static string? VariablesJson(IReadOnlyList<Variable> variables, string extra = "")
    {
        var sent = variables.Where(v => v.Sent is not null).ToList();
        return sent.Count == 0 && extra.Length == 0 ? null : "{" + string.Join(",", sent.Select(v => Value.JsonString(v.Name) + ":" + v.Sent!.Json())) + extra + "}";
    }

    /// <summary>Each variable sent twice, the second time as a string: JSON parsers differ on which one wins, or whether to refuse.</summary>
    private static string DuplicateKey(IReadOnlyList<Variable> variables) =>
        "{" + string.Join(",", variables.Where(v => v.Sent is not null).Select(v => $"{Value.JsonString(v.Name)}:{v.Sent!.Json()},{Value.JsonString(v.Name)}:\"again\"").DefaultIfEmpty("\"a\":1,\"a\":2")) + "}";

    private static Gen<Func<Operation, string?>> OperationName => Gen.Frequency(
        (20, Gen.Const<Func<Operation, string?>>(o => o.OperationName)),
        (1, Gen.OneOf<string?>("Nope", "", "IntrospectionQuery", "query", "Q a").Select(name => (Func<Operation, string?>)(_ => name))));

    private delegate FuzzRequest Shape(Operation operation, string? variables, string? operationName);

    private static Gen<Shape> Transport => Gen.Frequency(
        (14, Gen.Select(Gen.Frequency((20, Gen.Const(0)), (5, Gen.Int[1, 5])), Gen.Frequency((12, Gen.Const("application/json")), (1, Gen.OneOf("application/json; charset=utf-8", "APPLICATION/JSON", "application/json;charset=\"utf-8\""))),
            (variant, contentType) => (Shape)((o, v, name) => Post(o.Kind, contentType, JsonBody(o.Document, v, name, variant))))),
        (3, Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[1, 3])).Select(variant => (Shape)((o, v, name) => Get(o.Kind, o.Document, v, name, variant)))),
        (2, MalformedBody.Select(body => (Shape)((o, _, _) => Post("malformed body", "application/json", body)))),
        (1, Gen.OneOf<string?>(null, "text/plain", "application/graphql", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                "application/json; charset=utf-16", "application/json;;", "application/json-patch+json", "*/*", "application/graphql-response+json", "json")
            .Select(contentType => (Shape)((o, v, name) => Post(o.Kind + ", content type", contentType, JsonBody(o.Document, v, name, 0))))));

    private static FuzzRequest Post(string kind, string? contentType, byte[] body) => new(kind, FuzzCallers.Anonymous, "POST", "/graphql", null, contentType, body);

    /// <summary>The JSON body; its variants give the members in another order, add members the spec does not have, or give one twice.</summary>
    private static byte[] JsonBody(string document, string? variables, string? operationName, int variant)
    {
        var query = "\"query\":" + Value.JsonString(document);
        var vars = variables is null ? null : "\"variables\":" + variables;
        var name = operationName is null ? null : "\"operationName\":" + Value.JsonString(operationName);
        var members = variant switch
        {
            1 => new[] { name, vars, query },
            2 => [query, vars, name, "\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}"],
            3 => [query, vars, name, "\"extensions\":\"x\""],
            4 => [query, vars, name, "\"query\":\"{ __typename }\""],
            5 => [query, vars ?? "\"variables\":null", name ?? "\"operationName\":null", "\"unknown\":[1,2,3]"],
            _ => [query, vars, name],
        };
        return Encoding.UTF8.GetBytes("{" + string.Join(",", members.OfType<string>()) + "}");
    }

    private static FuzzRequest Get(string kind, string document, string? variables, string? operationName, int variant)
    {
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(document) };
        if (variables is not null)
        {
            parameters.Add("variables=" + Uri.EscapeDataString(variables));
        }

        if (operationName is not null)
        {
            parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        }

        switch (variant)
        {
            case 1:
                parameters.Add("query=" + Uri.EscapeDataString("{ __typename }"));
                break;
            case 2:
                parameters.Add("extensions=" + Uri.EscapeDataString("{\"a\":1}"));
                parameters.Add("variables=%ZZ%");
                break;
            case 3:
                parameters.Reverse();
                break;
        }

        return new FuzzRequest(kind + ", GET", FuzzCallers.Anonymous, "GET", "/graphql?" + string.Join("&", parameters), null, null, null);
    }

    /// <summary>Bodies that are not the JSON object GraphQL over HTTP asks for, or not JSON, or not even UTF-8.</summary>
    private static Gen<byte[]> MalformedBody => Gen.Frequency(
        (6, Gen.OneOf(
            "", " ", "null", "[]", "[{\"query\":\"{ needs { code } }\"}]", "\"{ needs { code } }\"", "42", "{", "{\"query\":", "{\"query\":\"{ needs { code } }\"",
            "{\"query\":null}", "{\"query\":[\"{ needs { code } }\"]}", "{\"query\":{\"a\":1}}", "{\"query\":true}", "{\"query\":\"\"}",
            "{\"query\":\"{ needs { code } }\",\"variables\":[]}", "{\"query\":\"{ needs { code } }\",\"operationName\":[]}",
            "{\"query\":\"{ needs { code } }\",\"extensions\":[]}", "{'query':'{ needs { code } }'}", "{\"query\":\"{ needs { code } }\",}",
            "{\"query\":\"{ needs { code } }\"} trailing", "{\"query\":\"{ needs { code } }\"}{}", "{\"query\":\"{ needs { code } }\" /* c */}",
            "{\"query\":\"\\u0000\"}", "\ufeff{\"query\":\"{ needs { code } }\"}", "{\"query\":\"{ needs { code } }\",\"variables\":{\"a\":1e400}}",
            "{\"query\":\"{ needs { code } }\",\"variables\":{\"a\":99999999999999999999999999999999999999}}")
            .Select(Encoding.UTF8.GetBytes)),
        (2, LoneSurrogates),
        (1, Gen.Int[60, 200].Select(depth => Encoding.UTF8.GetBytes("{\"query\":\"{ needs { code } }\",\"variables\":{\"a\":" + new string('[', depth) + new string(']', depth) + "}}"))),
        (1, Gen.Int[66_000, 80_000].Select(n => Encoding.UTF8.GetBytes("{\"query\":\"{ needs { code } }\",\"pad\":\"" + new string(' ', n) + "\"}"))),
        (1, Gen.Byte.Array[1, 64]),
        (1, Gen.Const(new byte[] { 0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d })));

    /// <summary>A JSON escape of half a surrogate pair: valid JSON syntax, but no string .NET can hold, in each member of the body.</summary>
    private static Gen<byte[]> LoneSurrogates => Gen.Select(Gen.OneOf("\\ud800", "\\udfff", "a\\udc00b"), Gen.Int[0, 3], (surrogate, member) => Encoding.UTF8.GetBytes(member switch
    {
        0 => $"{{\"query\":\"{surrogate}\"}}",
        1 => $"{{\"query\":\"{{ needs {{ code }} }}\",\"variables\":{{\"a\":\"{surrogate}\"}}}}",
        2 => $"{{\"query\":\"{{ needs {{ code }} }}\",\"operationName\":\"{surrogate}\"}}",
        _ => $"{{\"query\":\"{{ needs {{ code }} }}\",\"variables\":{{\"{surrogate}\":1}}}}",
    }));
}
