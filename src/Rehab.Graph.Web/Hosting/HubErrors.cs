using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Hosting;

/// <summary>
/// What every page does with the hub's answers it does not handle itself: unavailable (after the client's retries) is
/// GOV.UK's "Sorry, there is a problem with the service" page with 503; unauthenticated (an expired sign-in) is a
/// fresh sign-in that comes back to the page.
/// </summary>
internal sealed class HubErrors : IAsyncPageFilter
{
    public const string UnavailableView = "/Pages/Shared/Unavailable.cshtml";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        switch (executed.Exception)
        {
            case RehabGraphUnavailableException:
                executed.Result = new ViewResult
                {
                    ViewName = UnavailableView,
                    StatusCode = StatusCodes.Status503ServiceUnavailable,
                    ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), context.ModelState),
                };
                executed.ExceptionHandled = true;
                break;
            case RehabGraphUnauthenticatedException:
                executed.Result = new ChallengeResult(WebAuthentication.Scheme);
                executed.ExceptionHandled = true;
                break;
        }
    }
}
