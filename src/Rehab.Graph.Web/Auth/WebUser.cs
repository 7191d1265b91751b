using System.Security.Claims;

namespace Rehab.Graph.Web.Auth;

/// <summary>The hub's roles, by the codes its tokens carry.</summary>
public enum WebRole
{
    OffenderManager,
    Partner,
    Referrer,
    Commissioner,
    Admin,

    /// <summary>A person on probation, who sees their own plan and nothing else.</summary>
    Person,
}

/// <summary>
/// Who is signed in to the web app, from the <c>RehabWeb</c> cookie: the hub's role, the practitioner or organisation the
/// role acts for (a person on probation: themselves), a duty, and the user for the audit trail. The claim names are the
/// hub token's own.
/// </summary>
public sealed record WebUser(WebRole Role, string? PractitionerId, string? OrganisationId, string? Duty, string? Subject, string? Name, string? PersonId = null)
{
    public const string RoleClaim = "role";
    public const string PractitionerClaim = "practitioner_id";
    public const string OrganisationClaim = "organisation_id";
    public const string PersonClaim = "person_id";
    public const string DutyClaim = "duty";
    public const string SubjectClaim = "sub";
    public const string NameClaim = "name";

    /// <summary>The one duty the hub knows: a partner user who coordinates Immediate Justice cases.</summary>
    public const string ImmediateJusticeCoordinator = "IJ_COORDINATOR";

    private static readonly Dictionary<string, WebRole> Codes = new(StringComparer.Ordinal)
    {
        ["OFFENDER_MANAGER"] = WebRole.OffenderManager,
        ["PARTNER"] = WebRole.Partner,
        ["REFERRER"] = WebRole.Referrer,
        ["COMMISSIONER"] = WebRole.Commissioner,
        ["ADMIN"] = WebRole.Admin,
        ["PERSON"] = WebRole.Person,
    };

    public static IReadOnlyCollection<string> RoleCodes => Codes.Keys;

    public static WebRole? ParseRole(string? code) => code is not null && Codes.TryGetValue(code, out var role) ? role : null;

    public static string Code(WebRole role) => Codes.First(c => c.Value == role).Key;

    public bool IsImmediateJusticeCoordinator => Role == WebRole.Partner && Duty == ImmediateJusticeCoordinator;

    /// <summary>The signed-in user, or null when <paramref name="principal"/> is not signed in to the web app or names no role the hub knows.</summary>
    public static WebUser? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true || ParseRole(principal.FindFirst(RoleClaim)?.Value) is not { } role)
        {
            return null;
        }

        string? Claim(string type) => principal.FindFirst(type)?.Value;
        return new WebUser(role, Claim(PractitionerClaim), Claim(OrganisationClaim), Claim(DutyClaim), Claim(SubjectClaim), Claim(NameClaim), Claim(PersonClaim));
    }

    public IEnumerable<Claim> Claims()
    {
        yield return new Claim(RoleClaim, Code(Role));
        foreach (var (type, value) in new[] { (PractitionerClaim, PractitionerId), (OrganisationClaim, OrganisationId), (PersonClaim, PersonId), (DutyClaim, Duty), (SubjectClaim, Subject), (NameClaim, Name) })
        {
            if (value is not null)
            {
                yield return new Claim(type, value);
            }
        }
    }

    /// <summary>How the header names the user: their name, else their role and what it acts for.</summary>
    public string Description => Name ?? (Role switch
    {
        WebRole.OffenderManager => $"Offender manager {PractitionerId}",
        WebRole.Partner when IsImmediateJusticeCoordinator => $"Immediate Justice coordinator, {OrganisationId}",
        WebRole.Partner => $"Partner, {OrganisationId}",
        WebRole.Referrer => $"Referrer, {OrganisationId}",
        WebRole.Commissioner => "Commissioner",
        WebRole.Person => $"Person on probation {PersonId}",
        _ => "Administrator",
    });
}
