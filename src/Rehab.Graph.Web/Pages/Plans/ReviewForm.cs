using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// A review as posted: the offender manager's summary (theirs only, up to 4000 characters), and the person's rating, 1
/// to 5, and comment (up to 2000), as the person gave them; at least one of them.
/// </summary>
public sealed class ReviewForm
{
    public const int SummaryMaxLength = 4000;
    public const int CommentMaxLength = 2000;

    public string? Summary { get; set; }
    public string? Rating { get; set; }
    public string? Comment { get; set; }

    public static class Fields
    {
        public const string Summary = "summary";
        public const string Rating = "rating";
        public const string Comment = "comment";
    }

    public static IReadOnlyList<string> FieldOrder { get; } = [Fields.Summary, Fields.Rating, Fields.Comment];

    public (PlanReviewInput? Input, FieldErrors Errors) Validate(string personId, PlanAudience audience)
    {
        var errors = new FieldErrors();
        var summary = audience == PlanAudience.OffenderManager ? FormValues.Optional(Summary, Fields.Summary, SummaryMaxLength, "Summary", errors) : null;
        var rating = FormValues.Whole(Rating, Fields.Rating, "Rating", 1, Ratings.All.Count, errors);
        var comment = FormValues.Optional(Comment, Fields.Comment, CommentMaxLength, "Comment", errors);
        if (!errors.Any && summary is null && rating is null && comment is null)
        {
            errors.Add(
                audience == PlanAudience.Person ? Fields.Rating : Fields.Summary,
                audience == PlanAudience.Person ? "Choose how things are going, or write a comment" : "Enter your summary, or their rating or comment");
        }

        return errors.Any
            ? (null, errors)
            : (new PlanReviewInput { PersonId = personId, Summary = summary, PersonRating = rating, PersonComment = comment }, errors);
    }

    /// <summary>The field a hub refusal is about; one of the review as a whole, at its first field.</summary>
    public static string FieldOf(string? hubField, PlanAudience audience) => HubFields.Top(hubField) switch
    {
        "personRating" => Fields.Rating,
        "personComment" => Fields.Comment,
        Fields.Summary when audience == PlanAudience.OffenderManager => Fields.Summary,
        _ => audience == PlanAudience.Person ? Fields.Rating : Fields.Summary,
    };
}
