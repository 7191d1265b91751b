using System.Globalization;
using System.Text;
using District = Rehab.Graph.Client.EvaluationPageResult.EvaluationData;

namespace Rehab.Graph.Web.Pages.Evaluation;

/// <summary>
/// The evaluation as a CSV file (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote,
/// CR or LF, a quote doubled). Rows: for each district in postcode order, one row of the district's figures with
/// <c>need_code</c> and <c>need</c> empty, then one row per need spent on, with only the fund columns filled. A withheld
/// figure is an empty cell, and the row's <c>withheld</c> column names the columns withheld; an empty cell it does not
/// name does not apply to that row. Money is in pounds with two decimals (no symbol, so spreadsheets read a number).
/// </summary>
public static class EvaluationCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static IReadOnlyList<string> Header { get; } =
    [
        "district", "from", "to", "need_code", "need",
        "people_with_plans", "people_with_goals_met", "goals_met", "people_referred", "referrals_made", "referrals_completed", "hours_done",
        "social_capital_people", "bonding_change", "bridging_change", "linking_change",
        "fund_spent_gbp", "fund_people", "withheld",
    ];

    /// <summary>The name the browser saves it under, e.g. <c>evaluation-2026-01-01-to-2026-12-31.csv</c>.</summary>
    public static string FileName(DateOnly from, DateOnly to) =>
        $"evaluation-{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-to-{to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    public static string Write(IEnumerable<District> districts, DateOnly from, DateOnly to)
    {
        var csv = new StringBuilder();
        Line(csv, Header.Select(Text));
        var period = new[] { Date(from), Date(to) };
        foreach (var d in EvaluationPresenter.InDistrictOrder(districts))
        {
            var cells = new (string Column, string? Value, bool Withheld)[]
            {
                Figure("people_with_plans", d.PeopleWithPlans),
                Figure("people_with_goals_met", d.PeopleWithGoalsMet),
                Figure("goals_met", d.GoalsMet),
                Figure("people_referred", d.PeopleReferred),
                Figure("referrals_made", d.ReferralsMade),
                Figure("referrals_completed", d.ReferralsCompleted),
                Figure("hours_done", d.HoursDone),
                Figure("social_capital_people", d.SocialCapital.People),
                Figure("bonding_change", d.SocialCapital.Bonding),
                Figure("bridging_change", d.SocialCapital.Bridging),
                Figure("linking_change", d.SocialCapital.Linking),
                ("fund_spent_gbp", null, false),
                ("fund_people", null, false),
            };
            Row(csv, d.Area, period, null, null, cells);

            foreach (var spend in d.FundSpent.OrderBy(s => s.Need.Label, StringComparer.Ordinal))
            {
                var fund = Header.Skip(5).Take(11).Select(column => (column, (string?)null, false))
                    .Append(Figure("fund_spent_gbp", EvaluationPresenter.PenceOf(spend.Pence) is { } pence ? pence / 100m : null))
                    .Append(Figure("fund_people", spend.People))
                    .ToArray();
                Row(csv, d.Area, period, spend.Need.Code, spend.Need.Label, fund);
            }
        }

        return csv.ToString();
    }

    /// <summary>
    /// A text cell, safe to open in a spreadsheet: one starting with = + - @, a tab or a CR would be read as a formula
    /// (CSV injection), so it is prefixed with an apostrophe. The data is ours, but a need's label or a district is
    /// text someone typed once. Numbers never pass through here: they are written from numeric values, and a negative
    /// number is a number, not a formula.
    /// </summary>
    public static string Text(string value) => Quote(value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value);

    /// <summary>RFC 4180's quoting: only a field holding a comma, quote, CR or LF is quoted, with its quotes doubled.</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static (string Column, string? Value, bool Withheld) Figure(string column, int? value) =>
        (column, value?.ToString(CultureInfo.InvariantCulture), value is null);

    private static (string Column, string? Value, bool Withheld) Figure(string column, double? value) =>
        (column, value?.ToString("0.###", CultureInfo.InvariantCulture), value is null);

    private static (string Column, string? Value, bool Withheld) Figure(string column, decimal? value) =>
        (column, value?.ToString("0.00", CultureInfo.InvariantCulture), value is null);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, string area, string[] period, string? needCode, string? need, (string Column, string? Value, bool Withheld)[] cells)
    {
        var withheld = cells.Where(c => c.Withheld).Select(c => c.Column).ToList();
        var note = withheld.Count == 0 ? string.Empty : $"{string.Join(" ", withheld)}: {EvaluationPresenter.WithheldMeaning}";
        Line(csv, new[] { Text(area) }
            .Concat(period)
            .Append(Text(needCode ?? string.Empty))
            .Append(Text(need ?? string.Empty))
            .Concat(cells.Select(c => c.Value ?? string.Empty))
            .Append(Text(note)));
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields) => csv.Append(string.Join(',', fields)).Append("\r\n");
}
