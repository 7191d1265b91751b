using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Hosting;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages;

/// <summary>
/// Signs out with a POST from the header's button (a form, so another site cannot sign someone out); a GET, from a
/// typed or bookmarked address, shows that button. Outside Development the identity provider's session ends too.
/// </summary>
[EveryoneMayOpen]
public sealed class SignOutModel(IHostEnvironment environment) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : LocalRedirect("/");

    public IActionResult OnPost()
    {
        var properties = new AuthenticationProperties { RedirectUri = "/" };
        return environment.IsDevelopment()
            ? SignOut(properties, WebAuthentication.Scheme)
            : SignOut(properties, WebAuthentication.Scheme, WebAuthentication.OidcScheme);
    }
}
