using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Evaluation;

/// <summary>
/// The evaluation page's figures as a CSV file (<see cref="EvaluationCsv"/>), asked of the hub exactly as the page asks
/// (<see cref="EvaluationRequest"/>), for the same query. Filters the page would refuse send the browser to the page,
/// which shows why.
/// </summary>
[RequiresRole(WebRole.Commissioner, WebRole.Admin)]
public sealed class DownloadModel(IRehabGraphClient hub, TimeProvider clock) : PageModel
{
    /// <summary>A byte order mark first, so a spreadsheet opened by double-click reads the file as UTF-8 too.</summary>
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

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
        var (evaluation, _) = await EvaluationRequest.RunAsync(hub, form, today, cancellationToken);
        if (evaluation is null)
        {
            return Redirect(EvaluationPresenter.Path + Request.QueryString);
        }

        var (from, to) = form.Period(today);
        var csv = EvaluationCsv.Write(evaluation, from!.Value, to!.Value);
        return File(Utf8WithMark.GetPreamble().Concat(Utf8WithMark.GetBytes(csv)).ToArray(), EvaluationCsv.ContentType, EvaluationCsv.FileName(from.Value, to.Value));
    }
}
