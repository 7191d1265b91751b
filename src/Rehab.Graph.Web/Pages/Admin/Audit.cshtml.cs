using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Navigation;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>The audit trail, one request (<c>AuditTrailPage</c>) a page.</summary>
[RequiresRole(WebRole.Admin)]
public sealed class AuditModel(IRehabGraphClient hub) : PageModel
{
    public AuditTrailPresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? targetId, string? actorId, string? action, string? after, string? trail, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var form = new AuditTrailForm(targetId, actorId, action, CursorTrail.Of(after, trail));
        var (variables, errors) = form.Validate();
        if (variables is not null)
        {
            try
            {
                var page = await hub.AuditTrailPageAsync(variables, cancellationToken);
                Presenter = new AuditTrailPresenter(form, page.AuditTrail, errors);
                return Page();
            }
            catch (RehabGraphBadUserInputException refused)
            {
                var field = AuditTrailForm.FieldOf(refused.Field);
                errors = new Dictionary<string, string> { [field ?? string.Empty] = field is null && refused.Field == "after" ? "That page of the trail no longer exists: start again from the first page" : refused.Errors[0].Message };
            }
        }

        Presenter = new AuditTrailPresenter(form, null, errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
