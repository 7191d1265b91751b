using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Dev;

/// <summary>Development only (see AddRehabWebApp): signs in as anyone the query names, then goes home, or back where sign-in was asked for.</summary>
[EveryoneMayOpen]
public sealed class SignInModel : PageModel
{
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? role, string? practitioner, string? organisation, string? person, string? duty, string? user, string? name, string? returnUrl)
    {
        var (signedIn, problems) = new SignInForm(role, practitioner, organisation, duty, user, name, person).Validate();
        if (signedIn is null)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var identity = new ClaimsIdentity(signedIn.Claims(), WebAuthentication.Scheme, WebUser.NameClaim, WebUser.RoleClaim);
        await HttpContext.SignInAsync(WebAuthentication.Scheme, new ClaimsPrincipal(identity));
        return LocalRedirect(WebAuthentication.LocalReturnUrl(returnUrl));
    }
}
