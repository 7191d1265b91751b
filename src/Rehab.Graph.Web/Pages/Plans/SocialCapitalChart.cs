using System.Globalization;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>A point of a series: where it is drawn, the figure and date it stands for, and whether a completed referral (not a review) counted it.</summary>
public sealed record ChartPoint(double X, double Y, int Value, DateTimeOffset At, bool AtReferral);

/// <summary>A marker as drawn: its path and whether it is hollow (a completed referral's point; a review's is filled).</summary>
public sealed record ChartMarker(string Path, bool Hollow);

/// <summary>
/// One kind of tie over time. Each series has its own colour, line pattern and marker shape, so the lines can be told
/// apart without colour.
/// </summary>
public sealed record ChartSeries(string Name, string Description, string CssClass, IReadOnlyList<ChartPoint> Points, Func<double, double, string> Marker)
{
    /// <summary>The line through the points (SVG <c>points</c>).</summary>
    public string Line => string.Join(' ', Points.Select(p => $"{SocialCapitalChart.Number(p.X)},{SocialCapitalChart.Number(p.Y)}"));

    /// <summary>The marker at each point (SVG path data), hollow where a completed referral counted the ties.</summary>
    public IReadOnlyList<ChartMarker> Markers => Points.Select(p => new ChartMarker(Marker(p.X, p.Y), p.AtReferral)).ToList();

    /// <summary>The marker alone, for the legend's 24 by 16 swatch.</summary>
    public string Swatch => Marker(12, 8);
}

/// <summary>A line across the chart at a figure, with its label on the axis.</summary>
public sealed record ChartTick(double Y, string Label);

/// <summary>A date under the chart; <see cref="Anchor"/> is SVG's text-anchor, so the first and last stay inside.</summary>
public sealed record ChartLabel(double X, string Text, string Anchor);

/// <summary>A row of the figures' table; <see cref="Occasion"/> says what counted them.</summary>
public sealed record ChartRow(string Date, string Occasion, int Bonding, int Bridging, int Linking);

/// <summary>
/// The person's social capital over time as a small line chart, drawn on the server as inline SVG (no chart library, no
/// script): bonding, bridging and linking ties at each review and completed referral, placed by date. The same figures
/// are a table, and <see cref="Summary"/> says in a sentence how they changed, for anyone who cannot see the chart.
/// </summary>
public sealed class SocialCapitalChart(IReadOnlyList<SnapshotView> history, PlanAudience audience)
{
    public const int Width = 640;
    public const int Height = 260;
    public const int MarginLeft = 36;
    public const int MarginRight = 16;
    public const int MarginTop = 12;
    public const int MarginBottom = 36;

    /// <summary>Lines across the chart: the axis and four more, at whole numbers.</summary>
    public const int TickCount = 4;

    private readonly IReadOnlyList<SnapshotView> _history = [.. history.OrderBy(s => s.At)];

    public bool IsEmpty => _history.Count == 0;

    public string Heading => audience == PlanAudience.Person ? "Your support network over time" : "Social capital over time";

    public string Empty => audience == PlanAudience.Person
        ? "Nothing to show yet. This starts at your first review, or when you complete a referral."
        : "Nothing to show yet. The chart starts at the first review or completed referral.";

    public string ViewBox => $"0 0 {Width} {Height}";

    public double PlotLeft => MarginLeft;

    public double PlotRight => Width - MarginRight;

    public double PlotBottom => Height - MarginBottom;

    /// <summary>The figure at the top line: four equal steps of a whole number covering the largest figure, 4 at least.</summary>
    public int TopFigure => Step * TickCount;

    private int Step => Math.Max(1, (int)Math.Ceiling(_history.Select(s => Math.Max(s.Bonding, Math.Max(s.Bridging, s.Linking))).DefaultIfEmpty(0).Max() / (double)TickCount));

    public IReadOnlyList<ChartTick> Ticks => Enumerable.Range(0, TickCount + 1).Select(i => new ChartTick(YOf(i * Step), (i * Step).ToString(CultureInfo.InvariantCulture))).ToList();

    public IReadOnlyList<ChartSeries> Series =>
    [
        new("Bonding", "family, friends and prosocial peers", "rehab-chart-bonding", Points(s => s.Bonding), Circle),
        new("Bridging", "mentors, community groups and organisations", "rehab-chart-bridging", Points(s => s.Bridging), Square),
        new("Linking", "services, employers, institutions and placements", "rehab-chart-linking", Points(s => s.Linking), Triangle),
    ];

