using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Rehab.Graph.RegionalData.Generation;

// Member names map to the codes of seed/FORMAT.md through Code<T>: UPPER_SNAKE_CASE, or ISO 639-1 for languages.

/// <summary>English and the community languages of the region's towns.</summary>
public enum Language
{
    En,
    Pl,
    Ro,
    Ku,
    Ar,
    Ur,
    Pa,
    Bn,
    Gu,
    So,
    Sk,
    Cs,
    Lt,
    Lv,
    Pt,
    Fa,
    Ti,
}

/// <summary>The seed-format spelling of an enum member, computed once per type.</summary>
public static class Code<T>
    where T : struct, Enum
{
    private static readonly string[] Codes = Enum.GetValues<T>()
        .Select(value => typeof(T) == typeof(Language)
            ? value.ToString().ToLowerInvariant()
            : JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString()))
        .ToArray();

    public static string Of(T value) => Codes[Unsafe.As<T, int>(ref value)];
}
