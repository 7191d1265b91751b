using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>What the admin pages answer in common.</summary>
internal static class AdminPages
{
    /// <summary>The key of the notification banner a write leaves for the page it redirects to.</summary>
    public const string Banner = "AdminBanner";

    /// <summary>A GOV.UK "Page not found" with 404, naming what was not found ("organisation").</summary>
    public static IActionResult NotFound(ModelStateDictionary modelState, string what) => new ViewResult
    {
        ViewName = "/Pages/Admin/NotFound.cshtml",
        StatusCode = StatusCodes.Status404NotFound,
        ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), modelState) { Model = what },
    };

    /// <summary>Admin pages show who did what to whom: never kept by a browser or a proxy.</summary>
    public static void NoStore(HttpResponse response) => response.Headers.CacheControl = "no-store";
}
