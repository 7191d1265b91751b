using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Mentoring;

/// <summary>
/// The offender manager's peer mentor page (<c>MentoringPage</c>, one request): assigning a mentor from those who suit
/// the person and have a place, and ending a mentoring. Each POST redirects back with a banner; a refusal shows the page
/// again with the error beside the choice or the reason (400, or 409 when the mentor's last place went first).
/// </summary>
public sealed class MentoringModel(IRehabGraphClient hub) : PersonalPageModel
{
    public MentoringPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public MentoringForm Form { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken cancellationToken) =>
        ShowAsync(id, null, new FieldErrors(), done, cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(id, MentoringPresenter.AssignHandler, Form.Assignment(id), (input, ct) => hub.AssignMentorAsync(new() { Input = input }, ct),
            MentoringPaths.Assigned, _ => MentoringForm.MentorField, cancellationToken);

    public Task<IActionResult> OnPostEndAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(id, MentoringPresenter.EndHandler, Form.Ending(id), (input, ct) => hub.ReleaseMentorAsync(new() { Input = input }, ct),
            MentoringPaths.Ended, input => MentoringForm.ReasonField(input.MentorId), cancellationToken);

    private async Task<IActionResult> WriteAsync<TInput, TResult>(
        string id, string handler, (TInput? Input, FieldErrors Errors) validated, Func<TInput, CancellationToken, Task<TResult>> write,
        string done, Func<TInput, string> field, CancellationToken cancellationToken)
        where TInput : class
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        var (input, errors) = validated;
        var status = StatusCodes.Status400BadRequest;
        if (input is not null)
        {
            try
            {
                await write(input, cancellationToken);
                return Redirect($"{MentoringPaths.Page(id)}?done={done}");
            }
            catch (RehabGraphNotFoundException e) when (e.Errors.FirstOrDefault()?.Field == "input.mentorId")
            {
                errors.Add(field(input), "That mentor is no longer listed. Select another");
            }
            catch (RehabGraphException e) when (IsNotFound(e))
            {
                return NotFoundPage("person");
            }
            catch (RehabGraphBadUserInputException refused) when (refused.Field == "input.mentorId")
            {
                errors.Add(field(input), "That mentor does not suit them any more (connect's rules). Select another");
            }
            catch (RehabGraphConflictException)
            {
                errors.Add(field(input), handler == MentoringPresenter.AssignHandler
                    ? "That mentor has just been given their last place, or already mentors them. Check the list as it is now"
                    : "That mentoring has already ended. Check the page as it is now");
                status = StatusCodes.Status409Conflict;
            }
        }

        return WithStatus(await ShowAsync(id, handler, errors, null, cancellationToken), status);
    }

    private Task<IActionResult> ShowAsync(string id, string? posted, FieldErrors errors, string? done, CancellationToken cancellationToken) =>
        ShowPersonAsync(
            id,
            async () => await hub.MentoringPageAsync(new MentoringPageVariables { PersonId = id }, cancellationToken) is { Person: not null } found ? found : null,
            found =>
            {
                Presenter = new MentoringPresenter(found, Form, errors, posted, done);
                return Page();
            });
}
