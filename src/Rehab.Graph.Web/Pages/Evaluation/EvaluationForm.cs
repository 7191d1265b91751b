using System.Globalization;
using System.Text.RegularExpressions;
using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Evaluation;

/// <summary>A GOV.UK date input's three boxes as typed.</summary>
public sealed record DateParts(string? Day, string? Month, string? Year)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts Of(DateOnly date) =>
        new(date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));

    public DateOnly? Date =>
        int.TryParse(Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
        && int.TryParse(Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}

/// <summary>
/// The evaluation page's filters, read from the query string (a GET form, so a view is a link to share, and the CSV
/// download carries the same query): which postcode districts, and the period, by default the last 12 months.
/// </summary>
public sealed partial record EvaluationForm(string? Areas, DateParts From, DateParts To)
{
    public const int AreasMaxLength = 200;

    /// <summary>More districts than the region has is a mistake, not a question.</summary>
    public const int MaxAreas = 30;

    /// <summary>The longest period the hub answers, in days after the first (so about 3 years).</summary>
    public const int MaxDaysAfterFrom = 1098;

    /// <summary>The form's field ids, which the error summary links to (a date's first box, its day).</summary>
    public static class Fields
    {
        public const string Areas = "areas";
        public const string From = "from";
        public const string To = "to";
    }

    /// <summary>The districts typed, in capitals, each once, in the order typed.</summary>
    public IReadOnlyList<string> AreaCodes =>
        (Areas ?? string.Empty).Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The last 12 months up to <paramref name="today"/>: the year's worth of days ending today.</summary>
    public static (DateOnly From, DateOnly To) DefaultPeriod(DateOnly today) => (today.AddYears(-1).AddDays(1), today);

    /// <summary>The period this view asks for: each date as typed, or its default when left empty; null when one is not a date.</summary>
    public (DateOnly? From, DateOnly? To) Period(DateOnly today)
    {
        var (from, to) = DefaultPeriod(today);
        return (From.IsEmpty ? from : From.Date, To.IsEmpty ? to : To.Date);
    }

    /// <summary>The hub's variables for this view, or the field errors that stop it being sent (field id to message).</summary>
    public (EvaluationPageVariables? Variables, IReadOnlyDictionary<string, string> Errors) Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var areas = AreaCodes;
        if ((Areas?.Length ?? 0) > AreasMaxLength || areas.Count > MaxAreas)
        {
            errors[Fields.Areas] = $"Enter {MaxAreas} postcode districts or fewer";
        }
        else if (areas.FirstOrDefault(a => !District().IsMatch(a)) is { } bad)
        {
            errors[Fields.Areas] = $"'{Shorten(bad)}' is not a postcode district. Enter districts like HU3 or HU17, separated by spaces or commas";
        }

        var (from, to) = Period(today);
        if (from is null)
        {
            errors[Fields.From] = "The start date must be a real date, like 1 4 2026";
        }

        if (to is null)
        {
            errors[Fields.To] = "The end date must be a real date, like 31 3 2027";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new EvaluationPageVariables { Areas = areas.Count == 0 ? null : areas, From = from!.Value, To = to!.Value }, errors);
    }

    /// <summary>The hub's BAD_USER_INPUT field as this form's field, so the error shows beside it.</summary>
    public static string? FieldOf(string? hubField) => hubField switch
    {
        "areas" => Fields.Areas,
        "from" => Fields.From,
        "to" => Fields.To,
        _ => null,
    };

    /// <summary>The message beside a field the hub refused, in the page's words; a refusal of something else keeps the hub's message.</summary>
    public string RefusalMessage(string? field, string hubMessage, DateOnly today)
    {
        var (from, to) = Period(today);
        return field switch
        {
            Fields.Areas => "Enter postcode districts of the region, like HU3 or HU17, separated by spaces or commas",
            Fields.To when to < from => "The end date must be the same as or after the start date",
            Fields.To when from is { } start && to > start.AddDays(MaxDaysAfterFrom) => "The period must be 3 years or shorter",
            _ => hubMessage,
        };
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex District();
}

/// <summary>A date input as the view draws it: its id (the day box's, and the prefix of its boxes' names), words, the values and any error.</summary>
public sealed record DateInputView(string Id, string Legend, string Hint, DateParts Value, string? Error);
