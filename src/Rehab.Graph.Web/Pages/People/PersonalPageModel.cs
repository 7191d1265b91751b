using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// A page about a person on the caseload: never kept by a browser or a proxy (<c>no-store</c>), since the next person at
/// the computer may not see them; someone the hub does not show this offender manager, or an id that cannot be one, is
/// the 404 page, whether it exists or not, so a page says nothing about other caseloads.
/// </summary>
[RequiresRole(WebRole.OffenderManager)]
public abstract partial class PersonalPageModel : PageModel
{
    public const string NotFoundView = "/Pages/People/NotFound.cshtml";

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        // Set as the response starts: a page with a form has its antiforgery token set these already (and warns when
        // something set them before it), and the same values hold for a page without one.
        var response = context.HttpContext.Response;
        response.OnStarting(() =>
        {
            response.Headers.CacheControl = "no-cache, no-store";
            response.Headers.Pragma = "no-cache";
            return Task.CompletedTask;
        });
    }

    /// <summary>Whether <paramref name="id"/> can be a hub id at all (<c>per-0001</c>, <c>ref-…</c>): anything else is not looked up.</summary>
    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>The 404 page, saying what was not found.</summary>
    protected ViewResult NotFoundPage(string what) => new()
    {
        ViewName = NotFoundView,
        StatusCode = StatusCodes.Status404NotFound,
        ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), ModelState) { Model = what },
    };

    /// <summary>
    /// A page about one person, read from the hub: the 404 page for an id that cannot be one, for nothing read
    /// (<paramref name="read"/> gives null) and for the hub's "not yours or not there"; else <paramref name="show"/>.
    /// </summary>
    protected async Task<IActionResult> ShowPersonAsync<T>(string id, Func<Task<T?>> read, Func<T, IActionResult> show)
        where T : class
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        try
        {
            return await read() is { } found ? show(found) : NotFoundPage("person");
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }

    /// <summary>The page shown again after a refused write, answered with the refusal's status; a 404 page keeps its own.</summary>
    protected IActionResult WithStatus(IActionResult page, int status)
    {
        if (page is PageResult)
        {
            Response.StatusCode = status;
        }

        return page;
    }

    /// <summary>The hub's answers that mean "not yours or not there" for a read: not found, forbidden, or an id it refused.</summary>
    protected static bool IsNotFound(RehabGraphException e) =>
        e is RehabGraphNotFoundException or RehabGraphForbiddenException
        || (e is RehabGraphBadUserInputException bad && bad.Field is "id" or "input.personId" or "personId" or "targetId" or "input.referralId");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
