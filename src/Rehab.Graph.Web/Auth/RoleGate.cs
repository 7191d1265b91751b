using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Rehab.Graph.Web.Auth;

/// <summary>A page for signed-in users with one of these roles (any role when none is named).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresRoleAttribute(params WebRole[] roles) : Attribute
{
    public IReadOnlyList<WebRole> Roles { get; } = roles;

    public bool Allows(WebUser user) => Roles.Count == 0 || Roles.Contains(user.Role);
}

/// <summary>
/// Runs before every page of the web app: reads the <c>RehabWeb</c> cookie into <c>HttpContext.User</c> (the host's
/// default scheme may be the hub's bearer tokens, which a page never reads), then holds a page marked
/// <see cref="RequiresRoleAttribute"/>: signed out, to the sign-in page and back; signed in with another role, a 403
/// page that says so.
/// </summary>
internal sealed class RoleGate : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var signedIn = await http.AuthenticateAsync(WebAuthentication.Scheme);
        http.User = signedIn.Succeeded ? signedIn.Principal : new ClaimsPrincipal(new ClaimsIdentity());
        if (context.ActionDescriptor.EndpointMetadata.OfType<RequiresRoleAttribute>().LastOrDefault() is not { } required)
        {
            return;
        }

        if (WebUser.From(http.User) is not { } user)
        {
            context.Result = new ChallengeResult(WebAuthentication.Scheme);
        }
        else if (!required.Allows(user))
        {
            context.Result = AccessDenied.ForRoles(user, required.Roles).Result(context.ModelState);
        }
    }
}

/// <summary>What the 403 page says: who is signed in, and whom the page is for, in words.</summary>
public sealed record AccessDenied(WebUser User, string PageIsFor)
{
    public static AccessDenied ForRoles(WebUser user, IReadOnlyList<WebRole> roles) => new(user, string.Join(" or ", roles.Select(Describe)));

    /// <summary>The 403 page, for the role gate and for a page whose rule is finer than roles (a duty, say).</summary>
    public IActionResult Result(ModelStateDictionary modelState) => new ViewResult
    {
        ViewName = "/Pages/Shared/AccessDenied.cshtml",
        StatusCode = StatusCodes.Status403Forbidden,
        ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), modelState) { Model = this },
    };

    private static string Describe(WebRole role) => role switch
    {
        WebRole.OffenderManager => "offender managers",
        WebRole.Partner => "partner organisations",
        WebRole.Referrer => "referrers",
        WebRole.Commissioner => "commissioners",
        _ => "administrators",
    };
}
