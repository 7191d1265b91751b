using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Tokens;

/// <summary>
/// Makes and reads the hub's bearer tokens: role, and the practitioner or organisation the role is scoped to. Its own
/// library, so that the CLI and the load test make the tokens the hub reads without referencing the host.
/// </summary>
public static class TokenIssuer
{
    /// <summary>The hub's own issuer and audience unless <c>Auth:Issuer</c> and <c>Auth:Audience</c> say otherwise.</summary>
    public const string DefaultIssuer = "rehab-graph";

    public const string DefaultAudience = "rehab-graph-api";

    /// <summary>
    /// The HS256 key of Development only, published so anyone can make a development token
    /// (<c>dotnet run --project src/Rehab.Graph.Cli -- token ...</c>). Never valid outside Development.
    /// </summary>
    public const string DevelopmentSigningKey = "rehab-graph-development-signing-key-not-for-production-use-0001";

    /// <summary>
    /// An HS256 key must be at least as long as the hash, 256 bits (RFC 7518, section 3.2). IdentityModel refuses a
    /// shorter one only when it checks a signature, so a hub started with one would refuse every token.
    /// </summary>
    public const int MinimumKeyBytes = 32;

    public const string RoleClaim = "role";
    public const string PractitionerClaim = "practitioner_id";
    public const string OrganisationClaim = "organisation_id";

    /// <summary>A person on probation's own id, on a PERSON token: the one person whose plan it opens.</summary>
    public const string PersonClaim = "person_id";

    /// <summary>A duty on top of the role (<see cref="CallerDuty"/>); a value the hub does not know grants nothing.</summary>
    public const string DutyClaim = "duty";

    /// <summary>The user, for the audit trail: who acted, beyond the practitioner or organisation they act for.</summary>
    public const string SubjectClaim = "sub";

    /// <summary>The claims the hub reads, each a single string when present.</summary>
    private static readonly string[] ReadClaims = [RoleClaim, PractitionerClaim, OrganisationClaim, PersonClaim, DutyClaim, SubjectClaim];

    /// <summary>Why <paramref name="key"/> cannot sign or check the hub's tokens, or null when it can.</summary>
    public static string? KeyProblem(string key) =>
        Encoding.UTF8.GetByteCount(key) is var bytes && bytes < MinimumKeyBytes
            ? $"The signing key (Auth:SigningKey; Auth__SigningKey in the environment) is {bytes} bytes long; HS256 needs at least {MinimumKeyBytes} bytes (256 bits)."
            : null;

    public static SymmetricSecurityKey Key(string signingKey) =>
        KeyProblem(signingKey) is { } problem ? throw new ArgumentException(problem) : new(Encoding.UTF8.GetBytes(signingKey));

    public static string Issue(string issuer, string audience, string signingKey, CallerRole role, string? practitionerId, string? organisationId, TimeSpan lifetime, DateTimeOffset now, string? subject = null, CallerDuty? duty = null, string? personId = null)
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

        if (personId is not null)
        {
            claims[PersonClaim] = personId;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(Key(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>
    /// Why a signed token's payload does not name a caller, or null when it does: each claim the hub reads is a single,
    /// non-empty string given once, the role is one the hub knows, and the role's practitioner or organisation is named.
    /// A duty the hub does not know is not a fault (see <see cref="DutyClaim"/>).
    /// </summary>
    public static string? Malformed(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return "its payload is not a JSON object";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in payload.EnumerateObject().Where(c => ReadClaims.Contains(c.Name, StringComparer.Ordinal)))
        {
            if (!seen.Add(claim.Name))
            {
                return $"it gives '{claim.Name}' more than once";
            }

            if (claim.Value.ValueKind != JsonValueKind.String || claim.Value.GetString()!.Length == 0)
            {
                var given = claim.Value.ValueKind switch
                {
                    JsonValueKind.Array => "an array",
                    JsonValueKind.String => "an empty string",
                    var kind => $"a JSON {kind.ToString().ToLowerInvariant()}",
                };
                return $"its '{claim.Name}' must be a single non-empty string, not {given}";
            }
        }

        var roles = string.Join(", ", Enum.GetValues<CallerRole>().Where(r => r != CallerRole.Anonymous).Select(r => EnumCodes.ToCode(r)));
        if (!payload.TryGetProperty(RoleClaim, out var role))
        {
            return $"it has no '{RoleClaim}' (one of {roles})";
        }

        if (Role(role.GetString()!) is not { } parsed)
        {
            return $"its '{RoleClaim}' is not one of {roles}";
        }

        var scope = parsed switch
        {
            CallerRole.OffenderManager => PractitionerClaim,
            CallerRole.Partner or CallerRole.Referrer => OrganisationClaim,
            CallerRole.Person => PersonClaim,
            _ => null,
        };
        return scope is not null && !payload.TryGetProperty(scope, out _) ? $"a token with the role {role.GetString()} needs '{scope}'" : null;
    }

    /// <summary>
    /// The caller a principal stands for; unauthenticated principals are anonymous. An authenticated one has passed
    /// <see cref="Malformed"/> on the way in, so its role is one the hub knows.
    /// </summary>
    public static Caller CallerOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirst(RoleClaim)?.Value is not { } role)
        {
            return Caller.Anonymous;
        }

        return new Caller(EnumCodes.Parse<CallerRole>(role), user.FindFirst(PractitionerClaim)?.Value, user.FindFirst(OrganisationClaim)?.Value, user.FindFirst(SubjectClaim)?.Value, Duty(user.FindFirst(DutyClaim)?.Value), user.FindFirst(PersonClaim)?.Value);
    }

    /// <summary>A role a token may carry; anonymous is what no token means, never a role to give.</summary>
    private static CallerRole? Role(string code)
    {
        try
        {
            return EnumCodes.Parse<CallerRole>(code) is var role && role != CallerRole.Anonymous ? role : null;
        }
        catch (FormatException)
        {
            return null;
        }
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
