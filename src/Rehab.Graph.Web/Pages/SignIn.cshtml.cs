using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Hosting;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages;

/// <summary>Outside Development, straight to the identity provider; in Development, a page of the demo users, one link each.</summary>
[EveryoneMayOpen]
public sealed class SignInModel(IHostEnvironment environment) : PageModel
{
    public string ReturnUrl { get; private set; } = "/";

    public IActionResult OnGet(string? returnUrl)
    {
        ReturnUrl = WebAuthentication.LocalReturnUrl(returnUrl);
        return environment.IsDevelopment()
            ? Page()
            : Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl }, WebAuthentication.OidcScheme);
    }

    /// <summary>A demo user's sign-in link that comes back here afterwards.</summary>
    public string LinkFor(DemoUser user) => ReturnUrl == "/" ? user.SignInUrl : $"{user.SignInUrl}&returnUrl={Uri.EscapeDataString(ReturnUrl)}";
}
