using System.Text;

namespace Rehab.Graph.Domain.Taxonomy;

/// <summary>The graph stores enumerations as UPPER_SNAKE_CASE codes (e.g. NON_BINARY); these convert both ways.</summary>
public static class EnumCodes
{
    public static string ToCode<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var code = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                code.Append('_');
            }

            code.Append(char.ToUpperInvariant(name[i]));
        }

        return code.ToString();
    }

    /// <summary>Only a defined member's exact code parses: not a number, a list of flags or another spelling.</summary>
    public static TEnum Parse<TEnum>(string code)
        where TEnum : struct, Enum =>
        Codes<TEnum>.ByCode.TryGetValue(code, out var value)
            ? value
            : throw new FormatException($"'{code}' is not a {typeof(TEnum).Name} code.");

    private static class Codes<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<string, TEnum> ByCode = Enum.GetValues<TEnum>().ToDictionary(v => ToCode(v), StringComparer.Ordinal);
    }
}
