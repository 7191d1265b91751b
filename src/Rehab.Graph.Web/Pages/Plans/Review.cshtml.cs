using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// The offender manager records a review (<c>ReviewPage</c> for whose, then <c>RecordPlanReview</c>): the plan shows it
/// with a banner; a refused one is the form again with the error beside its field.
/// </summary>
public sealed class ReviewModel(IRehabGraphClient hub) : PersonalPageModel
{
    public ReviewFormPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public ReviewForm Form { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => ShowAsync(id, new FieldErrors(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        var (input, errors) = Form.Validate(id, PlanAudience.OffenderManager);
        if (input is not null)
        {
            try
            {
                await hub.RecordPlanReviewAsync(new RecordPlanReviewVariables { Input = input }, cancellationToken);
                return Redirect($"{PlanPaths.Plan(id)}?done=review#reviews");
            }
            catch (RehabGraphException e) when (IsNotFound(e))
            {
                return NotFoundPage("person");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(ReviewForm.FieldOf(refused.Field, PlanAudience.OffenderManager), refused.Errors[0].Message);
            }
        }

        var page = await ShowAsync(id, errors, cancellationToken);
        if (page is PageResult)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return page;
    }

    private async Task<IActionResult> ShowAsync(string id, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        try
        {
            if ((await hub.ReviewPageAsync(new ReviewPageVariables { PersonId = id }, cancellationToken)).Person is not { } person)
            {
                return NotFoundPage("person");
            }

            Presenter = new ReviewFormPresenter(PlanAudience.OffenderManager, person.DisplayName, person.Id, Form, errors);
            return Page();
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }
}