    /// <summary>The first and last dates under the chart (one, when they are the same day).</summary>
    public IReadOnlyList<ChartLabel> Dates
    {
        get
        {
            if (IsEmpty)
            {
                return [];
            }

            var (first, last) = (Words.Date(_history[0].At), Words.Date(_history[^1].At));
            return first == last
                ? [new ChartLabel(XOf(0), first, _history.Count == 1 ? "middle" : "start")]
                : [new ChartLabel(PlotLeft, first, "start"), new ChartLabel(PlotRight, last, "end")];
        }
    }

    public double DateBaseline => PlotBottom + 24;

    /// <summary>The chart in a sentence: how each kind of tie changed from the first figures to the last, and when.</summary>
    public string Summary
    {
        get
        {
            if (IsEmpty)
            {
                return Empty;
            }

            var (first, last) = (_history[0], _history[^1]);
            if (_history.Count == 1)
            {
                return $"On {Words.Date(first.At)}: {Ties(first.Bonding, "bonding")}, {Ties(first.Bridging, "bridging")} and {Ties(first.Linking, "linking")}.";
            }

            var (from, to) = (Words.Date(first.At), Words.Date(last.At));
            var when = from == to ? $"On {from}" : $"Between {from} and {to}";
            return $"{when}, {Change("bonding", first.Bonding, last.Bonding)}, {Change("bridging", first.Bridging, last.Bridging)} "
                + $"and {Change("linking", first.Linking, last.Linking)}.";
        }
    }

    /// <summary>The figures, oldest first, as the table shows them.</summary>
    public IReadOnlyList<ChartRow> Rows => _history.Select(s => new ChartRow(Words.Date(s.At), Occasion(s), s.Bonding, s.Bridging, s.Linking)).ToList();

    /// <summary>Whether any point is a completed referral's, so the legend explains the hollow markers only when there are some.</summary>
    public bool HasReferralPoints => _history.Any(s => s.AtReferral);

    /// <summary>The legend's words for the two markers.</summary>
    public string ReviewMarkerText => audience == PlanAudience.Person ? "Filled marker: at a review" : "Filled marker: counted at a review";

    public string ReferralMarkerText => audience == PlanAudience.Person ? "Hollow marker: when you completed a referral" : "Hollow marker: counted when a referral was completed";

    /// <summary>A square swatch for the legend, 16 by 16.</summary>
    public static string OccasionSwatch => Square(8, 8);

    private static string Occasion(SnapshotView s) => s.AtReferral ? "Referral completed" : s.Occasion == SnapshotView.Review ? "Review" : Words.Of(s.Occasion);

    /// <summary>A coordinate as SVG takes it: invariant, at most one decimal.</summary>
    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private IReadOnlyList<ChartPoint> Points(Func<SnapshotView, int> figure) =>
        _history.Select((s, i) => new ChartPoint(XOf(i), YOf(figure(s)), figure(s), s.At, s.AtReferral)).ToList();

    /// <summary>
    /// Where the <paramref name="index"/>th snapshot is across: by its date between the first and the last, so gaps in time
    /// show as gaps; one snapshot, or all at one moment, are spread evenly instead.
    /// </summary>
    private double XOf(int index)
    {
        var width = PlotRight - PlotLeft;
        if (_history.Count == 1)
        {
            return PlotLeft + width / 2;
        }

        var span = (_history[^1].At - _history[0].At).TotalSeconds;
        return span <= 0
            ? PlotLeft + width * index / (_history.Count - 1)
            : PlotLeft + width * (_history[index].At - _history[0].At).TotalSeconds / span;
    }

    private double YOf(int value) => PlotBottom - (PlotBottom - MarginTop) * value / TopFigure;

    private static string Ties(int count, string kind) => $"{count} {kind} {(count == 1 ? "tie" : "ties")}";

    private static string Change(string kind, int from, int to) => from == to ? $"{kind} ties stayed at {from}" : $"{kind} ties went from {from} to {to}";

    private static string Circle(double x, double y) => $"M{Number(x - 5)},{Number(y)}a5,5 0 1,0 10,0a5,5 0 1,0 -10,0";

    private static string Square(double x, double y) => $"M{Number(x - 4.5)},{Number(y - 4.5)}h9v9h-9z";

    private static string Triangle(double x, double y) => $"M{Number(x)},{Number(y - 6)}l6,10.5h-12z";
}
