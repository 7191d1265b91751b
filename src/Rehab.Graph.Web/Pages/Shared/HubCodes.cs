using System.Reflection;
using System.Text.Json.Serialization;
using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Shared;

/// <summary>
/// The hub's codes (<c>VERY_HIGH</c>) for the typed client's enums, read from the <c>JsonStringEnumMemberName</c> the
/// generator writes from the schema, so a form's values and its parsing cannot drift from the hub's.
/// </summary>
public static class HubCodes
{
    /// <summary>Gender as every form offers it: the hub's codes in the schema's order, with their words.</summary>
    public static IReadOnlyList<(string Code, string Label)> Genders { get; } =
        [(Of(Gender.Female), "Female"), (Of(Gender.Male), "Male"), (Of(Gender.NonBinary), "Non-binary"), (Of(Gender.NotStated), "Not stated")];

    public static string Words(Gender gender) => Genders.First(g => g.Code == Of(gender)).Label;

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Codes<TEnum>.ByValue[value];

    /// <summary>The enum value of exactly this code, or null for anything else (a missing, mistyped or crafted value).</summary>
    public static TEnum? Parse<TEnum>(string? code)
        where TEnum : struct, Enum => code is not null && Codes<TEnum>.ByCode.TryGetValue(code, out var value) ? value : null;

    private static class Codes<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyDictionary<TEnum, string> ByValue = typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(f => (TEnum)f.GetValue(null)!, f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name);

        public static readonly IReadOnlyDictionary<string, TEnum> ByCode = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
