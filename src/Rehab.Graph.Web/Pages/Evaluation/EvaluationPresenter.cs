using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Rehab.Graph.Web.Pages.Commissioning;
using Rehab.Graph.Web.Pages.Shared;
using District = Rehab.Graph.Client.EvaluationPageResult.EvaluationData;

namespace Rehab.Graph.Web.Pages.Evaluation;

/// <summary>A district's work over the period, as a row of the first table.</summary>
public sealed record EvaluationRow(
    string Area, CountCell PeopleWithPlans, CountCell PeopleWithGoalsMet, CountCell GoalsMet, CountCell PeopleReferred,
    CountCell ReferralsMade, CountCell ReferralsCompleted, CountCell HoursDone);

/// <summary>A district's mean change in each kind of tie, signed ("+0.5"), and among how many people.</summary>
public sealed record SocialCapitalRow(string Area, CountCell People, CountCell Bonding, CountCell Bridging, CountCell Linking);

/// <summary>What was spent from personal funds in a district on goals serving a need, and whose funds paid it.</summary>
public sealed record FundSpentRow(string Area, string Need, CountCell Spent, CountCell People);

/// <summary>
/// What the evaluation page shows: the filters as they were filled in (the period defaulting to the last 12 months), with
/// any errors; per district, the work done, the change in social capital and the fund spent per need, each figure the
/// hub withheld shown as <see cref="WithheldText"/>, never as 0.
/// </summary>
public sealed class EvaluationPresenter(EvaluationForm form, DateOnly today, IReadOnlyList<District>? districts, IReadOnlyDictionary<string, string> errors)
{
    public const string Path = "/evaluation";

    public const string CsvPath = "/evaluation.csv";

    /// <summary>What a null figure shows: the hub withholds any resting on 1 to 4 people.</summary>
    public const string WithheldText = "Withheld";

    /// <summary>What <see cref="WithheldText"/> means, said once on the page and in the CSV's note column.</summary>
    public const string WithheldMeaning = "fewer than 5 people: withheld so no one can be identified";

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public string Title => "Evaluation";

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<ErrorLink> ErrorSummary =>
        new[] { EvaluationForm.Fields.Areas, EvaluationForm.Fields.From, EvaluationForm.Fields.To }
            .Where(errors.ContainsKey)
            .Select(id => new ErrorLink(errors[id], "#" + id))
            .Concat(errors.Where(e => e.Key.Length == 0).Select(e => new ErrorLink(e.Value, "#" + EvaluationForm.Fields.Areas)))
            .ToList();

    public string? ErrorFor(string field) => errors.TryGetValue(field, out var message) ? message : null;

    public string AreasValue => form.Areas ?? string.Empty;

    /// <summary>The start date's boxes: as typed, or the default period's first day when all were left empty.</summary>
    public DateParts FromValue => form.From.IsEmpty ? DateParts.Of(EvaluationForm.DefaultPeriod(today).From) : form.From;

    public DateParts ToValue => form.To.IsEmpty ? DateParts.Of(EvaluationForm.DefaultPeriod(today).To) : form.To;

    public bool HasResults => districts is not null && !HasErrors;

    /// <summary>The period and districts the tables are for, in words ("1 January 2026 to 31 December 2026, HU3 and HU5").</summary>
    public string Caption
    {
        get
        {
            var (from, to) = form.Period(today);
            var period = from is { } f && to is { } t ? $"{f.ToString("d MMMM yyyy", Uk)} to {t.ToString("d MMMM yyyy", Uk)}" : string.Empty;
            return form.AreaCodes.Count == 0 ? $"{period}, every district" : $"{period}, {string.Join(", ", form.AreaCodes)}";
        }
    }

    /// <summary>The same query as this view, for the CSV download (so it is the same figures) and for sharing.</summary>
    public string CsvHref => QueryHelpers.AddQueryString(CsvPath, Query(form, today));

    public IReadOnlyList<EvaluationRow> Rows => Ordered.Select(d => new EvaluationRow(
        d.Area,
        Count(d.PeopleWithPlans),
        Count(d.PeopleWithGoalsMet),
        Count(d.GoalsMet),
        Count(d.PeopleReferred),
        Count(d.ReferralsMade),
        Count(d.ReferralsCompleted),
        d.HoursDone is { } hours ? new CountCell(hours.ToString("#,##0.#", Uk), false) : Withheld)).ToList();

    public IReadOnlyList<SocialCapitalRow> SocialCapitalRows => Ordered.Select(d => new SocialCapitalRow(
        d.Area,
        Count(d.SocialCapital.People),
        Signed(d.SocialCapital.Bonding),
        Signed(d.SocialCapital.Bridging),
        Signed(d.SocialCapital.Linking))).ToList();

    /// <summary>A row per district and need something was spent on, districts in postcode order, then need.</summary>
    public IReadOnlyList<FundSpentRow> FundRows => Ordered
        .SelectMany(d => d.FundSpent.OrderBy(s => s.Need.Label, StringComparer.Ordinal).Select(s => new FundSpentRow(
            d.Area,
            s.Need.Label,
            PenceOf(s.Pence) is { } pence ? new CountCell(Pounds(pence), false) : Withheld,
            Count(s.People))))
        .ToList();

    /// <summary>The query string of a view: the districts and both dates' boxes, as the form names them.</summary>
    public static Dictionary<string, string?> Query(EvaluationForm form, DateOnly today)
    {
        var (from, to) = form.Period(today);
        var query = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(form.Areas))
        {
            query["areas"] = form.Areas;
        }

        Add(query, "from", from is { } f ? DateParts.Of(f) : form.From);
        Add(query, "to", to is { } t ? DateParts.Of(t) : form.To);
        return query;
    }

    /// <summary>Pence as pounds and pence, the UK way: 123456 is "£1,234.56".</summary>
    public static string Pounds(long pence) => (pence / 100m).ToString("C2", Uk);

    /// <summary>A change with its sign, so a rise reads as one: 0.5 is "+0.5", -0.25 "-0.25", no change "0".</summary>
    public static string SignedText(double change) => change.ToString("+#,##0.##;-#,##0.##;0", Uk);

    /// <summary>The hub's <c>Long</c> (a JSON number, or null when withheld).</summary>
    public static long? PenceOf(JsonElement? pence) => pence is { ValueKind: JsonValueKind.Number } number ? number.GetInt64() : null;

    /// <summary>The districts in postcode order (HU2 before HU10).</summary>
    public static IEnumerable<District> InDistrictOrder(IEnumerable<District> districts) => districts
        .OrderBy(d => CommissioningPresenter.DistrictOrder(d.Area).Letters, StringComparer.Ordinal)
        .ThenBy(d => CommissioningPresenter.DistrictOrder(d.Area).Number)
        .ThenBy(d => d.Area, StringComparer.Ordinal);

    private IEnumerable<District> Ordered => InDistrictOrder(districts ?? []);

    private static CountCell Withheld => new(WithheldText, true);

    private static CountCell Count(int? value) => value is { } v ? new CountCell(v.ToString("N0", Uk), false) : Withheld;

    private static CountCell Signed(double? value) => value is { } v ? new CountCell(SignedText(v), false) : Withheld;

    private static void Add(Dictionary<string, string?> query, string name, DateParts date)
    {
        query[name + "-day"] = date.Day;
        query[name + "-month"] = date.Month;
        query[name + "-year"] = date.Year;
    }
}
