using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Rehab.Graph.Api.Tests.Fuzzing;

/// <summary>What the hub answered to one request: the status, or no answer at all within the time allowed.</summary>
public sealed record HubAnswer(int Status, string? ContentType, string Body, bool TimedOut)
{
    /// <summary>
    /// Far more than any screen needs: some 16 times GraphiQL's whole introspection (130 kB). A hub that bounds every
    /// operation's depth and cost never answers one request with more; one that did not answered 226 MB.
    /// </summary>
    public const int MaxAnswerBytes = 2 * 1024 * 1024;

    /// <summary>What a client must never see in an answer: a stack frame or the name of a type inside the hub.</summary>
    private static readonly string[] Leaks = ["   at ", "System.", "GraphQL.", "NetTopologySuite", "Rehab.Graph.", "Exception"];

    /// <summary>Errors as a client would read them: escapes such as <c>\u0027</c> must not hide a leaked name.</summary>
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Why this answer breaks the property (null when it keeps it): a short rule and the detail that shows it.</summary>
    public Broken? Breaks()
    {
        if (TimedOut)
        {
            return new Broken(Broken.NoAnswer, "");
        }

        if (Status >= 500)
        {
            return new Broken($"status {Status}", Body);
        }

        if (Encoding.UTF8.GetByteCount(Body) > MaxAnswerBytes)
        {
            return new Broken(Broken.TooLarge, $"{Encoding.UTF8.GetByteCount(Body)} bytes");
        }

        if (Body.Length == 0)
        {
            return new Broken($"status {Status} with an empty body", "");
        }

        if (ContentType is not ("application/json" or "application/graphql-response+json"))
        {
            return new Broken($"a body served as {ContentType ?? "no media type"}", Body);
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(Body);
        }
        catch (JsonException)
        {
            return new Broken($"status {Status} with a body that is not JSON", Body);
        }

        if (root is not JsonObject answer)
        {
            return new Broken("an answer that is not a JSON object", Body);
        }

        if (answer["errors"] is not JsonArray errors)
        {
            return answer.ContainsKey("data") && Status == 200 ? null : new Broken($"status {Status} without errors or data", Body);
        }

        foreach (var error in errors)
        {
            var message = error?["message"]?.GetValueKind() == JsonValueKind.String ? error["message"]!.GetValue<string>() : null;
            var code = error?["extensions"]?["code"]?.GetValueKind() == JsonValueKind.String ? error["extensions"]!["code"]!.GetValue<string>() : null;
            if (message is null)
            {
                return new Broken("an error without a message", error?.ToJsonString() ?? "null");
            }

            if (string.IsNullOrEmpty(code))
            {
                return new Broken("an error without extensions.code", message);
            }

            if (code == "INTERNAL_SERVER_ERROR")
            {
                return new Broken("INTERNAL_SERVER_ERROR for a client's request", message);
            }

            var text = error!.ToJsonString(Unescaped);
            if (Leaks.FirstOrDefault(leak => text.Contains(leak, StringComparison.Ordinal)) is { } leaked)
            {
                return new Broken($"\"{leaked}\" in an error", $"{code}: {message}");
            }
        }

        return null;
    }

    /// <summary>Whether the operation ran, however it ended: GraphQL answers with <c>data</c>, if only null, once execution starts.</summary>
    public bool Executed => !TimedOut && Body.StartsWith('{') && Parse()?.ContainsKey("data") == true;

    /// <summary>How the request ended, for the run's summary: the status and the first error's code.</summary>
    public string Outcome() => TimedOut ? "timed out" : $"{Status} {(Executed ? "executed" : "refused")} {Parse()?["errors"]?[0]?["extensions"]?["code"]}".TrimEnd();

    private JsonObject? Parse()
    {
        try
        {
            return JsonNode.Parse(Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A broken property: which rule, and the message or body that shows it.</summary>
public sealed partial record Broken(string Rule, string Detail)
{
    /// <summary>
    /// What makes two failures the same bug, however many requests hit it: for a crash the exception and where it was
    /// thrown (in Development a 500's body is the exception), otherwise the rule and the message with the caller's names,
    /// numbers and quoted input blanked.
    /// </summary>
    public string Signature
    {
        get
        {
            if (Crash is { } crash)
            {
                return $"{Rule}: {crash}";
            }

            var shape = Shape().Replace(Summary, "…");
            return shape.Length == 0 ? Rule : $"{Rule}: {shape}";
        }
    }

    public const string NoAnswer = "no answer within the timeout";

    public const string TooLarge = "an answer over 2 MiB";

    /// <summary>Whether the failure says nothing of its cause: no answer or too much, or the hub's one message for every internal error.</summary>
    public bool Opaque => Rule is NoAnswer or TooLarge || Rule.StartsWith("INTERNAL_SERVER_ERROR", StringComparison.Ordinal);

    public override string ToString() => Detail.Length == 0 ? Rule : Crash is { } crash ? $"{Rule}: {crash}\n  {Summary}" : $"{Rule}: {Summary}";

    /// <summary>The exception's type and the first frame outside the runtime's own code, where a caller's input was last handled.</summary>
    private string? Crash
    {
        get
        {
            var lines = Detail.Split('\n');
            var frames = lines.Where(l => l.StartsWith("   at ", StringComparison.Ordinal)).ToList();
            var site = frames.FirstOrDefault(f => !f.StartsWith("   at System.", StringComparison.Ordinal)) ?? frames.FirstOrDefault();
            return Rule.StartsWith("status 5", StringComparison.Ordinal) && site is not null ? $"{lines[0].Split(": ")[0]} {site.Trim().Split(" in ")[0]}" : null;
        }
    }

    private string Summary
    {
        get
        {
            var first = Detail.Split('\n')[0];
            return first.Length > 300 ? first[..300] + "…" : first;
        }
    }

    [GeneratedRegex("'[^']*'|\"[^\"]*\"|\\$?[A-Za-z_]*[0-9][A-Za-z0-9_-]*|\\d+")]
    private static partial Regex Shape();
}
