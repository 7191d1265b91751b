using System.Globalization;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>A rating as a radio button; the first has the group's id, so the error summary lands on it.</summary>
public sealed record RatingChoice(string Id, string Value, string Label, bool Checked);

/// <summary>
/// What the review form shows. The offender manager's: their summary, and the person's rating and words as the person
/// gave them in the meeting. The person's own: how things are going for them, in a rating and their own words.
/// </summary>
public sealed class ReviewFormPresenter(PlanAudience audience, string personName, string personId, ReviewForm form, FieldErrors errors)
{
    private bool ForPerson => audience == PlanAudience.Person;

    public string Title => ForPerson ? "How are things going?" : "Record a review";

    public string Caption => ForPerson ? "Your plan" : $"{personName}'s plan";

    public string PlanHref => ForPerson ? ServiceNavigation.MyPlan : PlanPaths.Plan(personId);

    public string Action => PlanHref + "/reviews/new";

    public string Intro => ForPerson
        ? "Tell your probation practitioner how things are going for you. They will see it on your plan."
        : $"Your summary of the review, and {personName}'s own rating and words as they gave them. Their support network is counted today, for the chart.";

    public string Submit => ForPerson ? "Send" : "Record review";

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary(ReviewForm.FieldOrder);

    /// <summary>The offender manager's summary; none on the person's own form.</summary>
    public FieldView? Summary => ForPerson
        ? null
        : new(ReviewForm.Fields.Summary, "Your summary (optional)", form.Summary, errors.For(ReviewForm.Fields.Summary),
            $"How the plan is going, and what is next. Up to {ReviewForm.SummaryMaxLength} characters.", Multiline: true);

    public string RatingLegend => ForPerson ? "How are things going for you?" : $"How does {personName} say things are going? (optional)";

    public string RatingHint => ForPerson ? "Choose one, or write something below, or both." : "Their own rating, as they gave it.";

    public string? RatingError => errors.For(ReviewForm.Fields.Rating);

    public IReadOnlyList<RatingChoice> Ratings => Plans.Ratings.All.Select((r, i) =>
    {
        var value = r.Value.ToString(CultureInfo.InvariantCulture);
        return new RatingChoice(i == 0 ? ReviewForm.Fields.Rating : $"{ReviewForm.Fields.Rating}-{value}", value, $"{value}: {r.Words}", form.Rating?.Trim() == value);
    }).ToList();

    public FieldView Comment => new(
        ReviewForm.Fields.Comment,
        ForPerson ? "Anything you want to say? (optional)" : "In their words (optional)",
        form.Comment,
        errors.For(ReviewForm.Fields.Comment),
        ForPerson ? $"Up to {ReviewForm.CommentMaxLength} characters." : $"What they said about how things are going. Up to {ReviewForm.CommentMaxLength} characters.",
        Multiline: true);
}
