using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.ImmediateJustice;

/// <summary>A referrer refers a person (<c>ReferForImmediateJustice</c>); the confirmation is the new case's page.</summary>
[RequiresRole(WebRole.Referrer)]
[NoStore]
public sealed class ReferModel(IRehabGraphClient hub, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ReferForm Form { get; set; } = new();

    public FieldErrors Errors { get; private set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (input, errors) = Form.Validate(clock);
        Errors = errors;
        if (input is not null)
        {
            try
            {
                var created = await hub.ReferForImmediateJusticeAsync(new() { Input = input }, cancellationToken);
                return Redirect($"{ImmediateJusticePresenter.CaseHref(created.ReferForImmediateJustice.Id)}?done=referred");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                Errors.Add(ReferForm.FieldOf(refused.Field), refused.Errors[0].Message);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
