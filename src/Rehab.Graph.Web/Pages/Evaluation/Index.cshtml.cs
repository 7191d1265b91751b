using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Evaluation;

/// <summary>The commissioner's evaluation per postcode district over a period, one request (<c>EvaluationPage</c>).</summary>
[RequiresRole(WebRole.Commissioner, WebRole.Admin)]
public sealed class IndexModel(IRehabGraphClient hub, TimeProvider clock) : PageModel
{
    public EvaluationPresenter Presenter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(
        string? areas,
        [FromQuery(Name = "from-day")] string? fromDay,
        [FromQuery(Name = "from-month")] string? fromMonth,
        [FromQuery(Name = "from-year")] string? fromYear,
        [FromQuery(Name = "to-day")] string? toDay,
        [FromQuery(Name = "to-month")] string? toMonth,
        [FromQuery(Name = "to-year")] string? toYear,
        CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var form = new EvaluationForm(areas, new DateParts(fromDay, fromMonth, fromYear), new DateParts(toDay, toMonth, toYear));
        var (evaluation, errors) = await EvaluationRequest.RunAsync(hub, form, today, cancellationToken);
        Presenter = new EvaluationPresenter(form, today, evaluation, errors);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
