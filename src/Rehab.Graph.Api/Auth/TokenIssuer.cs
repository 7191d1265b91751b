using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Api.Auth;

/// <summary>Makes and reads the hub's bearer tokens: role, and the practitioner or organisation the role is scoped to.</summary>
public static class TokenIssuer
{
    public const string RoleClaim = "role";
    public const string PractitionerClaim = "practitioner_id";
    public const string OrganisationClaim = "organisation_id";

    /// <summary>A duty on top of the role (<see cref="CallerDuty"/>); a value the hub does not know grants nothing.</summary>
    public const string DutyClaim = "duty";

    /// <summary>The user, for the audit trail: who acted, beyond the practitioner or organisation they act for.</summary>
    public const string SubjectClaim = "sub";

    public static SymmetricSecurityKey Key(string signingKey) => new(Encoding.UTF8.GetBytes(signingKey));

    public static string Issue(AuthOptions options, string signingKey, CallerRole role, string? practitionerId, string? organisationId, TimeSpan lifetime, DateTimeOffset now, string? subject = null, CallerDuty? duty = null)
    {
        var claims = new Dictionary<string, object> { [RoleClaim] = EnumCodes.ToCode(role) };
        if (duty is { } d)
        {
            claims[DutyClaim] = EnumCodes.ToCode(d);
        }

        if (subject is not null)
        {
            claims[SubjectClaim] = subject;
        }

        if (practitionerId is not null)
        {
            claims[PractitionerClaim] = practitionerId;
        }

        if (organisationId is not null)
        {
            claims[OrganisationClaim] = organisationId;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(Key(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The caller a validated principal stands for; unauthenticated principals are anonymous.</summary>
    public static Caller CallerOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirst(RoleClaim)?.Value is not { } role)
        {
            return Caller.Anonymous;
        }

        CallerRole parsed;
        try
        {
            parsed = EnumCodes.Parse<CallerRole>(role);
        }
        catch (FormatException)
        {
            return Caller.Anonymous;
        }

        return new Caller(parsed, user.FindFirst(PractitionerClaim)?.Value, user.FindFirst(OrganisationClaim)?.Value, user.FindFirst(SubjectClaim)?.Value, Duty(user.FindFirst(DutyClaim)?.Value));
    }

    private static CallerDuty? Duty(string? code)
    {
        try
        {
            return code is null ? null : EnumCodes.Parse<CallerDuty>(code);
        }
        catch (FormatException)
        {
            // The identity provider may know duties this hub does not yet; they grant nothing here.
            return null;
        }
    }
}
