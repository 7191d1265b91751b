using Rehab.Graph.Web.Pages.Evaluation;
using static Rehab.Graph.Web.Tests.Presenters.Evaluation.EvaluationSamples;

namespace Rehab.Graph.Web.Tests.Presenters.Evaluation;

public sealed class EvaluationCsvTests
{
    private static string[] Lines(string csv)
    {
        Assert.EndsWith("\r\n", csv);
        return csv[..^2].Split("\r\n");
    }

    [Fact]
    public void A_row_per_district_then_a_row_per_need_spent_on_withheld_cells_empty_and_named_in_the_note()
    {
        var csv = EvaluationCsv.Write(
            [
                District("HU5", plans: null, goalsMet: 6, hours: 12.25, socialCapital: (7, 0.5, -0.25, 0), spends: [("EMPLOYMENT", "Employment", 250075, 6), ("ACCOMMODATION", "Accommodation", null, null)]),
                District("HU3", hours: null),
            ],
            From,
            To);

        Assert.Equal(
            [
                "district,from,to,need_code,need,people_with_plans,people_with_goals_met,goals_met,people_referred,referrals_made,referrals_completed,hours_done,social_capital_people,bonding_change,bridging_change,linking_change,fund_spent_gbp,fund_people,withheld",
                "HU3,2026-01-01,2026-12-31,,,12,5,6,9,11,0,,,,,,,,hours_done social_capital_people bonding_change bridging_change linking_change: fewer than 5 people: withheld so no one can be identified",
                "HU5,2026-01-01,2026-12-31,,,,5,6,9,11,0,12.25,7,0.5,-0.25,0,,,people_with_plans: fewer than 5 people: withheld so no one can be identified",
                "HU5,2026-01-01,2026-12-31,ACCOMMODATION,Accommodation,,,,,,,,,,,,,,fund_spent_gbp fund_people: fewer than 5 people: withheld so no one can be identified",
                "HU5,2026-01-01,2026-12-31,EMPLOYMENT,Employment,,,,,,,,,,,,2500.75,6,",
            ],
            Lines(csv));
    }

    [Theory]
    [InlineData("Accommodation", "Accommodation")]
    [InlineData("Drugs, alcohol", "\"Drugs, alcohol\"")]
    [InlineData("The \"good\" one", "\"The \"\"good\"\" one\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+44 1482", "'+44 1482")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Text_is_quoted_as_RFC_4180_says_and_a_formula_is_defused(string value, string written) =>
        Assert.Equal(written, EvaluationCsv.Text(value));

    [Fact]
    public void A_need_label_that_looks_like_a_formula_is_written_as_text_in_the_file()
    {
        var csv = EvaluationCsv.Write([District("HU3", spends: [("X", "=1+2, said \"so\"", 100, 5)])], From, To);

        Assert.Equal("HU3,2026-01-01,2026-12-31,X,\"'=1+2, said \"\"so\"\"\",,,,,,,,,,,,1.00,5,", Lines(csv)[^1]);
    }

    [Fact]
    public void The_file_is_named_for_its_period() =>
        Assert.Equal("evaluation-2026-01-01-to-2026-12-31.csv", EvaluationCsv.FileName(From, To));
}
