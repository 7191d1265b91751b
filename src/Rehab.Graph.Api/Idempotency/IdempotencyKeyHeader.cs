using System.Text;
using Microsoft.Extensions.Primitives;

namespace Rehab.Graph.Api.Idempotency;

/// <summary>
/// Reads the <c>Idempotency-Key</c> request header: a Structured Fields string (<c>"8e03978e-..."</c>), as the IETF draft
/// defines it, or the same key bare (<c>8e03978e-...</c>), as many clients send it. Either way the key is 1 to
/// <see cref="MaxLength"/> printable ASCII characters; a bare one has no spaces, quotes, backslashes, commas or semicolons.
/// </summary>
internal static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    public const int MaxLength = 255;

    private const string Form = $"Send one {Name} header: a quoted string (\"...\") or a bare key, of 1 to 255 printable ASCII characters (a UUID will do).";

    /// <summary>The key, or why the header is refused.</summary>
    public static (string? Key, string? Problem) Parse(StringValues values)
    {
        if (values.Count != 1 || values[0] is not { } raw)
        {
            return (null, $"{Form} This request has {values.Count}.");
        }

        var value = raw.Trim(' ', '\t');
        var key = value.StartsWith('"') ? Unquote(value) : Bare(value);
        return key switch
        {
            null => (null, $"{Form} This one is not well formed."),
            { Length: 0 } => (null, $"{Form} This one is empty."),
            { Length: > MaxLength } => (null, $"{Form} This one has {key.Length}."),
            _ => (key, null),
        };
    }

    /// <summary>The characters of a Structured Fields string (RFC 8941 §3.3.3), or null when it is not one.</summary>
    private static string? Unquote(string value)
    {
        var key = new StringBuilder(value.Length);
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"')
            {
                return i == value.Length - 1 ? key.ToString() : null;
            }

            if (c == '\\')
            {
                if (++i == value.Length || value[i] is not ('"' or '\\'))
                {
                    return null;
                }

                c = value[i];
            }
            else if (c is < ' ' or > '~')
            {
                return null;
            }

            key.Append(c);
        }

        return null;
    }

    private static string? Bare(string value) =>
        value.All(c => c is > ' ' and <= '~' and not ('"' or '\\' or ',' or ';')) ? value : null;
}
