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
    public const string AccessDeniedView = "/Pages/Shared/AccessDenied.cshtml";

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
            context.Result = new ViewResult
            {
                ViewName = AccessDeniedView,
                StatusCode = StatusCodes.Status403Forbidden,
                ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), context.ModelState) { Model = new AccessDenied(user, required.Roles) },
            };
        }
    }
}

/// <summary>What the 403 page says: who is signed in, and which roles the page is for.</summary>
public sealed record AccessDenied(WebUser User, IReadOnlyList<WebRole> Roles);
