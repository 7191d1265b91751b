using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Maps;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// Find support: one request (<c>FindSupportPage</c>, one <c>connect</c>) for the person, the needs and the matches. When
/// the hub refuses the filter, the page asks again with its defaults, so the filter shows beside its error.
/// </summary>
public sealed class SupportModel(IRehabGraphClient hub, IOptions<MapOptions> map) : PersonalPageModel
{
    public FindSupportPresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, string[]? need, string? radius, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        var form = new FindSupportForm(need ?? [], radius);
        var (variables, errors) = form.Validate(id);
        try
        {
            if (variables is not null)
            {
                try
                {
                    return Show(form, await hub.FindSupportPageAsync(variables, cancellationToken), errors);
                }
                catch (RehabGraphBadUserInputException refused) when (FindSupportForm.FieldOf(refused.Field) is { } field)
                {
                    errors = new Dictionary<string, string> { [field] = field == FindSupportForm.Fields.Need ? "Choose needs from the list" : "Choose a distance from the list" };
                }
            }

            var defaults = await hub.FindSupportPageAsync(FindSupportForm.Defaults(id), cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Show(form, defaults, errors);
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }

    private IActionResult Show(FindSupportForm form, FindSupportPageResult found, IReadOnlyDictionary<string, string> errors)
    {
        if (found.Person is not { } person)
        {
            return NotFoundPage("person");
        }

        Presenter = new FindSupportPresenter(form, person, found.Needs, found.Connect, errors, map.Value);
        return Page();
    }
}
