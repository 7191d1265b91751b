using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Dev;

/// <summary>Development only: signs out with a plain GET, for the automated checks, and goes home.</summary>
[EveryoneMayOpen]
public sealed class SignOutModel : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        await HttpContext.SignOutAsync(WebAuthentication.Scheme);
        return LocalRedirect("/");
    }
}
