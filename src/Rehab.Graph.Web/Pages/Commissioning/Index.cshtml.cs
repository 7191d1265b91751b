using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Maps;

namespace Rehab.Graph.Web.Pages.Commissioning;

/// <summary>
/// The commissioner's needs and gaps, one request (<c>CommissioningPage</c>) for the needs, the need counts and the
/// provision gaps. When the hub refuses the filters its answer has no data, so the needs come from a second, small one.
/// </summary>
[RequiresRole(WebRole.Commissioner, WebRole.Admin)]
public sealed class IndexModel(IRehabGraphClient hub, IOptions<MapOptions> map) : PageModel
{
    public CommissioningPresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? areas, string[]? needs, string? place, string? radius, string? byAndFor, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var form = new CommissioningForm(areas, needs ?? [], place, radius, byAndFor);
        var (variables, errors) = form.Validate();
        if (variables is not null)
        {
            try
            {
                var page = await hub.CommissioningPageAsync(variables, cancellationToken);
                Presenter = new CommissioningPresenter(form, page.Needs, page.NeedCounts, page.ProvisionGaps, errors, map.Value);
                return Page();
            }
            catch (RehabGraphBadUserInputException refused)
            {
                var field = CommissioningForm.FieldOf(refused.Field);
                errors = new Dictionary<string, string> { [field ?? string.Empty] = form.RefusalMessage(field, refused.Errors[0].Message) };
            }
        }

        var taxonomy = await hub.DirectoryNeedsAsync(cancellationToken);
        Presenter = new CommissioningPresenter(
            form, taxonomy.Needs.Select(n => new CommissioningPageResult.NeedsData { Code = n.Code, Label = n.Label }).ToList(), null, null, errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
