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
/// A page a person on probation may open although it names no role: the home page, signing in and signing out. Every
/// other page without <see cref="RequiresRoleAttribute"/> is public directory work, which the hub refuses them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class EveryoneMayOpenAttribute : Attribute;

/// <summary>
/// Runs before every page of the web app: reads the <c>RehabWeb</c> cookie into <c>HttpContext.User</c> (the host's
/// default scheme may be the hub's bearer tokens, which a page never reads), then holds a page marked
/// <see cref="RequiresRoleAttribute"/>: signed out, to the sign-in page and back; signed in with another role, a 403
/// page that says so. A person on probation gets the 403 page everywhere but their own pages and those
/// <see cref="EveryoneMayOpenAttribute"/> marks, so a page added later is closed to them until it says otherwise.
/// </summary>
internal sealed class RoleGate : IAsyncAuthorizationFilter
{
    /// <summary>Whom a page that names no role is for, as the 403 page tells a person on probation.</summary>
    private static readonly WebRole[] Practitioners = [WebRole.OffenderManager, WebRole.Partner, WebRole.Referrer, WebRole.Commissioner, WebRole.Admin];

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var signedIn = await http.AuthenticateAsync(WebAuthentication.Scheme);
        http.User = signedIn.Succeeded ? signedIn.Principal : new ClaimsPrincipal(new ClaimsIdentity());
        var metadata = context.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<RequiresRoleAttribute>().LastOrDefault() is not { } required)
        {
            if (WebUser.From(http.User) is { Role: WebRole.Person } person && !metadata.OfType<EveryoneMayOpenAttribute>().Any())
            {
                context.Result = AccessDenied.ForRoles(person, Practitioners).Result(context.ModelState);
            }

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

/// <summary>What the 403 page says: who is signed in, whom the page is for, in words, and where to go instead.</summary>
public sealed record AccessDenied(WebUser User, string PageIsFor)
{
    public static AccessDenied ForRoles(WebUser user, IReadOnlyList<WebRole> roles) => new(user, Join(roles.Select(Describe).ToList()));

    /// <summary>A person on probation is sent back to their plan, the one page that is theirs; anyone else, home.</summary>
    public (string Text, string Href) WayOn => User.Role == WebRole.Person ? ("Go to your plan", "/my-plan") : ("Go to the home page", "/");

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
        WebRole.Person => "people on probation",
        _ => "administrators",
    };

    private static string Join(IReadOnlyList<string> words) => words.Count <= 2
        ? string.Join(" or ", words)
        : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";
}
