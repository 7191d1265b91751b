using Rehab.Graph.Web.Pages.Plans;

namespace Rehab.Graph.Web.Tests.Presenters.Plans;

public sealed class SocialCapitalChartTests
{
    private static readonly DateTimeOffset January = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    private static SocialCapitalChart Chart(params SnapshotView[] history) => new(history, PlanAudience.OffenderManager);

    [Fact]
    public void No_history_is_an_empty_state_in_words_and_nothing_to_draw()
    {
        var chart = Chart();

        Assert.True(chart.IsEmpty);
        Assert.Equal("Nothing to show yet. The chart starts at the first review or completed referral.", chart.Summary);
        Assert.All(chart.Series, s => Assert.Empty(s.Points));
        Assert.Empty(chart.Rows);
        Assert.Empty(chart.Dates);
        Assert.Equal("Nothing to show yet. This starts at your first review, or when you complete a referral.", new SocialCapitalChart([], PlanAudience.Person).Empty);
    }

    [Fact]
    public void The_scale_is_four_whole_steps_covering_the_largest_figure_and_four_at_least()
    {
        Assert.Equal(["0", "1", "2", "3", "4"], Chart(new SnapshotView(January, 0, 1, 0)).Ticks.Select(t => t.Label));
        Assert.Equal(["0", "2", "4", "6", "8"], Chart(new SnapshotView(January, 7, 1, 0)).Ticks.Select(t => t.Label));
        Assert.Equal(16, Chart(new SnapshotView(January, 2, 13, 5)).TopFigure);
    }

    [Fact]
    public void Figures_are_drawn_from_the_bottom_up_and_dates_across_by_when_they_were_counted()
    {
        var chart = Chart(
            new SnapshotView(January.AddDays(30), 2, 0, 4),
            new SnapshotView(January, 0, 0, 4),
            new SnapshotView(January.AddDays(120), 4, 2, 4));

        var bonding = chart.Series.Single(s => s.Name == "Bonding").Points;
        Assert.Equal([0, 2, 4], bonding.Select(p => p.Value));
        Assert.Equal(chart.PlotBottom, bonding[0].Y);
        Assert.Equal(SocialCapitalChart.MarginTop, bonding[2].Y);
        Assert.Equal((chart.PlotBottom + SocialCapitalChart.MarginTop) / 2, bonding[1].Y);
        Assert.Equal(chart.PlotLeft, bonding[0].X);
        Assert.Equal(chart.PlotRight, bonding[2].X);
        Assert.Equal(chart.PlotLeft + (chart.PlotRight - chart.PlotLeft) / 4, bonding[1].X, 6);
        Assert.Equal(["10 January 2026", "10 May 2026"], chart.Dates.Select(d => d.Text));
    }

    [Fact]
    public void One_count_is_a_point_in_the_middle_and_several_at_one_moment_are_spread_evenly()
    {
        var single = Chart(new SnapshotView(January, 1, 1, 1));
        var sameMoment = Chart(new SnapshotView(January, 1, 1, 1), new SnapshotView(January, 2, 1, 1), new SnapshotView(January, 3, 1, 1));

        Assert.Equal((single.PlotLeft + single.PlotRight) / 2, single.Series[0].Points[0].X);
        Assert.Equal("middle", Assert.Single(single.Dates).Anchor);
        Assert.Equal(
            [sameMoment.PlotLeft, (sameMoment.PlotLeft + sameMoment.PlotRight) / 2, sameMoment.PlotRight],
            sameMoment.Series[0].Points.Select(p => p.X));
        Assert.Single(sameMoment.Dates);
    }

    [Fact]
    public void The_chart_says_in_a_sentence_how_each_kind_of_tie_changed_and_lists_the_figures_oldest_first()
    {
        var chart = Chart(new SnapshotView(January.AddDays(60), 3, 2, 5), new SnapshotView(January, 1, 0, 4));

        Assert.Equal(
            "Between 10 January 2026 and 11 March 2026, bonding ties went from 1 to 3, bridging ties went from 0 to 2 and linking ties went from 4 to 5.",
            chart.Summary);
        Assert.Equal(
            "On 10 January 2026, bonding ties went from 1 to 2, bridging ties stayed at 0 and linking ties stayed at 4.",
            Chart(new SnapshotView(January, 1, 0, 4), new SnapshotView(January.AddHours(1), 2, 0, 4)).Summary);
        Assert.Equal([new ChartRow("10 January 2026", "Review", 1, 0, 4), new ChartRow("11 March 2026", "Review", 3, 2, 5)], chart.Rows);
        Assert.Equal("On 10 January 2026: 1 bonding tie, 0 bridging ties and 4 linking ties.", Chart(new SnapshotView(January, 1, 0, 4)).Summary);
    }

    [Fact]
    public void Each_series_has_its_own_marker_and_a_line_through_its_points()
    {
        var chart = Chart(new SnapshotView(January, 0, 1, 2), new SnapshotView(January.AddDays(1), 1, 2, 3));

        Assert.Equal(3, chart.Series.Select(s => s.Swatch).Distinct().Count());
        Assert.Equal(["rehab-chart-bonding", "rehab-chart-bridging", "rehab-chart-linking"], chart.Series.Select(s => s.CssClass));
        Assert.Equal($"{SocialCapitalChart.Number(chart.PlotLeft)},{SocialCapitalChart.Number(chart.PlotBottom)} {SocialCapitalChart.Number(chart.PlotRight)},{SocialCapitalChart.Number(chart.Series[0].Points[1].Y)}", chart.Series[0].Line);
        Assert.All(chart.Series, s => Assert.Equal(2, s.Markers.Count));
    }

    [Fact]
    public void A_point_counted_at_a_completed_referral_is_named_in_the_table_and_hollow_in_the_chart_with_a_legend()
    {
        var chart = Chart(new SnapshotView(January, 1, 0, 4), new SnapshotView(January.AddDays(9), 1, 0, 5, SnapshotView.ReferralCompleted));

        Assert.Equal(["Review", "Referral completed"], chart.Rows.Select(r => r.Occasion));
        Assert.All(chart.Series, s => Assert.Equal([false, true], s.Markers.Select(m => m.Hollow)));
        Assert.True(chart.HasReferralPoints);
        Assert.Equal("Hollow marker: counted when a referral was completed", chart.ReferralMarkerText);
        Assert.False(Chart(new SnapshotView(January, 1, 0, 4)).HasReferralPoints);
    }
}
