using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Navigation;

namespace Rehab.Graph.Web.Pages.Directory;

/// <summary>
/// The public directory: one request (<c>DirectoryPage</c>) for the needs and a page of services. When the hub
/// refuses the search (an unknown place) its answer has no data, so the needs come from a second, small one.
/// </summary>
public sealed class IndexModel(IRehabGraphClient hub) : PageModel
{
    public DirectoryPresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? place, string? radius, string? need, string? byAndFor, bool womenOnly, string? after, string? trail, CancellationToken cancellationToken)
    {
        var form = new DirectoryForm(place, radius, need, byAndFor, womenOnly, CursorTrail.Of(after, trail));
        var (variables, errors) = form.Validate();
        if (variables is not null)
        {
            try
            {
                var found = await hub.DirectoryPageAsync(variables, cancellationToken);
                Presenter = new DirectoryPresenter(form, found.Needs, found.Services, errors);
                return Page();
            }
            catch (RehabGraphBadUserInputException refused)
            {
                var field = DirectoryForm.FieldOf(refused.Field);
                errors = new Dictionary<string, string> { [field ?? string.Empty] = form.RefusalMessage(field, refused.Errors[0].Message) };
            }
        }

        var needs = await hub.DirectoryNeedsAsync(cancellationToken);
        Presenter = new DirectoryPresenter(form, needs.Needs.Select(n => new DirectoryPageResult.NeedsData { Code = n.Code, Label = n.Label }).ToList(), null, errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
