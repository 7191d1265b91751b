using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rehab.Graph.Api.Tests.Fuzzing;

/// <summary>
/// An argument or variable value before it is written: the same value can go into a document as a GraphQL literal
/// or into <c>variables</c> as JSON, so a generator of values serves both.
/// </summary>
public abstract record Value
{
    /// <summary>A number written exactly as given (it may be out of any range, or not a valid number at all).</summary>
    public sealed record Number(string Text) : Value;

    /// <summary>A string; <paramref name="Raw"/> writes its control characters unescaped in a literal, which GraphQL forbids.</summary>
    public sealed record Str(string Text, bool Raw = false) : Value;

    public sealed record Bool(bool B) : Value;

    public sealed record Null : Value;

    /// <summary>An enum value: a bare name in a literal, a string in JSON.</summary>
    public sealed record Enum(string Name) : Value;

    public sealed record List(IReadOnlyList<Value> Items) : Value;

    /// <summary>An input object; keys may repeat or be unknown to the schema.</summary>
    public sealed record Obj(IReadOnlyList<KeyValuePair<string, Value>> Fields) : Value;

    /// <summary>A variable reference (literals only).</summary>
    public sealed record Var(string Name) : Value;

    private static readonly JsonSerializerOptions JsonText = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Value Of(string text) => new Str(text);

    public static Value Of(double number) => new Number(number.ToString("R", CultureInfo.InvariantCulture));

    public static Value Of(long number) => new Number(number.ToString(CultureInfo.InvariantCulture));

    public static Value Object(params (string Key, Value Value)[] fields) => new Obj([.. fields.Select(f => KeyValuePair.Create(f.Key, f.Value))]);

    public string Literal() => this switch
    {
        Number n => n.Text,
        Str { Raw: true } s => "\"" + s.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        Str s => GraphQLString(s.Text),
        Bool b => b.B ? "true" : "false",
        Null => "null",
        Enum e => e.Name,
        List l => "[" + string.Join(", ", l.Items.Select(i => i.Literal())) + "]",
        Obj o => "{" + string.Join(", ", o.Fields.Select(f => f.Key + ": " + f.Value.Literal())) + "}",
        Var v => "$" + v.Name,
        _ => throw new NotSupportedException(GetType().Name),
    };

    public string Json() => this switch
    {
        Number n => n.Text,
        Str s => JsonString(s.Text),
        Bool b => b.B ? "true" : "false",
        Null or Var => "null",
        Enum e => JsonString(e.Name),
        List l => "[" + string.Join(",", l.Items.Select(i => i.Json())) + "]",
        Obj o => "{" + string.Join(",", o.Fields.Select(f => JsonString(f.Key) + ":" + f.Value.Json())) + "}",
        _ => throw new NotSupportedException(GetType().Name),
    };

    /// <summary>JSON string syntax; lone surrogates are kept as <c>\uD800</c> escapes, as a hostile client would send them.</summary>
    public static string JsonString(string text) => JsonSerializer.Serialize(text, JsonText);

    private static string GraphQLString(string text)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ when paired => text.Substring(i++, 2),
                _ when c < ' ' || char.IsSurrogate(c) || c == '\u007f' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
