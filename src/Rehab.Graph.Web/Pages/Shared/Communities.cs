using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.Shared;

/// <summary>
/// The communities a service may be run by and for, and a person may want the services of: the hub's codes (the
/// schema's fixed list) in the words every page uses.
/// </summary>
public static class Communities
{
    /// <summary>The hub's codes in the schema's order, each with its checkbox label.</summary>
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        ("WOMEN", "Women"),
        ("MINORITY_ETHNIC", "Minority ethnic communities"),
        ("OLDER_PEOPLE", "Older people"),
        ("DISABLED_PEOPLE", "Disabled people"),
        ("YOUNG_ADULTS", "Young adults"),
        ("LGBTQ_PLUS", "LGBT+"),
    ];

    public const string Legend = "Who is the service run by and for?";

    public const string ServiceHint = "Leave all unticked if it is open to all alike";

    public static bool IsCode(string code) => All.Any(c => c.Code == code);

    /// <summary>A code's label; an unknown one as the hub sent it.</summary>
    public static string Label(string code) => All.FirstOrDefault(c => c.Code == code).Label ?? code;

    /// <summary>Codes as a list in words, in the schema's order: "Women, Older people".</summary>
    public static string Labels(IEnumerable<string> codes) =>
        string.Join(", ", Ordered(codes).Select(Label));

    /// <summary>What a service is run by and for, as a phrase: "Run by and for women and older people"; null for one open to all.</summary>
    public static string? RunByAndFor(IEnumerable<string> codes)
    {
        var words = Ordered(codes).Select(Whom).ToList();
        return words.Count switch
        {
            0 => null,
            1 => "Run by and for " + words[0],
            _ => "Run by and for " + string.Join(", ", words[..^1]) + " and " + words[^1],
        };
    }

    /// <summary>A community as the end of "run by and for ...": "women", "LGBT+ people".</summary>
    public static string Whom(string code) => code switch
    {
        "LGBTQ_PLUS" => "LGBT+ people",
        "MINORITY_ETHNIC" => "minority ethnic communities",
        _ when IsCode(code) => Label(code).ToLowerInvariant(),
        _ => code,
    };

    /// <summary>
    /// The ticked codes, once each, in the schema's order; a code not on the list (a crafted or stale form) is an error
    /// at <paramref name="field"/>, not something sent to the hub.
    /// </summary>
    public static IReadOnlyList<string> Ticked(IEnumerable<string>? values, string field, FieldErrors errors)
    {
        var ticked = FormValues.Ticked(values);
        if (ticked.Any(c => !IsCode(c)))
        {
            errors.Add(field, "Choose communities from the list");
            return [];
        }

        return Ordered(ticked).ToList();
    }

    private static IEnumerable<string> Ordered(IEnumerable<string> codes)
    {
        var set = codes.ToHashSet(StringComparer.Ordinal);
        return All.Select(c => c.Code).Where(set.Contains).Concat(set.Where(c => !IsCode(c)).Order(StringComparer.Ordinal));
    }
}
