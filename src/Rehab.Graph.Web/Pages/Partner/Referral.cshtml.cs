using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// A referral to the partner's organisation (<c>PartnerReferralPage</c>) and what they do with it: accept, decline,
/// record attendance, log hours, complete; each a POST that redirects back to the page with a banner.
/// </summary>
[RequiresRole(WebRole.Partner)]
[NoStore]
public sealed class ReferralModel(IRehabGraphClient hub) : PageModel
{
    public ReferralPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public ReferralForms Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken cancellationToken) =>
        await ShowAsync(id, null, new FieldErrors(), done, cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(id, "accept", "accepted", Form.Accept(id), (input, ct) => hub.AcceptReferralAsync(new() { Input = input }, ct), cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(id, "decline", "declined", Form.Decline(id), (input, ct) => hub.DeclineReferralAsync(new() { Input = input }, ct), cancellationToken);

    public Task<IActionResult> OnPostAttendanceAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(id, "attendance", "attendance", Form.Attendance(id), (input, ct) => hub.LogAttendanceAsync(new() { Input = input }, ct), cancellationToken);

    public Task<IActionResult> OnPostHoursAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(id, "hours", "hours", Form.LogHours(id), (input, ct) => hub.LogHoursAsync(new() { Input = input }, ct), cancellationToken);

    public Task<IActionResult> OnPostCompleteAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(id, "complete", "completed", Form.Complete(id), (input, ct) => hub.CompleteReferralAsync(new() { Input = input }, ct), cancellationToken);

    private async Task<IActionResult> WriteAsync<TInput, TResult>(
        string id, string handler, string done, (TInput? Input, FieldErrors Errors) validated, Func<TInput, CancellationToken, Task<TResult>> write, CancellationToken cancellationToken)
        where TInput : class
    {
        var (input, errors) = validated;
        if (id.Length > 100)
        {
            return NotFoundPage.Result(ModelState);
        }

        if (input is not null)
        {
            try
            {
                await write(input, cancellationToken);
                return Redirect($"{PartnerPresenter.ReferralHref(id)}?done={done}");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(ReferralForms.FieldOf(refused.Field, handler), refused.Errors[0].Message);
            }
            catch (RehabGraphConflictException conflict)
            {
                // e.g. accepting a referral someone has just declined, or a session already recorded.
                errors.Add(ReferralForms.FieldOf(null, handler), conflict.Errors[0].Message);
            }
            catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphForbiddenException)
            {
                return NotFoundPage.Result(ModelState);
            }
        }

        var result = await ShowAsync(id, handler, errors, null, cancellationToken);
        if (result is PageResult)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return result;
    }

    private async Task<IActionResult> ShowAsync(string id, string? posted, FieldErrors errors, string? done, CancellationToken cancellationToken)
    {
        if (id.Length > 100)
        {
            return NotFoundPage.Result(ModelState);
        }

        try
        {
            var page = await hub.PartnerReferralPageAsync(new PartnerReferralPageVariables { Id = id }, cancellationToken);
            if (page.Referral is null)
            {
                return NotFoundPage.Result(ModelState);
            }

            Presenter = new ReferralPresenter(page.Referral, Form, errors, posted, done);
            return Page();
        }
        catch (Exception e) when (e is RehabGraphBadUserInputException or RehabGraphNotFoundException or RehabGraphForbiddenException)
        {
            return NotFoundPage.Result(ModelState);
        }
    }
}
