using System.Linq;
using System.Text;

namespace Rehab.Graph.Client.Generator;

internal static class Names
{
    /// <summary>
    /// A C# name for a GraphQL one: <c>distanceKm</c> → <c>DistanceKm</c>, <c>VERY_HIGH</c> → <c>VeryHigh</c>,
    /// <c>__typename</c> → <c>Typename</c>.
    /// </summary>
    public static string Pascal(string name)
    {
        var parts = name.Split(['_'], System.StringSplitOptions.RemoveEmptyEntries);
        var allCaps = name.Any(char.IsLetter) && !name.Any(char.IsLower);
        var pascal = new StringBuilder();
        foreach (var part in parts)
        {
            var rest = allCaps ? part.Substring(1).ToLowerInvariant() : part.Substring(1);
            pascal.Append(char.ToUpperInvariant(part[0])).Append(rest);
        }

        var result = pascal.ToString();
        return result.Length == 0 || char.IsDigit(result[0]) ? "_" + result : result;
    }
}
